import Bookings
import Foundation
import ICalendar
import Testing

/// Every feed of the pilot, byte for byte, against Golden/<path> (the paths of `FeedCatalog`).
///
/// The goldens are written with a fixed DTSTAMP (2027-01-10T08:00:00Z), fixed CREATED and
/// LAST-MODIFIED, and the host prostor.kranj.si. After a deliberate change to the feeds, regenerate
/// them and read the diff before committing:
///
///     PROSTOR_REGENERATE_GOLDEN=1 swift test --filter FeedGoldenTests
@Suite struct FeedGoldenTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let regenerate = ProcessInfo.processInfo.environment["PROSTOR_REGENERATE_GOLDEN"] == "1"

    @Test func everyPilotFeedMatchesItsGoldenFile() throws {
        let data = try pilotFeedData()
        let catalog = FeedCatalog.scopes(data)
        #expect(catalog.count == 35)
        for entry in catalog {
            let text = try ICalendarWriter.write(try Feed(scope: entry.scope, data: data).document(fixedStamp))
            let url = Self.directory.appendingPathComponent(entry.path)
            if Self.regenerate {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
                continue
            }
            let golden = try String(contentsOf: url, encoding: .utf8)
            #expect(text == golden, "\(entry.path) differs from its golden file; see the comment above to regenerate")
        }
    }

    @Test func theSameDataAndStampGiveTheSameBytes() throws {
        let data = try pilotFeedData()
        let first = try Feed(scope: .all, data: data).calendarBytes(fixedStamp)
        let second = try Feed(scope: .all, data: try pilotFeedData()).calendarBytes(fixedStamp)
        #expect(first == second)
    }
}
