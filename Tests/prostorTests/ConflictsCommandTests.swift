import Foundation
import Testing

@Suite struct ConflictsCommandTests {
    @Test func noConflictsExitsZero() throws {
        let pilot = try Pilot()
        let result = try pilot.run(["conflicts"])
        #expect(result.status == 0)
        #expect(result.stdout == "Conflicts 2027-01-11 to 2027-06-20, counting approved and tentative bookings:\nnone.\n")
        // A start after the term looks a year ahead rather than back to the term's end.
        #expect(try pilot.run(["conflicts", "--from", "2027-07-01"]).stdout.hasPrefix("Conflicts 2027-07-01 to 2028-06-30,"))
    }

    @Test func eachKindIsFoundAndTheCommandExitsThree() throws {
        let pilot = try Pilot()
        // Tentative and tentative, in the 15 minutes' buffer after booking 1, and a school in the kitchen.
        // Booking 2 (in June, outside the window looked at) leaves out the date inside booking 1's buffer.
        _ = try pilot.book(Pilot.weekly + ["--start", "2027-06-15T20:10", "--duration", "90m", "--rrule", "FREQ=WEEKLY;COUNT=2",
                                           "--skip-conflicts"])
        _ = try pilot.book(["--room", "golnik/dvorana", "--group", "sola", "--title", "Pouk", "--duration", "1h",
                            "--start", "2027-01-18T16:00", "--rrule", "FREQ=WEEKLY;BYDAY=MO;COUNT=2"])
        _ = try pilot.book(["--room", "golnik/dvorana", "--group", "sola", "--title", "Zbor šole", "--duration", "1h",
                            "--start", "2027-01-18T16:30"])
        // The same group in the kitchen at the same time, and a request of 30 people in a room for 10.
        _ = try pilot.book(["--room", "golnik/kuhinja", "--group", "sola", "--title", "Kuhanje", "--duration", "1h",
                            "--start", "2027-01-18T16:00", "--override-policy", "--reason", "Projekt"])
        // Booked for a request of 8 people; the request then grows past the kitchen and asks for a piano.
        let small = try pilot.run(["request", "add", "--group", "zbor", "--term", "pomlad-2027", "--title", "Kuhanje zbora",
                                   "--audience", "8", "--duration", "2h", "--when", "tue 15:00-21:00"])
        #expect(small.status == 0, "\(small.stderr)")
        _ = try pilot.book(Pilot.weekly + ["--room", "golnik/kuhinja", "--start", "2027-01-26T15:00", "--request", "2"])
        let grown = try pilot.run(["request", "edit", "2", "--audience", "30", "--features", "piano"])
        #expect(grown.status == 0, "\(grown.stderr)")
        let result = try pilot.run(["conflicts", "--venue", "golnik", "--from", "2027-01-11", "--to", "2027-01-31"])
        #expect(result.status == 3)
        #expect(result.stdout == """
            Conflicts 2027-01-11 to 2027-01-31 in golnik, counting approved and tentative bookings:
            KIND                 BOOKINGS                     STATES                                DATES       DETAIL
            overlap              3 "Pouk" × 4 "Zbor šole"     tentative+tentative (tentative only)  2027-01-18  both in golnik/dvorana (with 15 minutes' buffer)
            group-double-booked  3 "Pouk" × 5 "Kuhanje"       tentative+tentative (tentative only)  2027-01-18  group sola in golnik/dvorana and golnik/kuhinja
            group-double-booked  4 "Zbor šole" × 5 "Kuhanje"  tentative+tentative (tentative only)  2027-01-18  group sola in golnik/dvorana and golnik/kuhinja
            capacity             6 "Vaje zbora"               tentative (tentative only)            2027-01-26  30 people in golnik/kuhinja, which holds 10
            features             6 "Vaje zbora"               tentative (tentative only)            2027-01-26  golnik/kuhinja has no piano

            """)
    }

    @Test func approvedAndTentativeClashesAreReportedAsJSONWithTheirStates() throws {
        let pilot = try Pilot()
        try ApproveCommandTests.twoColliding(pilot)
        #expect(try pilot.run(["approve", "2"]).status == 0)
        let result = try pilot.run(["conflicts", "--json", "--to", "2027-01-31"])
        #expect(result.status == 3)
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let conflicts = report?["conflicts"] as? [[String: Any]]
        #expect(conflicts?.count == 1)
        #expect(conflicts?.first?["kind"] as? String == "overlap")
        #expect(conflicts?.first?["tentativeOnly"] as? Bool == false)
        #expect(conflicts?.first?["dates"] as? [String] == ["2027-01-18", "2027-01-25"])
        #expect(report?["counted"] as? [String] == ["approved", "tentative"])
    }

    @Test func rejectedAndCancelledBookingsNeverCount() throws {
        let pilot = try Pilot()
        try ApproveCommandTests.twoColliding(pilot)
        #expect(try pilot.run(["approve", "2"]).status == 0)
        #expect(try pilot.run(["conflicts"]).status == 3)
        #expect(try pilot.run(["reject", "3", "--reason", "Zasedeno"]).status == 0)
        #expect(try pilot.run(["conflicts"]).status == 0)
        #expect(try pilot.run(["cancel", "2"]).status == 0)
        #expect(try pilot.run(["conflicts", "--json"]).stdout.contains("\"conflicts\" : [\n\n  ]"))
    }

    @Test func badInputNamesTheValue() throws {
        let pilot = try Pilot()
        try pilot.expectRefusal(["conflicts", "--venue", "golnk"], status: 4, stderr: "error: no venue \"golnk\" (did you mean \"golnik\"?)\n")
        try pilot.expectRefusal(["conflicts", "--from", "2027-02-30"], status: 1,
                                stderr: "error: --from must be a date like 2027-01-12, got \"2027-02-30\"\n")
        try pilot.expectRefusal(["conflicts", "--from", "2027-03-01", "--to", "2027-02-01"], status: 1,
                                stderr: "error: --to must not be before --from 2027-03-01, got \"2027-02-01\"\n")
    }
}
