import Bookings
import CivilTime

/// The error `body` throws, or nil when it throws none.
func thrown<T>(_ body: () throws -> T) -> (any Error)? {
    do {
        _ = try body()
        return nil
    } catch {
        return error
    }
}

/// The message a user sees for the error `body` throws, or nil when it throws none.
func thrownMessage<T>(_ body: () throws -> T) -> String? {
    thrown(body).map { String(describing: $0) }
}

func date(_ text: String) throws -> LocalDate { try LocalDate(iso: text) }

func dateTime(_ text: String) throws -> LocalDateTime { try LocalDateTime(iso: text) }

func hours(_ text: String) throws -> TimeRange { try TimeRange(parsing: text) }

func slug(_ text: String) throws -> Slug { try Slug(validating: text, record: "test", field: "slug") }

func roomRef(_ text: String) throws -> RoomRef { try RoomRef(parsing: text) }

/// Everything a reader lists, to compare the whole store before and after an operation.
struct Snapshot: Equatable {
    var venues: [Venue], rooms: [Room], closures: [Closure], groups: [Group], terms: [Term]
    var requests: [Request], bookings: [Booking]
    var policies: [VenuePolicy], history: [HistoryEntry], bookingTimes: [Int64: RecordTimes]

    init(_ storage: any BookingStorage) throws {
        self = try storage.read { reader in try Snapshot(reader) }
    }

    init(_ reader: any StoreReader) throws {
        venues = try reader.venues()
        rooms = try reader.rooms(in: nil)
        closures = try reader.closures()
        groups = try reader.groups()
        terms = try reader.terms()
        requests = try reader.requests()
        bookings = try reader.bookings()
        policies = try venues.map { try reader.policy(of: $0.slug) }
        history = try reader.history(booking: nil)
        bookingTimes = try reader.bookingTimes()
    }
}
