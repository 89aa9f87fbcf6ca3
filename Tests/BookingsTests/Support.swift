import CivilTime

import Bookings

/// The message a user sees for the error `body` throws, or nil when it throws none.
func thrownMessage<T>(_ body: () throws -> T) -> String? {
    do {
        _ = try body()
        return nil
    } catch {
        return String(describing: error)
    }
}

func date(_ text: String) throws -> LocalDate { try LocalDate(iso: text) }

func dateTime(_ text: String) throws -> LocalDateTime { try LocalDateTime(iso: text) }

func hours(_ text: String) throws -> TimeRange { try TimeRange(parsing: text) }

func slug(_ text: String) throws -> Slug { try Slug(validating: text, record: "test", field: "slug") }

func roomRef(_ text: String) throws -> RoomRef { try RoomRef(parsing: text) }
