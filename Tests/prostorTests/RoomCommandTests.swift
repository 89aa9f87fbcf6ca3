import Foundation
import Testing

@Suite struct RoomCommandTests {
    @Test func addedRoomsAreListedAndShown() throws {
        let scratch = try Scratch.withSetup()
        #expect(try scratch.ok("room", "add", "zlato-polje", "Sejna soba", "--capacity", "25", "--features", "projector,Step free",
                               "--hours", "mon-fri 08:00-12:00,16:00-22:00", "--hours", "sat 09:00-13:00")
                == "Added room zlato-polje/sejna-soba.\n")
        #expect(try scratch.ok("room", "list", "--venue", "zlato-polje") == """
            ROOM                      NAME          CAPACITY  FEATURES             OPEN
            zlato-polje/klubska-soba  Klubska soba  18                             Fri 16:00-22:00
            zlato-polje/sejna-soba    Sejna soba    25        projector,step-free  Mon-Fri 08:00-12:00, 16:00-22:00; Sat 09:00-13:00

            """)
        #expect(try scratch.ok("room", "show", "zlato-polje/sejna-soba") == """
            Sejna soba (zlato-polje/sejna-soba)
            capacity: 25
            features: projector, step-free
            open:     Mon-Fri 08:00-12:00, 16:00-22:00; Sat 09:00-13:00

            """)
    }

    @Test func listAndShowPrintJSON() throws {
        let scratch = try Scratch.withSetup()
        let rooms = try #require(try scratch.json("room", "list") as? [[String: Any]])
        #expect(rooms.map { "\($0["venue"] ?? "")/\($0["slug"] ?? "")" }
                == ["golnik/sejna-soba", "golnik/velika-dvorana", "zlato-polje/klubska-soba"])
        let room = try #require(try scratch.json("room", "show", "golnik/velika-dvorana") as? [String: Any])
        #expect(room["capacity"] as? Int == 120)
        #expect(room["features"] as? [String] == ["piano", "stage"])
        #expect(room["openingHours"] as? [String: [String]] == ["monday": ["16:00-22:00"], "tuesday": ["16:00-22:00"]])
    }

    @Test func editChangesFeaturesAndCapacityAndRemoveDeletesAnUnusedRoom() throws {
        let scratch = try Scratch.withSetup()
        #expect(try scratch.ok("room", "edit", "golnik/velika-dvorana", "--capacity", "110", "--add-feature", "sound-system",
                               "--remove-feature", "stage") == "Updated room golnik/velika-dvorana.\n")
        #expect(try scratch.ok("room", "show", "golnik/velika-dvorana") == """
            Velika dvorana (golnik/velika-dvorana)
            capacity: 110
            features: piano, sound-system
            open:     Mon-Tue 16:00-22:00

            """)
        #expect(try scratch.ok("room", "remove", "zlato-polje/klubska-soba") == "Removed room zlato-polje/klubska-soba.\n")
        #expect(try scratch.ok("room", "list", "--venue", "zlato-polje") == "No rooms yet.\n")
    }

    @Test func anUnknownRoomOrVenueIsNotFoundWithASuggestion() throws {
        let scratch = try Scratch.withSetup()
        try scratch.fails("room", "show", "golnik/velika-dvorna", status: 4,
                          stderr: "error: no room \"golnik/velika-dvorna\" (did you mean \"golnik/velika-dvorana\"?)\n")
        try scratch.fails("room", "add", "golnk", "Kuhinja", "--capacity", "12", status: 4,
                          stderr: "error: no venue \"golnk\" (did you mean \"golnik\"?)\n")
        try scratch.fails("room", "edit", "golnik/sejna", "--capacity", "30", status: 4,
                          stderr: "error: no room \"golnik/sejna\" (did you mean \"golnik/sejna-soba\"?)\n")
        try scratch.fails("room", "remove", "zlato-polje/klubska", status: 4,
                          stderr: "error: no room \"zlato-polje/klubska\" (did you mean \"zlato-polje/klubska-soba\"?)\n")
        try scratch.fails("room", "list", "--venue", "zlato", status: 4, stderr: "error: no venue \"zlato\" (did you mean \"zlato-polje\"?)\n")
    }

    @Test func invalidValuesNameTheFieldAndChangeNothing() throws {
        let scratch = try Scratch.withSetup()
        try scratch.fails("room", "add", "golnik", "Kuhinja", "--capacity", "-5", status: 1,
                          stderr: "error: room \"Kuhinja\": capacity must be a positive number, got \"-5\"\n")
        try scratch.fails("room", "add", "golnik", "Kuhinja", "--capacity", "12", "--hours", "mon 22:00-16:00", status: 1,
                          stderr: "error: room \"Kuhinja\": hours must end after it starts, got \"22:00-16:00\"\n")
        try scratch.fails("room", "add", "golnik", "Kuhinja", "--capacity", "12", "--hours", "mon 16:00-25:00", status: 1,
                          stderr: "error: room \"Kuhinja\": hours must be a time range like \"16:00-22:00\", got \"16:00-25:00\"\n")
        try scratch.fails("room", "edit", "golnik/sejna-soba", "--capacity", "0", status: 1,
                          stderr: "error: room \"Sejna soba\": capacity must be a positive number, got \"0\"\n")
        try scratch.fails("room", "show", "golnik", status: 1,
                          stderr: "error: room must name a venue and a room, like \"golnik/velika-dvorana\", got \"golnik\"\n")
    }

    @Test func aDuplicateOrStillUsedRoomIsAConflict() throws {
        let scratch = try Scratch.withSetup()
        try scratch.fails("room", "add", "golnik", "Sejna soba", "--capacity", "5", status: 3,
                          stderr: "error: room golnik/sejna-soba already exists\n")
        try scratch.fails("room", "remove", "golnik/velika-dvorana", status: 3,
                          stderr: "error: room golnik/velika-dvorana still has bookings: remove or move them first\n")
        try scratch.fails("room", "remove", "golnik/sejna-soba", status: 3,
                          stderr: "error: room golnik/sejna-soba still has occurrences moved into it: move them elsewhere first\n")
    }
}
