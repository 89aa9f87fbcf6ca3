import Foundation
import Testing

@Suite struct HistoryCommandTests {
    @Test(arguments: CLIBackend.available) func everyChangeIsRecordedWithWhoWhenWhatAndWhy(backend: CLIBackend) throws {
        let pilot = try Pilot(backend: backend)
        #expect(try pilot.run(["cancel", "1", "--date", "2027-01-19", "--reason", "Občni zbor", "--as", "Ana Kovač"]).status == 0)
        let table = try pilot.run(["history", "1"])
        #expect(table.stdout == """
            WHEN                  WHO         BOOKING  ACTION                WHAT                                WHY
            2027-01-05T09:00:00Z  Marija Kos  1        imported              imported from golnik.yaml
            2027-01-05T09:00:00Z  Ana Kovač   1        occurrence-cancelled  occurrence of 2027-01-19 cancelled  Občni zbor

            """)
        let json = try pilot.run(["history", "1", "--json"])
        let entries = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        let last = try #require(entries?.last)
        let before = (last["before"] as? [String: Any])?["booking"] as? [String: Any]
        let after = (last["after"] as? [String: Any])?["booking"] as? [String: Any]
        #expect(before?["sequence"] as? Int == 0)
        #expect(after?["sequence"] as? Int == 1)
    }

    @Test(arguments: CLIBackend.available) func aReimportThatChangesABookingIsRecordedAndOneThatDoesNotIsNot(backend: CLIBackend) throws {
        let pilot = try Pilot(backend: backend)
        let file = pilot.directory.appendingPathComponent("golnik.yaml").path
        #expect(try pilot.run(["import", file]).status == 0)
        #expect(try pilot.snapshot().history.count == 2)
        let changed = Pilot.setup.replacingOccurrences(of: "UNTIL=20270615", with: "UNTIL=20270601")
        try Data(changed.utf8).write(to: URL(fileURLWithPath: file))
        #expect(try pilot.run(["import", file, "--as", "Uvoz"]).status == 0)
        let last = try #require(try pilot.snapshot().history.last)
        #expect(last.action == .imported)
        #expect(last.actor == "Uvoz")
        #expect(last.after?.booking?.sequence == 1)
    }

    @Test(arguments: CLIBackend.available) func anUnknownBookingIsNotFound(backend: CLIBackend) throws {
        let pilot = try Pilot(backend: backend)
        try pilot.expectRefusal(["history", "42"], status: 4, stderr: "error: no booking \"42\"\n")
    }
}
