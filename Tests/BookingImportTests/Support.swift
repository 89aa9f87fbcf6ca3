import BookingImport
import BookingStore
import Bookings
import CivilTime
import Foundation
import Testing

/// The message a user sees for the error `body` throws, or nil when it throws none.
func thrownMessage<T>(_ body: () throws -> T) -> String? {
    do {
        _ = try body()
        return nil
    } catch {
        return String(describing: error)
    }
}

/// The path of a file in Fixtures/.
func fixture(_ name: String) throws -> String {
    let directory = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures")
    return directory.appendingPathComponent(name).path
}

/// The text of a file in Fixtures/.
func fixtureText(_ name: String) throws -> String {
    try String(contentsOfFile: fixture(name), encoding: .utf8)
}

/// An in-memory store and the ways the tests import into it, always as `prostor import` does:
/// one write transaction for everything.
struct ImportStore {
    let database: AppDatabase

    init() throws { database = try AppDatabase() }

    /// The store with the setup file and the spreadsheet of Fixtures/ imported.
    static func withFixtures() throws -> ImportStore {
        let store = try ImportStore()
        _ = try store.importFiles(fixture("setup.yaml"), fixture("requests.csv"))
        return store
    }

    @discardableResult
    func importFiles(_ paths: String...) throws -> ImportSummary {
        let setups = try paths.map { try SetupFiles.read(path: $0) }
        return try apply(setups)
    }

    @discardableResult
    func importYAML(_ text: String, file: String = "kranj.yaml") throws -> ImportSummary {
        try apply([SetupFileReader(file: file).read(text)])
    }

    @discardableResult
    func importCSV(_ text: String, file: String = "requests.csv") throws -> ImportSummary {
        try apply([RequestSpreadsheet(file: file).read(text)])
    }

    private func apply(_ setups: [Setup]) throws -> ImportSummary {
        try database.write { writer throws in
            var total = ImportSummary()
            for setup in setups { total.add(try SetupImport.apply(setup, to: writer)) }
            return total
        }
    }

    func snapshot() throws -> Snapshot {
        try database.read { reader throws in try Snapshot(reader) }
    }
}

/// Everything a reader lists, to compare the whole store before and after an import.
struct Snapshot: Equatable {
    var venues: [Venue], rooms: [Room], closures: [Closure], groups: [Group], terms: [Term]
    var requests: [Request], bookings: [Booking]

    init(_ reader: any StoreReader) throws {
        venues = try reader.venues()
        rooms = try reader.rooms(in: nil)
        closures = try reader.closures()
        groups = try reader.groups()
        terms = try reader.terms()
        requests = try reader.requests()
        bookings = try reader.bookings()
    }
}

extension ImportSummary.Counts {
    init(added: Int = 0, updated: Int = 0, unchanged: Int = 0) {
        self.init()
        self.added = added
        self.updated = updated
        self.unchanged = unchanged
    }
}

func date(_ text: String) throws -> LocalDate { try LocalDate(iso: text) }

func dateTime(_ text: String) throws -> LocalDateTime { try LocalDateTime(iso: text) }

func hours(_ text: String) throws -> TimeRange { try TimeRange(parsing: text) }

func slug(_ text: String) throws -> Slug { try Slug(validating: text, record: "test", field: "slug") }

func roomRef(_ text: String) throws -> RoomRef { try RoomRef(parsing: text) }

func window(_ days: [Weekday], _ range: String) throws -> TimeWindow {
    TimeWindow(days: days, hours: try hours(range))
}

extension ImportStore {
    /// Checks that `body` fails with exactly `message` and leaves every record of the store as it was.
    func expectRejection(_ message: String, sourceLocation: Testing.SourceLocation = #_sourceLocation,
                         _ body: (ImportStore) throws -> Void) throws {
        let before = try snapshot()
        #expect(thrownMessage { try body(self) } == message, sourceLocation: sourceLocation)
        #expect(try snapshot() == before, "the store changed", sourceLocation: sourceLocation)
    }
}
