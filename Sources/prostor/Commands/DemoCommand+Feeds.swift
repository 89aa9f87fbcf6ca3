import Bookings
import BookingStore
import CivilTime
import Foundation

extension DemoCommand {
    /// Writes every feed of the pilot into `directory` (a temporary one when nil) and prints what it wrote.
    static func writeFeeds(of database: AppDatabase, into directory: String?, stage: Int) throws {
        let target = directory ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("prostor-feeds-\(UUID().uuidString)").path
        let options = FeedOptions(host: HostOption.resolve(nil), timestamp: LocalDateTime.nowUTC())
        let written = try database.read { reader in
            let data = try FeedData(reader)
            return try FeedCatalog.scopes(data).map { entry in
                let feed = try Feed(scope: entry.scope, data: data)
                let bytes = try feed.calendarBytes(options)
                let url = URL(fileURLWithPath: target).appendingPathComponent(entry.path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(bytes).write(to: url, options: .atomic)
                return (entry.path, feed.series.count, bytes.count)
            }
        }
        say("\(stage). Feeds: \(written.count) iCalendar feeds written to \(target)")
        var table = Table("FILE", "SERIES", "BYTES")
        for (path, series, bytes) in written { table.add(path, String(series), String(bytes)) }
        say(table.rendered.split(separator: "\n").map { "   " + $0 }.joined(separator: "\n"))
    }
}
