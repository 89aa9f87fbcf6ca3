import Foundation
import Testing

/// A fresh database in a temporary directory; every run passes `--db` so that nothing else is touched.
struct Scratch {
    let directory: URL
    /// A file, or a postgres:// URL (see `CLIBackend`).
    let db: String

    /// An empty, initialised database: a file by default.
    init(backend: CLIBackend = .sqlite) throws {
        directory = try temporaryDirectory()
        db = backend == .sqlite ? directory.appendingPathComponent("p.sqlite").path : try backend.newDatabase(in: directory)
        let run = try prostor(["init", "--db", db])
        #expect(run.status == 0, "init failed: \(run.stderr)")
    }

    /// A database holding `Scratch.setup`: one term, two venues with three rooms, three closures,
    /// two groups, one request (id 1) and one booking (id 1) with two exceptions.
    static func withSetup(backend: CLIBackend = .sqlite) throws -> Scratch {
        let scratch = try Scratch(backend: backend)
        let file = scratch.directory.appendingPathComponent("setup.yaml")
        try setup.write(to: file, atomically: true, encoding: .utf8)
        try scratch.ok("import", file.path)
        return scratch
    }

    func run(_ arguments: String...) throws -> ProstorRun {
        try prostor(arguments + ["--db", db])
    }

    /// Runs a command that must succeed quietly, and returns what it printed.
    @discardableResult
    func ok(_ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try ok(arguments, sourceLocation: sourceLocation)
    }

    @discardableResult
    func ok(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let run = try prostor(arguments + ["--db", db])
        #expect(run.status == 0, "\(arguments) failed: \(run.stderr)", sourceLocation: sourceLocation)
        #expect(run.stderr == "", sourceLocation: sourceLocation)
        return run.stdout
    }

    /// Everything the database holds, as the list commands print it in JSON (group tokens aside).
    func snapshot() throws -> String {
        try ["venue", "room", "closure", "group", "term", "request", "booking"].map { kind in
            let run = try prostor([kind, "list", "--json", "--db", db])
            #expect(run.status == 0, "\(kind) list failed: \(run.stderr)")
            return run.stdout
        }.joined()
    }

    /// Runs a command that must fail with this status and exactly this message, leaving the database as it was.
    func fails(_ arguments: String..., status: Int32, stderr: String,
               sourceLocation: SourceLocation = #_sourceLocation) throws {
        try fails(arguments, status: status, stderr: stderr, sourceLocation: sourceLocation)
    }

    func fails(_ arguments: [String], status: Int32, stderr: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try snapshot()
        let run = try prostor(arguments + ["--db", db])
        #expect(run.status == status, sourceLocation: sourceLocation)
        #expect(run.stderr == stderr, sourceLocation: sourceLocation)
        #expect(run.stdout == "", sourceLocation: sourceLocation)
        #expect(try snapshot() == before, "the database changed", sourceLocation: sourceLocation)
    }

    /// Parses a command's JSON output.
    func json(_ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) throws -> Any {
        try json(arguments, sourceLocation: sourceLocation)
    }

    func json(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> Any {
        let run = try prostor(arguments + ["--json", "--db", db])
        #expect(run.status == 0, "\(arguments) failed: \(run.stderr)", sourceLocation: sourceLocation)
        return try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
    }

    static let setup = """
        terms:
          - slug: spomlad-2027
            name: Pomlad 2027
            start: 2027-01-11
            end: 2027-06-20
        venues:
          - slug: golnik
            name: KS Golnik
            address: Golnik 45, 4204 Golnik
            rooms:
              - slug: velika-dvorana
                name: Velika dvorana
                capacity: 120
                features: [piano, stage]
                opening_hours:
                  monday: "16:00-22:00"
                  tuesday: "16:00-22:00"
              - slug: sejna-soba
                name: Sejna soba
                capacity: 20
                features: [projector]
                opening_hours:
                  monday: "08:00-22:00"
          - slug: zlato-polje
            name: KS Zlato polje
            address: Ulica Janeza Puharja 8, 4000 Kranj
            rooms:
              - slug: klubska-soba
                name: Klubska soba
                capacity: 18
                opening_hours:
                  friday: "16:00-22:00"
        closures:
          - {reason: Prešernov dan, from: 2027-02-08}
          - reason: Inšpekcijski pregled
            from: 2027-03-10
            hours: "15:00-18:00"
            room: golnik/sejna-soba
          - reason: Servis ogrevanja
            from: 2027-01-30
            to: 2027-01-31
            venue: zlato-polje
        groups:
          - slug: fs-golnik
            name: Folklorna skupina Golnik
            kind: society
            contact: Janez Rozman
            email: folklora@fs-golnik.si
          - slug: sk-strazisce
            name: Šahovski klub Stražišče
            kind: club
            contact: Matjaž Čebašek
            email: info@sah-strazisce.si
            phone: "+386 51 208 644"
        requests:
          - group: fs-golnik
            term: spomlad-2027
            title: Vaje folklorne skupine
            audience: 24
            duration: 2h
            when:
              - days: [tor]
                hours: "18:00-22:00"
            venues: [golnik]
        bookings:
          - room: golnik/velika-dvorana
            group: fs-golnik
            title: Vaje folklorne skupine
            start: 2027-01-12T18:00
            duration: 2h
            rrule: FREQ=WEEKLY;BYDAY=TU;UNTIL=20270615
            exceptions:
              - date: 2027-02-09
                cancel: true
                reason: Občni zbor
              - date: 2027-03-16
                move_to: 2027-03-17T18:00
                room: golnik/sejna-soba
                reason: Dvorana zasedena

        """
}
