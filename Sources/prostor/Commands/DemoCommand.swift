import ArgumentParser
import BookingImport
import BookingStore
import Bookings
import CivilTime
import Foundation

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run the whole pipeline on the pilot data of Kranj (KS Golnik, Zlato polje and Strazisce).",
        discussion: """
            Creates a fresh database (a temporary one unless --db), imports Fixtures/kranj, schedules the \
            term, then shows the conflicts, the usage report, the free weekday evenings and the plan beside \
            first come, first fit, writes every calendar feed (into --out, or a temporary directory) and shows \
            the messages the changes wrote to the outbox (nothing is sent).

            Examples:
              swift run prostor demo
              prostor demo --db demo.sqlite --out feeds/
            """
    )

    @Option(help: ArgumentHelp("Keep the demo database here (must not exist yet).", valueName: "path"))
    var db: String?

    @Option(help: ArgumentHelp("Write the calendar feeds into this directory.", valueName: "dir"))
    var out: String?

    @Option(help: "How long the scheduler searches, in seconds.")
    var seconds: Double = 5

    @Option(help: ArgumentHelp("The pilot data directory; found from the current directory or the executable when omitted.", valueName: "dir"))
    var data: String?

    func run() throws {
        let dataDirectory = try PilotData.locate(explicit: data)
        let path = try databasePath()
        let database = try AppDatabase(path: path, create: true)
        say("Prostor demo: the pilot data of Kranj from \(dataDirectory)")
        say("Database: \(path)")

        let files = PilotData.files.map { (dataDirectory as NSString).appendingPathComponent($0) }
        let setups = try files.map { try SetupFiles.read(path: $0) }
        let summary = try database.write { writer in
            var total = ImportSummary()
            for setup in setups { total.add(try SetupImport.apply(setup, to: writer)) }
            return total
        }
        say()
        say("1. Import: \(files.map { ($0 as NSString).lastPathComponent }.joined(separator: " and ")) in one transaction")
        say("   " + ImportSummary.kinds.compactMap { kind in
            summary.counts[kind].map { "\($0.added) \(kind)\($0.added == 1 ? "" : "s")" }
        }.joined(separator: ", "))
        say()
        let overview = try database.read { reader in try PilotOverview(reader) }
        say(overview.table.rendered.split(separator: "\n").map { "   " + $0 }.joined(separator: "\n"))

        say()
        say("2. Schedule: the requests of the term placed around the approved bookings (\(Int(seconds)) s, seed 1)")
        let today = try database.read { reader in try CommandClock.today(reader) }
        let report = try Schedule.run(term: nil, today: today, storage: database, options: Schedule.Options(seconds: seconds, seed: 1),
                                      context: ChangeContext(actor: "demo", now: try CommandClock.now()))
        ScheduleText(report: report).print()

        try database.read { reader in
            say()
            try DemoReview.conflicts(reader, number: 3)
            say()
            try DemoReview.usage(reader, number: 4)
            say()
            let zone = try reader.venues().first.map { try References(reader).zone(of: $0.slug) } ?? ZoneRules(identifier: Venue.defaultTimeZone)
            try DemoReview.freeTimes(reader, number: 5, now: ChangeContext(actor: "demo", now: try CommandClock.now()).localNow(in: zone))
            say()
            try DemoReview.plan(reader, number: 6)
        }
        say()
        try Self.writeFeeds(of: database, into: out, stage: 7)
        say()
        try database.read { reader in try DemoReview.outbox(reader, number: 8) }
        say()
        say("The programme on the web: prostor serve --db \(path), then open http://127.0.0.1:8080/")
    }

    private func databasePath() throws -> String {
        if let db {
            guard !FileManager.default.fileExists(atPath: db) else {
                throw CommandFailure("\(db) already exists: the demo starts from a fresh database, so give a new path")
            }
            return db
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("prostor-demo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent("prostor.sqlite").path
    }
}

/// Finds the pilot data (Fixtures/kranj) for the demo.
enum PilotData {
    static let files = ["kranj.yaml", "requests.csv"]
    static let relativePath = "Fixtures/kranj"

    /// The explicit directory, else Fixtures/kranj under the current directory, else under the package
    /// that built this executable (found by walking up from `.build/<config>/prostor`).
    static func locate(explicit: String?) throws -> String {
        let fileManager = FileManager.default
        if let explicit { return explicit }
        var candidates = [(fileManager.currentDirectoryPath as NSString).appendingPathComponent(relativePath)]
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            candidates.append(directory.appendingPathComponent(relativePath).path)
            directory.deleteLastPathComponent()
        }
        guard let found = candidates.first(where: { fileManager.fileExists(atPath: ($0 as NSString).appendingPathComponent(files[0])) }) else {
            throw CommandFailure("cannot find the pilot data (\(relativePath)/\(files[0])): run the demo from the Prostor checkout, or give --data DIR")
        }
        return found
    }
}

/// What the pilot holds, venue by venue.
struct PilotOverview {
    let table: Table

    init(_ reader: any StoreReader) throws {
        let rooms = try reader.rooms(in: nil)
        let requests = try reader.requests()
        let bookings = try reader.bookings()
        let term = try reader.terms().first
        let closures = try reader.closuresInForce(bookings: bookings)
        var table = Table("VENUE", "ROOMS", "SEATS", "REQUESTS NAMING IT", "APPROVED BOOKINGS", "THEIR DATES IN THE TERM")
        for venue in try reader.venues() {
            let venueRooms = rooms.filter { $0.venue == venue.slug }
            let asking = requests.filter { request in
                request.venues.contains(venue.slug) || request.preferredRooms.contains { $0.venue == venue.slug }
            }
            let approved = bookings.filter { $0.room.venue == venue.slug && $0.state == .approved }
            let zone = try References(reader).zone(of: venue.slug)
            let dates = try term.map { term in
                try approved.reduce(0) {
                    $0 + (try BookingDates($1, closures: closures, zone: zone).occurrences(from: term.firstDay, through: term.lastDay).count)
                }
            }
            table.add(venue.name, String(venueRooms.count), String(venueRooms.reduce(0) { $0 + $1.capacity }),
                      String(asking.count), String(approved.count), dates.map(String.init) ?? "")
        }
        let open = requests.filter { $0.venues.isEmpty && $0.preferredRooms.isEmpty }.count
        table.add("(any venue)", "", "", String(open), "")
        self.table = table
    }
}
