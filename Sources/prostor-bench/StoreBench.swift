import ArgumentParser
import BookingStore
import BookingStorePostgres
import Bookings
import CivilTime
import Foundation

/// The store's own costs on a generated municipality, for SQLite and PostgreSQL side by side:
/// one large import, many small changes each in its own transaction (as the CLI and the web
/// server make them), approvals with their conflict check, and the reads behind the all-venues feed.
struct StoreBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Import, change and read a generated municipality in a new database; prints times per operation."
    )

    @Option(help: "A new database: a file that does not exist yet, or an empty postgres:// URL (schema).") var db: String
    @Option(help: "How many rooms (ten to a venue).") var rooms = 200
    @Option(help: "How many booking series.") var bookings = 5_000
    @Option(help: "How many single-booking changes, each its own write.") var changes = 2_000
    @Option(help: "How many approvals, each re-checking conflicts in its write.") var approvals = 50

    func run() throws {
        let storage: any BookingStorage = PostgresLocation.isPostgres(db)
            ? try PostgresAppDatabase(url: db, create: true) : try AppDatabase(path: db, create: true)
        let data = try FeedBench.municipality(rooms: rooms, bookings: bookings)
        let clock = ContinuousClock()
        let imported = try clock.measure {
            try storage.write { (writer: any StoreWriter) throws -> Void in
                for venue in data.venues.values.sorted(by: { $0.slug < $1.slug }) { try writer.save(venue) }
                for room in data.rooms.values.sorted(by: { $0.ref < $1.ref }) { try writer.save(room) }
                for group in data.groups.values.sorted(by: { $0.slug < $1.slug }) { try writer.save(group) }
                for closure in data.closures { try writer.save(closure) }
                for var booking in data.bookings {
                    booking.id = nil
                    try writer.save(booking)
                }
            }
        }
        let all = try storage.read { try $0.bookings() }
        let tentative = all.filter { $0.state == .tentative }.compactMap(\.id)
        let context = ChangeContext(actor: "prostor-bench", now: Date(timeIntervalSince1970: 1_799_139_600))
        let changed = try clock.measure {
            for index in 0..<changes {
                let id = all[index % all.count].id ?? 1
                try storage.write { (writer: any StoreWriter) throws -> Void in
                    guard var booking = try writer.booking(id: id) else { return }
                    booking.sequence += 1
                    try writer.save(booking)
                    try writer.append(HistoryEntry(at: context.now, actor: context.actor, action: .moved, bookingID: id,
                                                   summary: "bench change \(index)"))
                }
            }
        }
        let approved = try clock.measure {
            for id in tentative.prefix(approvals) {
                _ = try storage.write { writer in
                    try BookingDesk(writer, context: context).approve(id, skipConflicts: true, rejectColliding: false, overridePolicy: nil)
                }
            }
        }
        let feedReads = 5
        let read = try clock.measure {
            for _ in 0..<feedReads {
                _ = try storage.read { reader in
                    (try reader.venues(), try reader.rooms(in: nil), try reader.groups(), try reader.closures(),
                     try reader.bookings(), try reader.bookingTimes())
                }
            }
        }
        let doneApprovals = min(approvals, tentative.count)
        print("store: \(db.hasPrefix("postgres") ? "PostgreSQL" : "SQLite"), \(data.venues.count) venues, \(data.rooms.count) rooms, \(all.count) bookings")
        print(String(format: "import in one write: %.0f ms", FeedBench.seconds(imported) * 1000))
        print(String(format: "single-booking change, one write each: %.2f ms (%d changes)",
                     FeedBench.seconds(changed) * 1000 / Double(changes), changes))
        print(String(format: "approval with its conflict check, one write each: %.1f ms (%d approvals)",
                     FeedBench.seconds(approved) * 1000 / Double(max(1, doneApprovals)), doneApprovals))
        print(String(format: "reads behind the all-venues feed: %.0f ms", FeedBench.seconds(read) * 1000 / Double(feedReads)))
    }
}
