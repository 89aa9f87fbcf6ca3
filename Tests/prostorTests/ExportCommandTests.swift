import Foundation
import ICalendar
import Testing

@Suite struct ExportCommandTests {
    @Test(arguments: CLIBackend.available) func aVenueFeedHasOneSeriesEventItsOverrideAndTheZone(backend: CLIBackend) throws {
        let scratch = try Scratch.withSetup(backend: backend)
        let ics = try scratch.ok("export", "ics", "--venue", "golnik", "--now", "2027-01-10T08:00:00")
        let document = try ICalendarReader().read(ics)
        #expect(document.property("X-WR-CALNAME")?.text == "KS Golnik – program")
        let events = document.components(named: "VEVENT")
        #expect(events.count == 2)
        #expect(events.map(\.uid) == ["booking-1@prostor.local", "booking-1@prostor.local"])
        #expect(ics.contains("DTSTAMP:20270110T080000Z\r\n"))
        #expect(ics.contains("RRULE:FREQ=WEEKLY;UNTIL=20270615T215959Z;BYDAY=TU\r\n"))
        // Cancelled on 9 February; Prešernov dan (8 February) is a Monday, so it closes nothing here,
        // but 27 April (dan upora proti okupatorju, built in) is a Tuesday.
        #expect(ics.contains("EXDATE;TZID=Europe/Ljubljana:20270209T180000,20270427T180000\r\n"))
        #expect(ics.contains("RECURRENCE-ID;TZID=Europe/Ljubljana:20270316T180000\r\n"))
        #expect(ics.contains("LOCATION:Sejna soba\\, KS Golnik\\, Golnik 45\\, 4204 Golnik\r\n"))
        #expect(document.components(named: "VTIMEZONE").count == 1)
        #expect(ics.contains("CREATED:") && ics.contains("LAST-MODIFIED:"))
    }

    @Test(arguments: CLIBackend.available) func theFileHoldsWhatStandardOutputWould(backend: CLIBackend) throws {
        let scratch = try Scratch.withSetup(backend: backend)
        let file = scratch.directory.appendingPathComponent("golnik.ics").path
        let printed = try scratch.ok("export", "ics", "--room", "golnik/velika-dvorana", "--now", "2027-01-10T08:00:00")
        #expect(try scratch.ok("export", "ics", "--room", "golnik/velika-dvorana", "--now", "2027-01-10T08:00:00", "-o", file) == "")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == printed)
    }

    @Test func theHostComesFromTheOptionElseTheEnvironmentElseTheDefault() throws {
        let scratch = try Scratch.withSetup()
        #expect(try scratch.ok("export", "ics", "--all", "--host", "prostor.kranj.si").contains("UID:booking-1@prostor.kranj.si\r\n"))
        let fromEnvironment = try prostor(["export", "ics", "--all", "--db", scratch.db], environment: ["PROSTOR_HOST": "ks.example.si"])
        #expect(fromEnvironment.stdout.contains("UID:booking-1@ks.example.si\r\n"))
        #expect(try scratch.ok("export", "ics", "--all").contains("UID:booking-1@prostor.local\r\n"))
    }

    @Test(arguments: CLIBackend.available) func aGroupFeedShowsItsOwnPrivateBookingsInFull(backend: CLIBackend) throws {
        let scratch = try Scratch(backend: backend)
        try scratch.ok("import", repositoryRoot.appendingPathComponent("Fixtures/kranj/kranj.yaml").path)
        let venue = try scratch.ok("export", "ics", "--venue", "golnik")
        #expect(venue.contains("SUMMARY:Zasedeno / Booked\r\n"))
        #expect(!venue.contains("Seja upravnega odbora"))
        let group = try scratch.ok("export", "ics", "--group", "td-golnik")
        #expect(group.contains("SUMMARY:Seja upravnega odbora\r\n"))
        #expect(group.contains("CLASS:PRIVATE\r\n"))
    }

    @Test func anUnknownRoomIsNotFoundWithSuggestions() throws {
        let scratch = try Scratch.withSetup()
        try scratch.fails("export", "ics", "--room", "golnik/velika-dvorna", status: 4,
                          stderr: "error: no room \"golnik/velika-dvorna\" (did you mean \"golnik/velika-dvorana\"?)\n")
    }

    @Test func aScopeIsRequired() throws {
        let scratch = try Scratch.withSetup()
        let run = try scratch.run("export", "ics")
        #expect(run.status == 2)
        #expect(run.stderr.contains("give exactly one of --room, --venue, --group or --all"))
    }

    @Test func theDemoWritesEveryFeedOfThePilot() throws {
        let directory = try temporaryDirectory()
        let out = directory.appendingPathComponent("feeds").path
        let run = try prostor(["demo", "--out", out, "--seconds", "1", "--data", repositoryRoot.appendingPathComponent("Fixtures/kranj").path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("7. Feeds: 35 iCalendar feeds written to \(out)"))
        for path in ["all.ics", "venues/golnik.ics", "rooms/golnik/velika-dvorana.ics", "groups/td-golnik.ics"] {
            let text = try String(contentsOfFile: out + "/" + path, encoding: .utf8)
            #expect(try ICalendarReader().read(text).property("VERSION")?.text == "2.0", "\(path)")
        }
    }
}
