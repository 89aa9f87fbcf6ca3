import BookingStore
import BookingStorePostgres
import Bookings
import Foundation
import Testing

/// The CLI against each store: the same commands print the same, approvals race safely between
/// processes, and `prostor copy` moves a whole database from one store to the other and back.
@Suite struct StoreBackendCommandTests {
    /// Commands that read and change every kind of record, run in order.
    static let session: [[String]] = [
        ["venue", "list"], ["room", "list"], ["group", "list"], ["term", "list"], ["closure", "list"],
        ["request", "list"], ["booking", "list"],
        ["book"] + Pilot.weekly + ["--start", "2027-01-18T16:00", "--rrule", "FREQ=WEEKLY;BYDAY=MO;COUNT=3", "--request", "1"],
        ["book", "--room", "golnik/dvorana", "--group", "sola", "--title", "Pouk", "--duration", "1h",
         "--start", "2027-01-18T17:00", "--rrule", "FREQ=WEEKLY;BYDAY=MO;COUNT=2"],
        ["approve", "2"], ["approve", "3"], ["cancel", "1", "--date", "2027-01-19", "--reason", "Občni zbor"],
        ["move", "1", "--date", "2027-01-26", "--to", "2027-01-27T18:00"],
        ["conflicts"], ["booking", "show", "1"], ["history"], ["agenda", "--from", "2027-01-18", "--days", "14"],
        ["venue", "remove", "golnik"], ["group", "remove", "nihce"],
    ]

    @Test(.enabled(if: CLIBackend.hasPostgres, "PROSTOR_TEST_POSTGRES names no server"))
    func theSameCommandsPrintTheSameOnBothStores() throws {
        let sqlite = try Pilot(backend: .sqlite), postgres = try Pilot(backend: .postgres)
        for command in Self.session {
            let a = try sqlite.run(command), b = try postgres.run(command)
            #expect(a.stdout == b.stdout, "\(command)")
            #expect(a.stderr == b.stderr, "\(command)")
            #expect(a.status == b.status, "\(command)")
        }
    }

    /// Two administrators approve colliding bookings at the same moment from two processes.
    @Test(arguments: CLIBackend.available)
    func twoProcessesApprovingCollidingBookingsNeverBothSucceed(backend: CLIBackend) throws {
        let pilot = try Pilot(backend: backend)
        // Mondays the room is open, away from the closure on 8 February.
        for (round, monday) in ["2027-02-01", "2027-02-15", "2027-02-22", "2027-03-01"].enumerated() {
            let first = try pilot.book(Pilot.weekly + ["--start", "\(monday)T16:00"])
            let second = try pilot.book(["--room", "golnik/dvorana", "--group", "sola", "--title", "Pouk \(round)",
                                         "--duration", "1h", "--start", "\(monday)T17:00"])
            let results = Results()
            DispatchQueue.concurrentPerform(iterations: 2) { index in
                let run = try? pilot.run(["approve", String(index == 0 ? first : second)])
                results.set(index, run)
            }
            let statuses = results.all.map { $0?.status }
            #expect(statuses.sorted { ($0 ?? -1) < ($1 ?? -1) } == [0, 3], "round \(round): \(results.all.map { $0?.stderr ?? "" })")
        }
    }

    @Test(.enabled(if: CLIBackend.hasPostgres, "PROSTOR_TEST_POSTGRES names no server"))
    func copyMovesAWholeDatabaseToPostgreSQLAndBack() throws {
        let pilot = try Pilot()
        for command in Self.session { _ = try pilot.run(command) }
        let postgres = try CLIBackend.postgres.newDatabase(in: pilot.directory)
        let back = pilot.directory.appendingPathComponent("back.sqlite").path
        let there = try prostor(["copy", "--from", pilot.database, "--to", postgres])
        #expect(there.status == 0, "\(there.stderr)")
        #expect(there.stdout.hasPrefix("Copied \(pilot.database) to postgres://"))
        #expect(there.stdout.contains("\nbooking           3\n") && there.stdout.contains("\nhistory           "))
        #expect(!there.stdout.contains(try #require(URLComponents(string: postgres)?.password)))
        let again = try prostor(["copy", "--from", postgres, "--to", back])
        #expect(again.status == 0, "\(again.stderr)")
        let original = try StoreContents(AppDatabase(path: pilot.database, create: false))
        #expect(try StoreContents(PostgresAppDatabase(url: postgres, create: false)) == original)
        #expect(try StoreContents(AppDatabase(path: back, create: false)) == original)
        // New records continue after the copied ids.
        let next = try prostor(["book", "--json"] + Pilot.weekly + ["--start", "2027-03-01T16:00", "--db", postgres],
                               environment: ["PROSTOR_USER": "Marija Kos"])
        #expect(next.stdout.contains("\"id\" : 4"), "\(next.stdout)\(next.stderr)")
    }

    @Test(arguments: CLIBackend.available)
    func copyRefusesATargetThatHoldsData(backend: CLIBackend) throws {
        let source = try Pilot(), target = try Pilot(backend: backend)
        let run = try prostor(["copy", "--from", source.database, "--to", target.database])
        #expect(run.status == 1)
        let name = backend == .sqlite ? target.database : try PostgresLocation(url: target.database).description
        #expect(run.stderr == "error: \(name) already holds data (1 rows in venue): copy into a new, empty database\n")
    }

    @Test func anUnreachableServerIsAnErrorNamingHostAndUserButNotThePassword() throws {
        let run = try prostor(["venue", "list", "--db", "postgres://kranj:skrivnost@127.0.0.1:1/prostor"])
        #expect(run.status == 1)
        #expect(run.stderr == """
            error: cannot reach PostgreSQL at 127.0.0.1:1 (as user kranj): connection refused; is the server running and listening there?

            """)
        #expect(!run.stderr.contains("skrivnost"))
    }

    /// What two runs printed, by index.
    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var runs: [Int: ProstorRun] = [:]
        func set(_ index: Int, _ run: ProstorRun?) { lock.withLock { runs[index] = run } }
        var all: [ProstorRun?] { lock.withLock { [runs[0], runs[1]] } }
    }
}

/// Everything a store holds, as the protocol reads it, to compare two stores.
struct StoreContents: Equatable {
    var venues: [Venue], rooms: [Room], closures: [Closure], groups: [Group], terms: [Term]
    var requests: [Request], bookings: [Booking], policies: [VenuePolicy], history: [HistoryEntry]
    var bookingTimes: [Int64: RecordTimes]

    init(_ storage: any BookingStorage) throws {
        self = try storage.read { reader in
            let venues = try reader.venues()
            return StoreContents(venues: venues, rooms: try reader.rooms(in: nil), closures: try reader.closures(),
                                 groups: try reader.groups(), terms: try reader.terms(), requests: try reader.requests(),
                                 bookings: try reader.bookings(), policies: try venues.map { try reader.policy(of: $0.slug) },
                                 history: try reader.history(booking: nil), bookingTimes: try reader.bookingTimes())
        }
    }

    init(venues: [Venue], rooms: [Room], closures: [Closure], groups: [Group], terms: [Term], requests: [Request],
         bookings: [Booking], policies: [VenuePolicy], history: [HistoryEntry], bookingTimes: [Int64: RecordTimes]) {
        (self.venues, self.rooms, self.closures, self.groups, self.terms) = (venues, rooms, closures, groups, terms)
        (self.requests, self.bookings, self.policies, self.history, self.bookingTimes) = (requests, bookings, policies, history, bookingTimes)
    }
}
