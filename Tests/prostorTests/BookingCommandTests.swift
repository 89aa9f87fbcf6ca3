import Foundation
import Testing

@Suite struct BookingCommandTests {
    @Test func listShowsOneLinePerBooking() throws {
        let scratch = try Scratch.withSetup()
        #expect(try scratch.ok("booking", "list") == """
            ID  ROOM                   GROUP      TITLE                   START             DURATION  RULE                                 STATE     EXCEPTIONS
            1   golnik/velika-dvorana  fs-golnik  Vaje folklorne skupine  2027-01-12T18:00  2h        FREQ=WEEKLY;BYDAY=TU;UNTIL=20270615  approved  2

            """)
    }

    @Test func showPrintsEveryFieldAndOneExceptionPerLine() throws {
        let scratch = try Scratch.withSetup()
        #expect(try scratch.ok("booking", "show", "1") == """
            booking 1: Vaje folklorne skupine
            room:        golnik/velika-dvorana
            group:       fs-golnik
            request:     none
            state:       approved
            start:       2027-01-12T18:00
            duration:    2h
            rule:        FREQ=WEEKLY;BYDAY=TU;UNTIL=20270615
            public:      yes
            sequence:    0
            exceptions:
              2027-02-09 cancelled: Občni zbor
              2027-03-16 moved to 2027-03-17T18:00 in golnik/sejna-soba: Dvorana zasedena

            """)
    }

    @Test func listAndShowPrintJSON() throws {
        let scratch = try Scratch.withSetup()
        let bookings = try #require(try scratch.json("booking", "list") as? [[String: Any]])
        #expect(bookings.map { $0["id"] as? Int } == [1])
        let booking = try #require(try scratch.json("booking", "show", "1") as? [String: Any])
        #expect(booking["room"] as? String == "golnik/velika-dvorana")
        #expect(booking["start"] as? String == "2027-01-12T18:00")
        #expect(booking["durationMinutes"] as? Int == 120)
        #expect(booking["state"] as? String == "approved")
        let exceptions = try #require(booking["exceptions"] as? [[String: Any]])
        #expect(exceptions.map { $0["change"] as? String } == ["cancelled", "moved"])
        #expect(exceptions[1]["movedTo"] as? String == "2027-03-17T18:00")
        #expect(exceptions[1]["room"] as? String == "golnik/sejna-soba")
        #expect(exceptions[0]["reason"] as? String == "Občni zbor")
    }

    @Test func listFiltersByVenueRoomGroupAndState() throws {
        let scratch = try Scratch.withSetup()
        let count = { (arguments: [String]) throws -> Int in
            try #require(try scratch.json(["booking", "list"] + arguments) as? [[String: Any]]).count
        }
        #expect(try count(["--venue", "golnik"]) == 1)
        #expect(try count(["--room", "golnik/velika-dvorana", "--group", "fs-golnik", "--state", "approved"]) == 1)
        #expect(try count(["--room", "golnik/sejna-soba"]) == 0)
        #expect(try count(["--group", "sk-strazisce"]) == 0)
        #expect(try scratch.ok("booking", "list", "--state", "tentative") == "No bookings.\n")
        #expect(try scratch.ok("booking", "list", "--venue", "zlato-polje") == "No bookings.\n")
    }

    @Test func unknownBookingsAndReferencesAreNotFoundWithASuggestion() throws {
        let scratch = try Scratch.withSetup()
        try scratch.fails("booking", "show", "4", status: 4, stderr: "error: no booking \"4\"\n")
        try scratch.fails("booking", "list", "--room", "golnik/velika", status: 4,
                          stderr: "error: no room \"golnik/velika\" (did you mean \"golnik/velika-dvorana\"?)\n")
        try scratch.fails("booking", "list", "--group", "fs-golnk", status: 4, stderr: "error: no group \"fs-golnk\" (did you mean \"fs-golnik\"?)\n")
        try scratch.fails("booking", "list", "--room", "velika-dvorana", status: 1,
                          stderr: "error: room must name a venue and a room, like \"golnik/velika-dvorana\", got \"velika-dvorana\"\n")
        let run = try scratch.run("booking", "list", "--state", "booked")
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("Error: The value 'booked' is invalid for '--state <state>'. "))
    }
}
