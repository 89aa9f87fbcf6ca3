import CivilTime
import Foundation
import Testing

@Suite struct AgendaCommandTests {
    /// The pilot with the scheduler's tentative bookings and an extra closure, so that feeds hold
    /// cancelled, closed and moved dates.
    static func pilot() throws -> Scratch {
        let scratch = try Scratch()
        try scratch.ok("import", repositoryRoot.appendingPathComponent("Fixtures/kranj/kranj.yaml").path)
        try scratch.ok("schedule", "--seconds", "1", "--seed", "3")
        try scratch.ok("closure", "add", "--reason", "Pleskanje", "--from", "2027-03-02", "--to", "2027-03-04", "--venue", "golnik")
        return scratch
    }

    @Test func theAgendaIsWhatAnIndependentExpansionOfTheFeedGives() throws {
        let scratch = try Self.pilot()
        let from = try LocalDate(iso: "2027-01-11"), through = try LocalDate(iso: "2027-06-20")
        for scope in [["--all"], ["--venue", "golnik"], ["--venue", "strazisce"], ["--room", "golnik/velika-dvorana"],
                      ["--room", "zlato-polje/velika-dvorana"], ["--group", "pgd-golnik-mladina"], ["--group", "td-golnik"]] {
            let ics = try scratch.ok(["export", "ics"] + scope)
            let fromFeed = try expand(ics, from: from, through: through)
            let agenda = try agendaSet(try scratch.json(["agenda"] + scope + ["--from", "2027-01-11", "--to", "2027-06-20"]))
            #expect(!agenda.isEmpty, "\(scope)")
            #expect(agenda == fromFeed, "\(scope): only in the agenda \(agenda.subtracting(fromFeed).sorted { $0.start < $1.start }), only in the feed \(fromFeed.subtracting(agenda).sorted { $0.start < $1.start })")
        }
    }

    @Test func aWeeklyTuesdayAtSixStaysAtSixAcrossTheChangeToSummerTime() throws {
        let scratch = try Scratch.withSetup()
        let json = try #require(try scratch.json("agenda", "--room", "golnik/velika-dvorana", "--from", "2027-03-01", "--to", "2027-04-10") as? [[String: Any]])
        #expect(json.compactMap { $0["start"] as? String } == [
            "2027-03-02T18:00:00+01:00", "2027-03-09T18:00:00+01:00", "2027-03-17T18:00:00+01:00",
            "2027-03-23T18:00:00+01:00", "2027-03-30T18:00:00+02:00", "2027-04-06T18:00:00+02:00",
        ])
        let ics = try scratch.ok("export", "ics", "--room", "golnik/velika-dvorana")
        #expect(ics.contains("DTSTART;TZID=Europe/Ljubljana:20270112T180000\r\n"))
        #expect(ics.contains("BEGIN:DAYLIGHT\r\nDTSTART:20270328T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"))
        let fromFeed = try expand(ics, from: try LocalDate(iso: "2027-03-01"), through: try LocalDate(iso: "2027-04-10"))
        #expect(fromFeed.map(\.start).sorted() == json.compactMap { $0["start"] as? String })
    }

    @Test func theTableWritesDatesAsPeopleHereDo() throws {
        let scratch = try Scratch.withSetup()
        let table = try scratch.ok("agenda", "--venue", "golnik", "--from", "2027-03-15", "--to", "2027-03-23")
        #expect(table == """
            DATE                             ROOM                   TITLE                   STATUS
            sreda, 17. 3. 2027, 18.00–20.00  golnik/sejna-soba      Vaje folklorne skupine  confirmed
            torek, 23. 3. 2027, 18.00–20.00  golnik/velika-dvorana  Vaje folklorne skupine  confirmed

            """)
    }

    @Test func withoutDatesTheAgendaCoversTheTermRunningOrTheNextNinetyDays() throws {
        let scratch = try Scratch.withSetup()
        let json = try #require(try scratch.json("agenda", "--all") as? [[String: Any]])
        // The test runs before or after the pilot's term, so the window is today and 90 days on.
        let today = Date().timeIntervalSince1970
        for item in json {
            let start = try #require(item["start"] as? String)
            #expect(start >= ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: today - 86_400)).prefix(10).description)
        }
        let empty = try scratch.ok("agenda", "--all", "--from", "2028-01-01", "--to", "2028-01-31")
        #expect(empty == "nothing in all venues from 2028-01-01 to 2028-01-31\n")
    }

    @Test func exactlyOneScopeIsRequired() throws {
        let scratch = try Scratch.withSetup()
        let none = try scratch.run("agenda")
        #expect(none.status == 2)
        #expect(none.stderr.contains("give exactly one of --room, --venue, --group or --all"))
        let two = try scratch.run("agenda", "--all", "--venue", "golnik")
        #expect(two.status == 2)
    }

    @Test func anUnknownGroupIsNotFoundWithSuggestions() throws {
        let scratch = try Scratch.withSetup()
        try scratch.fails("agenda", "--group", "fs-golnk", status: 4, stderr: "error: no group \"fs-golnk\" (did you mean \"fs-golnik\"?)\n")
    }
}
