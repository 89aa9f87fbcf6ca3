import BookingImport
import Bookings
import CivilTime
import Foundation
import Testing

@Suite("Importing a setup file and a requests spreadsheet into the store")
struct ImportTests {
    @Test func everyRecordOfTheFilesIsStoredAsTheFilesDescribeIt() throws {
        let store = try ImportStore(), expected = try Expected()
        let summary = try store.importFiles(fixture("setup.yaml"), fixture("requests.csv"))
        let stored = try store.snapshot()
        #expect(stored.terms == [expected.term])
        #expect(stored.venues == expected.venues)
        #expect(stored.rooms == expected.rooms)
        #expect(stored.closures.map(\.withoutID) == expected.closures)
        #expect(stored.groups.map { $0.withToken("-") } == expected.groups.map { $0.withToken("-") })
        #expect(stored.requests.map(\.withoutID) == expected.yamlRequests + expected.csvRequests)
        #expect(stored.bookings.map(\.withoutID) == expected.bookings)
        #expect(summary.counts == [
            "term": .init(added: 1), "venue": .init(added: 2), "room": .init(added: 3), "closure": .init(added: 3),
            "group": .init(added: 3), "request": .init(added: 7), "booking": .init(added: 2),
        ])
    }

    @Test func aGroupKeepsTheTokenItsFileGivesAndOthersGetANewSecretEach() throws {
        let groups = try ImportStore.withFixtures().snapshot().groups
        #expect(groups.map(\.slug.value) == ["du-golnik", "pgd-golnik-mladinska-desetina", "sk-strazisce"])
        #expect(groups[0].token == "DuGolnik0123456789abcdef")
        #expect(groups[1].token.count == 32)
        #expect(groups[2].token.count == 32)
        #expect(groups[1].token != groups[2].token)
    }

    @Test func importingTheSameFilesAgainChangesNothing() throws {
        let store = try ImportStore.withFixtures()
        let before = try store.snapshot()
        let summary = try store.importFiles(fixture("setup.yaml"), fixture("requests.csv"))
        #expect(summary.counts == [
            "term": .init(unchanged: 1), "venue": .init(unchanged: 2), "room": .init(unchanged: 3),
            "closure": .init(unchanged: 3), "group": .init(unchanged: 3), "request": .init(unchanged: 7),
            "booking": .init(unchanged: 2),
        ])
        let after = try store.snapshot()
        #expect(after.requests.map(\.id) == before.requests.map(\.id))
        #expect(after.bookings.map(\.id) == before.bookings.map(\.id))
        #expect(after.groups.map(\.token) == before.groups.map(\.token))
        #expect(after == before)
    }

    @Test func aChangedBookingTimeIncreasesItsSequenceOnce() throws {
        let store = try ImportStore.withFixtures()
        let original = try #require(try store.snapshot().bookings.first { $0.title == "Turnir" })
        #expect(original.sequence == 0)
        let changed = try fixtureText("setup.yaml").replacingOccurrences(of: "    duration: 3h\n", with: "    duration: 2h30\n")
        let summary = try store.importYAML(changed)
        #expect(summary.counts["booking"] == .init(updated: 1, unchanged: 1))
        let updated = try #require(try store.snapshot().bookings.first { $0.title == "Turnir" })
        #expect(updated.id == original.id)
        #expect(updated.durationMinutes == 150)
        #expect(updated.sequence == 1)
        try store.importYAML(changed)
        #expect(try store.snapshot().bookings.first { $0.title == "Turnir" }?.sequence == 1)
    }

    @Test func aChangedDescriptionUpdatesABookingWithoutANewSequence() throws {
        let store = try ImportStore.withFixtures()
        let changed = try fixtureText("setup.yaml").replacingOccurrences(of: "    description: Redne vaje.\n    start:",
                                                                          with: "    description: Vaje ob torkih.\n    start:")
        let summary = try store.importYAML(changed)
        #expect(summary.counts["booking"] == .init(updated: 1, unchanged: 1))
        let booking = try #require(try store.snapshot().bookings.first { $0.title == "Vaje gasilske mladine" })
        #expect(booking.description == "Vaje ob torkih.")
        #expect(booking.sequence == 0)
    }

    @Test func aChangedRoomIsUpdatedInPlace() throws {
        let store = try ImportStore.withFixtures()
        let before = try store.snapshot()
        let changed = try fixtureText("setup.yaml").replacingOccurrences(of: "capacity: 120", with: "capacity: 100")
        let summary = try store.importYAML(changed)
        #expect(summary.counts["room"] == .init(updated: 1, unchanged: 2))
        let after = try store.snapshot()
        #expect(after.rooms.map(\.capacity) == [20, 100, 30])
        #expect(after.requests == before.requests)
        #expect(after.bookings == before.bookings)
    }

    @Test func aReimportedRequestKeepsItsIdAndTheStatusTheStoreGaveIt() throws {
        let store = try ImportStore.withFixtures()
        var scheduled = try #require(try store.snapshot().requests.first { $0.title == "Zbor članov" })
        scheduled.status = .scheduled
        _ = try store.database.write { try $0.save(scheduled) }
        let changed = try fixtureText("setup.yaml").replacingOccurrences(of: "audience: 40", with: "audience: 45")
        let summary = try store.importYAML(changed)
        #expect(summary.counts["request"] == .init(updated: 1, unchanged: 3))
        let after = try #require(try store.snapshot().requests.first { $0.title == "Zbor članov" })
        #expect(after.id == scheduled.id)
        #expect(after.status == .scheduled)
        #expect(after.audience == 45)
    }

    @Test func theRepeatWordsOfASetupFileIgnoreCase() throws {
        let text = """
            requests:
              - {group: du-golnik, term: spomlad-2027, title: A, audience: 5, duration: 1h, repeats: Fortnightly,
                 when: [{days: [tor], hours: "18:00-20:00"}]}
              - {group: du-golnik, term: spomlad-2027, title: B, audience: 5, duration: 1h, repeats: Dates,
                 dates: [2027-03-02], when: [{days: [tor], hours: "18:00-20:00"}]}
            """
        let requests = try SetupFileReader(file: "kranj.yaml").read(text).requests.map(\.value)
        #expect(requests.map(\.pattern) == [.fortnightly, .dates([try date("2027-03-02")])])
    }

    @Test func commaAndSemicolonSeparatedSpreadsheetsReadTheSame() throws {
        let semicolons = """
            group;term;title;audience;duration;days;hours;rooms
            du-golnik;spomlad-2027;Telovadba;20;1h;"tor,čet";09:00-12:00;golnik/sejna-soba
            """
        let commas = """
            group,term,title,audience,duration,days,hours,rooms
            du-golnik,spomlad-2027,Telovadba,20,1h,"tor,čet",09:00-12:00,golnik/sejna-soba
            """
        let fromSemicolons = try RequestSpreadsheet(file: "a.csv").read(semicolons).requests.map(\.value)
        let fromCommas = try RequestSpreadsheet(file: "b.csv").read(commas).requests.map(\.value)
        let expected = try Request(group: slug("du-golnik"), term: slug("spomlad-2027"), title: "Telovadba", audience: 20,
                                   durationMinutes: 60, windows: [window([.tuesday, .thursday], "09:00-12:00")],
                                   preferredRooms: [roomRef("golnik/sejna-soba")])
        #expect(fromSemicolons == [expected])
        #expect(fromCommas == [expected])
    }

    @Test func spreadsheetRowsKnowTheLineTheyStartOn() throws {
        let setup = try RequestSpreadsheet(file: "requests.csv").read(try fixtureText("requests.csv"))
        #expect(setup.requests.map(\.location.description) == ["requests.csv:2", "requests.csv:4", "requests.csv:5"])
    }

    @Test func aByteOrderMarkAndCRLFLineEndsAreAccepted() throws {
        let plain = try SetupFiles.read(path: fixture("requests.csv")).requests.map(\.value)
        let excel = try SetupFiles.read(path: fixture("requests-bom.csv")).requests.map(\.value)
        #expect(excel == plain)
        #expect(plain == (try Expected()).csvRequests)
    }

    @Test func blankLinesBetweenRowsAreSkipped() throws {
        let text = "group;term;title;audience;duration;days;hours\n\ndu-golnik;spomlad-2027;Telovadba;20;1h;tor;09:00-12:00\n\n"
        let setup = try RequestSpreadsheet(file: "requests.csv").read(text)
        #expect(setup.requests.map(\.value.title) == ["Telovadba"])
        #expect(setup.requests.map(\.location.line) == [3])
    }
}
