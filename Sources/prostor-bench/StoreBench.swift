import ArgumentParser
import BookingStore
import BookingStorePostgres
import Bookings
import CivilTime
import Foundation

/// The store's own costs on a generated municipality, for SQLite and PostgreSQL side by side, through
/// the use cases the CLI runs: one import of the venues, rooms, groups and requests; `schedule` storing
/// its plan; approvals, each its own write with its conflict check (as `prostor approve` makes them);
/// and the all-venues feed, read and written whole.
struct StoreBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Import, schedule, approve and publish a generated municipality in a new database; prints times per step.",
        discussion: """
            When the plan holds fewer tentative bookings than --approvals, the rest are booked first, one \
            write each, as weekly series in the mornings (the requests use the evenings), and then approved.

            Example: prostor-bench store --db /tmp/bench.sqlite
                     prostor-bench store --db 'postgres://prostor:secret@127.0.0.1:5432/prostor?schema=bench'
            """)

    @Option(help: "A new database: a file that does not exist yet, or an empty postgres:// URL (schema).") var db: String
    @Option(help: "Venues (KS).") var venues = 26
    @Option(help: "Rooms, spread evenly over the venues.") var rooms = 200
    @Option(help: "Requests to generate and import.") var requests = 5_000
    @Option(help: "Search budget of the scheduler, in seconds.") var seconds: Double = 10
    @Option(help: "Approvals, each its own write re-checking conflicts.") var approvals = 10_000
    @Option(help: "Seed of the generator and of the search.") var seed: UInt64 = 1

    func validate() throws {
        guard venues > 0, rooms >= venues, requests > 0, approvals >= 0 else {
            throw ValidationError("need at least one venue, a room per venue, a request, and no negative count")
        }
    }

    func run() throws {
        let storage: any BookingStorage = PostgresLocation.isPostgres(db)
            ? try PostgresAppDatabase(url: db, create: true) : try AppDatabase(path: db, create: true)
        let input = try MunicipalityGenerator(venues: venues, rooms: rooms, requests: requests, seed: seed,
                                              includeUnplanted: true).generate().input
        let context = ChangeContext(actor: "prostor-bench", now: Date(timeIntervalSince1970: 1_799_139_600))
        let clock = ContinuousClock()
        print("store: \(PostgresLocation.isPostgres(db) ? "PostgreSQL" : "SQLite"), \(input.venues.count) venues, "
            + "\(input.rooms.count) rooms, \(input.requests.count) requests")

        let imported = try clock.measure {
            try storage.write { (writer: any StoreWriter) throws -> Void in
                try writer.save(input.term)
                for venue in input.venues { try writer.save(venue) }
                for room in input.rooms { try writer.save(room) }
                for group in Set(input.requests.map(\.group)).sorted(by: { $0.value < $1.value }) {
                    try writer.save(Group(slug: group, name: "Skupina \(group)", kind: "society", token: Group.newToken()))
                }
                for var request in input.requests {
                    request.id = nil
                    try writer.save(request)
                }
            }
        }
        print(String(format: "import in one write: %.0f ms", FeedBench.seconds(imported) * 1000))

        var report: ScheduleReport?
        let scheduled = try clock.measure {
            report = try Schedule.run(term: input.term.slug, today: input.term.firstDay, storage: storage,
                                      options: Schedule.Options(seconds: seconds, seed: seed), context: context)
        }
        let plan = try storage.read { try $0.bookings() }.filter { $0.state == .tentative }
        print(String(format: "schedule storing its plan: %.1f s (a %.0f s search budget; %d placed, %d unplaced, %d tentative bookings)",
                     FeedBench.seconds(scheduled), seconds, report?.placed.count ?? 0, report?.unplaced.count ?? 0, plan.count))

        let extra = max(0, approvals - plan.count)
        var booked: [Int64] = []
        let booking = try clock.measure {
            for index in 0..<extra {
                let proposed = try morningSeries(index, input: input)
                let outcome = try storage.write { writer in
                    try BookingDesk(writer, context: context).book(proposed, skipConflicts: true, overridePolicy: nil)
                }
                if let id = outcome.booking.id { booked.append(id) }
            }
        }
        if extra > 0 {
            print(String(format: "booking with its conflict check, one write each: %.1f ms (%d bookings)",
                         FeedBench.seconds(booking) * 1000 / Double(extra), extra))
        }

        let ids = Array((plan.compactMap(\.id) + booked).prefix(approvals))
        let approved = try clock.measure {
            for id in ids {
                _ = try storage.write { writer in
                    try BookingDesk(writer, context: context).approve(id, skipConflicts: true, rejectColliding: false, overridePolicy: nil)
                }
            }
        }
        print(String(format: "approval with its conflict check, one write each: %.1f ms (%d approvals, %.0f s in all)",
                     FeedBench.seconds(approved) * 1000 / Double(max(1, ids.count)), ids.count, FeedBench.seconds(approved)))

        let feedReads = 3
        var bytes = 0, series = 0
        let feed = try clock.measure {
            for _ in 0..<feedReads {
                try storage.read { reader throws in
                    let data = try FeedData(reader)
                    let feed = try Feed(scope: .all, data: data)
                    series = feed.allSeries.count
                    bytes = try feed.calendarBytes(FeedOptions(timestamp: LocalDateTime(iso: "2027-01-10T08:00:00"))).count
                }
            }
        }
        print(String(format: "all-venues feed, read and written: %.0f ms (%d series, %.1f MB)",
                     FeedBench.seconds(feed) * 1000 / Double(feedReads), series, Double(bytes) / 1_000_000))
    }

    /// A weekly series over the term in a morning hour of one room, different for each index while
    /// rooms × days × four two-hour mornings last; later ones meet earlier ones and skip those dates.
    func morningSeries(_ index: Int, input: SchedulingInput) throws -> Booking {
        let room = input.rooms[index % input.rooms.count]
        let slot = index / input.rooms.count
        let firstDay = input.term.firstDay.adding(days: slot % 7)
        let start = LocalDateTime(date: firstDay, time: try LocalTime(hour: 8 + 2 * ((slot / 7) % 4), minute: 0))
        let until = input.term.lastDay.description.replacingOccurrences(of: "-", with: "")
        return try Booking(room: room.ref, group: input.requests[index % input.requests.count].group,
                           title: "Jutranja dejavnost \(index)", start: start, durationMinutes: 120,
                           recurrence: "FREQ=WEEKLY;UNTIL=\(until)T235959Z")
    }
}
