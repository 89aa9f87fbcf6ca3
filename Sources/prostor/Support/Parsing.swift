import Bookings
import CivilTime
import Foundation

/// A date as the user typed it, `2027-03-08`; errors name the record and field like every other value.
func parseDate(_ text: String, record: String, field: String) throws(InvalidValue) -> LocalDate {
    let date: LocalDate
    do {
        date = try LocalDate(iso: text.trimmingCharacters(in: .whitespaces))
    } catch {
        throw InvalidValue(record: record, field: field, value: text,
                           rule: "must be a date written YYYY-MM-DD, like \"2027-01-12\"")
    }
    try requireSupportedDate(date, record: record, field: field)
    return date
}

/// Slugs given as option values: validated, so that a typo in the form is named rather than folded away.
func parseSlug(_ text: String, record: String, field: String) throws(InvalidValue) -> Slug {
    try Slug(validating: text, record: record, field: field)
}

// Ids get no "did you mean": a number near another is no more likely to be meant, and the
// workflow commands (approve, cancel, …) name a missing id plainly too.
extension StoreReader {
    /// The closure with this id, or `NotFound`.
    func existingClosure(id: Int64) throws -> Closure {
        if let closure = try closure(id: id) { return closure }
        throw NotFound(kind: "closure", key: String(id))
    }

    /// The request with this id, or `NotFound`.
    func existingRequest(id: Int64) throws -> Request {
        if let request = try request(id: id) { return request }
        throw NotFound(kind: "request", key: String(id))
    }

    /// The booking with this id, or `NotFound`.
    func existingBooking(id: Int64) throws -> Booking {
        if let booking = try booking(id: id) { return booking }
        throw NotFound(kind: "booking", key: String(id))
    }
}
