import BookingStore
import BookingStorePostgres
import Bookings
import Foundation
import Testing

/// A small municipality for the workflow commands' tests: one venue with a 15-minute buffer and a
/// kitchen only societies may book, a term, three groups, a request, and one approved weekly booking
/// (id 1, Tuesdays 18:00–20:00 in golnik/dvorana).
struct Pilot {
    static let setup = """
        terms:
          - slug: pomlad-2027
            name: Pomlad 2027
            start: 2027-01-11
            end: 2027-06-20
        venues:
          - slug: golnik
            name: KS Golnik
            policy:
              buffer_minutes: 15
              room_kinds:
                kuhinja: [society]
            rooms:
              - slug: dvorana
                name: Velika dvorana
                capacity: 100
                features: [piano]
                opening_hours:
                  monday: "16:00-22:00"
                  tuesday: "16:00-22:00"
                  wednesday: "16:00-22:00"
                  thursday: "16:00-22:00"
              - slug: kuhinja
                name: Kuhinja
                capacity: 10
                opening_hours:
                  monday: "15:00-21:00"
                  tuesday: "15:00-21:00"
        closures:
          - reason: Prešernov dan
            from: 2027-02-08
        groups:
          - slug: zbor
            name: Pevski zbor
            kind: society
          - slug: sola
            name: Osnovna šola
            kind: school
          - slug: gasilci
            name: PGD Golnik
            kind: society
        requests:
          - group: zbor
            term: pomlad-2027
            title: Vaje zbora
            audience: 30
            features: [piano]
            duration: 2h
            when:
              - days: [mon, wed]
                hours: "16:00-22:00"
        bookings:
          - room: golnik/dvorana
            group: gasilci
            title: Vaje gasilcev
            start: 2027-01-12T18:00
            duration: 2h
            rrule: FREQ=WEEKLY;BYDAY=TU;UNTIL=20270615
        """

    let directory: URL
    /// A file, or a postgres:// URL (see `CLIBackend`).
    let database: String

    /// A fresh database with the setup imported: a file by default.
    init(setup: String = Pilot.setup, backend: CLIBackend = .sqlite) throws {
        directory = try temporaryDirectory()
        database = try backend.newDatabase(in: directory)
        let file = directory.appendingPathComponent("golnik.yaml")
        try Data(setup.utf8).write(to: file)
        let created = try run(["init"])
        let imported = try run(["import", file.lastPathComponent])
        #expect(created.status == 0 && imported.status == 0, "\(created.stderr)\(imported.stderr)")
    }

    /// Runs `prostor` on this database as "Marija Kos" at 2027-01-05 09:00 UTC.
    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> ProstorRun {
        var env = ["PROSTOR_USER": "Marija Kos", "PROSTOR_NOW": "2027-01-05T09:00:00Z"]
        env.merge(environment) { _, new in new }
        return try prostor(arguments + ["--db", database], in: directory, environment: env)
    }

    /// Books and returns the new booking's id.
    func book(_ arguments: [String]) throws -> Int64 {
        let result = try run(["book", "--json"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let decoded = try JSONDecoder().decode([String: Int64].self, from: Data(result.stdout.utf8))
        return decoded["id"] ?? -1
    }

    /// Everything a failed command must leave as it was: the bookings, the requests and the history.
    func snapshot() throws -> Snapshot {
        let store: any BookingStorage = PostgresLocation.isPostgres(database)
            ? try PostgresAppDatabase(url: database, create: false) : try AppDatabase(path: database, create: false)
        return try store.read { reader in
            Snapshot(bookings: try reader.bookings(), requests: try reader.requests(), history: try reader.history(booking: nil),
                     outbox: try reader.outbox(status: nil, group: nil))
        }
    }

    struct Snapshot: Equatable {
        var bookings: [Booking]
        var requests: [Request]
        var history: [HistoryEntry]
        /// A refused change must not tell anyone of itself either.
        var outbox: [OutboxMessage]
    }

    /// Runs a command that must fail, and checks its exit status, its whole message and that nothing changed.
    func expectRefusal(_ arguments: [String], status: Int32, stderr: String,
                       sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let before = try snapshot()
        let result = try run(arguments)
        #expect(result.status == status, sourceLocation: sourceLocation)
        #expect(result.stderr == stderr, sourceLocation: sourceLocation)
        #expect(try snapshot() == before, sourceLocation: sourceLocation)
    }

    /// The tuesday 18:00 booking of the pilot: booking 1.
    static let weekly = ["--room", "golnik/dvorana", "--group", "zbor", "--title", "Vaje zbora", "--duration", "2h"]
}
