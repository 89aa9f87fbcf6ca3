import Foundation
import Testing

@Suite struct ClosureCommandTests {
    @Test func addPrintsTheNewIdAndListShowsClosuresByFirstDay() throws {
        let scratch = try Scratch.withSetup()
        #expect(try scratch.ok("closure", "add", "--reason", "Obnova parketa", "--from", "2027-04-12", "--to", "2027-04-18",
                               "--room", "golnik/velika-dvorana") == """
            Added closure 4.
              It takes these dates (they no longer take place; `prostor move ID --date D --to …` gives one another time):
              approved booking 1 "Vaje folklorne skupine" (fs-golnik) in golnik/velika-dvorana: 2027-04-13

            """)
        #expect(try scratch.ok("closure", "add", "--reason", "Dan reformacije", "--from", "2027-10-31") == "Added closure 5.\n  It takes no dates of approved or tentative bookings.\n")
        #expect(try scratch.ok("closure", "list") == """
            ID  SCOPE                  FROM        TO          HOURS        REASON
            3   zlato-polje            2027-01-30  2027-01-31  all day      Servis ogrevanja
            1   all venues             2027-02-08  2027-02-08  all day      Prešernov dan
            2   golnik/sejna-soba      2027-03-10  2027-03-10  15:00-18:00  Inšpekcijski pregled
            4   golnik/velika-dvorana  2027-04-12  2027-04-18  all day      Obnova parketa
            5   all venues             2027-10-31  2027-10-31  all day      Dan reformacije

            """)
    }

    @Test func aVenuesListHoldsClosuresOfAllVenuesAndOfItsRooms() throws {
        let scratch = try Scratch.withSetup()
        #expect(try scratch.ok("closure", "list", "--venue", "golnik") == """
            ID  SCOPE              FROM        TO          HOURS        REASON
            1   all venues         2027-02-08  2027-02-08  all day      Prešernov dan
            2   golnik/sejna-soba  2027-03-10  2027-03-10  15:00-18:00  Inšpekcijski pregled

            """)
        #expect(try scratch.ok("closure", "list", "--venue", "zlato-polje", "--from", "2027-02-01") == """
            ID  SCOPE       FROM        TO          HOURS    REASON
            1   all venues  2027-02-08  2027-02-08  all day  Prešernov dan

            """)
        #expect(try scratch.ok("closure", "list", "--from", "2027-01-31", "--to", "2027-02-07").hasSuffix("Servis ogrevanja\n"))
        #expect(try scratch.ok("closure", "list", "--from", "2028-01-01") == "No closures.\n")
    }

    @Test func showPrintsAllFieldsAndJSONHasTheScope() throws {
        let scratch = try Scratch.withSetup()
        #expect(try scratch.ok("closure", "show", "2") == """
            closure 2: Inšpekcijski pregled
            scope: room golnik/sejna-soba
            from:  2027-03-10
            to:    2027-03-10
            hours: 15:00-18:00

            """)
        let closure = try #require(try scratch.json("closure", "show", "2") as? [String: Any])
        #expect(closure["scope"] as? String == "room")
        #expect(closure["room"] as? String == "golnik/sejna-soba")
        #expect(closure["venue"] as? String == "golnik")
        #expect(closure["hours"] as? String == "15:00-18:00")
        let all = try #require(try scratch.json("closure", "list") as? [[String: Any]])
        #expect(all.map { $0["id"] as? Int } == [3, 1, 2])
        #expect(all.map { $0["scope"] as? String } == ["venue", "all", "room"])
        #expect(all[1]["hours"] == nil)
    }

    @Test func editChangesDaysAndHoursAndRemoveDeletes() throws {
        let scratch = try Scratch.withSetup()
        #expect(try scratch.ok("closure", "edit", "2", "--to", "2027-03-11", "--all-day") == "Updated closure 2.\n")
        #expect(try scratch.ok("closure", "show", "2").hasSuffix("to:    2027-03-11\nhours: all day\n"))
        try scratch.ok("closure", "edit", "1", "--hours", "08:00-12:00", "--reason", "Kulturni praznik")
        #expect(try scratch.ok("closure", "show", "1").hasPrefix("closure 1: Kulturni praznik\nscope: all venues\n"))
        #expect(try scratch.ok("closure", "remove", "3") == "Removed closure 3.\n")
        #expect(try scratch.ok("closure", "list", "--venue", "zlato-polje").contains("Servis") == false)
    }

    @Test func anUnknownIdOrScopeIsNotFoundWithASuggestion() throws {
        let scratch = try Scratch.withSetup()
        try scratch.fails("closure", "show", "7", status: 4, stderr: "error: no closure \"7\"\n")
        try scratch.fails("closure", "edit", "4", "--reason", "Obnova", status: 4,
                          stderr: "error: no closure \"4\"\n")
        try scratch.fails("closure", "remove", "31", status: 4, stderr: "error: no closure \"31\"\n")
        try scratch.fails("closure", "add", "--reason", "Obnova", "--from", "2027-04-12", "--room", "golnik/kuhinja", status: 4,
                          stderr: "error: no room \"golnik/kuhinja\"\n")
        try scratch.fails("closure", "add", "--reason", "Obnova", "--from", "2027-04-12", "--venue", "golnk", status: 4,
                          stderr: "error: no venue \"golnk\" (did you mean \"golnik\"?)\n")
        try scratch.fails("closure", "list", "--venue", "strazisce", status: 4, stderr: "error: no venue \"strazisce\"\n")
    }

    @Test func malformedDatesAndHoursNameTheFieldAndChangeNothing() throws {
        let scratch = try Scratch.withSetup()
        try scratch.fails("closure", "add", "--reason", "Obnova", "--from", "2027-02-30", status: 1,
                          stderr: "error: closure \"Obnova\": from must be a date written YYYY-MM-DD, like \"2027-01-12\", got \"2027-02-30\"\n")
        try scratch.fails("closure", "add", "--reason", "Obnova", "--from", "2027-04-12", "--to", "12. 4. 2027", status: 1,
                          stderr: "error: closure \"Obnova\": to must be a date written YYYY-MM-DD, like \"2027-01-12\", got \"12. 4. 2027\"\n")
        try scratch.fails("closure", "add", "--reason", "Obnova", "--from", "2027-04-12", "--to", "2027-04-11", status: 1,
                          stderr: "error: closure \"Obnova\": to must not be before the first day 2027-04-12, got \"2027-04-11\"\n")
        try scratch.fails("closure", "add", "--reason", "Sestanek", "--from", "2027-04-12", "--hours", "18:00-16:00", status: 1,
                          stderr: "error: closure \"Sestanek\": hours must end after it starts, got \"18:00-16:00\"\n")
        try scratch.fails("closure", "add", "--reason", "Sestanek", "--from", "2027-04-12", "--hours", "18h", status: 1,
                          stderr: "error: closure \"Sestanek\": hours must be a time range like \"16:00-22:00\", got \"18h\"\n")
        try scratch.fails("closure", "add", "--reason", " ", "--from", "2027-04-12", status: 1,
                          stderr: "error: closure \" \": reason must not be empty, got \" \"\n")
        try scratch.fails("closure", "edit", "3", "--from", "2027-02-01", status: 1,
                          stderr: "error: closure \"Servis ogrevanja\": to must not be before the first day 2027-02-01, got \"2027-01-31\"\n")
        try scratch.fails("closure", "list", "--from", "2027-1-1", status: 1,
                          stderr: "error: from must be a date written YYYY-MM-DD, like \"2027-01-12\", got \"2027-1-1\"\n")
    }

    @Test func contradictoryOptionsAreAUsageError() throws {
        let scratch = try Scratch.withSetup()
        let run = try scratch.run("closure", "add", "--reason", "Obnova", "--from", "2027-04-12", "--venue", "golnik",
                                  "--room", "golnik/sejna-soba")
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("Error: Give --venue or --room, not both.\nUsage: prostor closure add --reason <reason> --from <date>"))
        let edit = try scratch.run("closure", "edit", "2", "--hours", "08:00-10:00", "--all-day")
        #expect(edit.status == 2)
        #expect(edit.stderr.hasPrefix("Error: Give --hours or --all-day, not both.\n"))
    }
}
