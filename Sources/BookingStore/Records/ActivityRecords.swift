import Bookings
import CivilTime
import Foundation
import GRDB

/// A row of `request`. The keys and the status are columns (for uniqueness, references and
/// queries); the rest of the proposal is one JSON document, since nothing queries inside it.
struct RequestRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "request"

    var id: Int64?
    var groupId: Int64
    var termId: Int64
    var title: String
    var details: Request
    var status: String

    init(_ request: Request, groupId: Int64, termId: Int64) {
        id = request.id
        self.groupId = groupId
        self.termId = termId
        title = request.title
        details = request
        status = request.status.rawValue
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    func request() -> Request {
        var request = details
        request.id = id
        return request
    }
}

/// A row of `booking`; its exceptions are rows of `bookingException`.
struct BookingRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "booking"

    var id: Int64?
    var requestId: Int64?
    var roomId: Int64
    var groupId: Int64
    var title: String
    var description: String
    var start: String
    var durationMinutes: Int
    var recurrence: String?
    var state: String
    var isPublic: Bool
    var sequence: Int
    var createdAt: Date
    var modifiedAt: Date

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A row of `bookingException`: one cancelled or moved occurrence.
struct BookingExceptionRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "bookingException"

    var bookingId: Int64
    var originalDate: String
    var change: OccurrenceException.Change
    var reason: String

    init(_ exception: OccurrenceException, bookingId: Int64) {
        self.bookingId = bookingId
        originalDate = exception.originalDate.description
        change = exception.change
        reason = exception.reason
    }

    func exception() throws -> OccurrenceException {
        OccurrenceException(originalDate: try LocalDate(iso: originalDate), change: change, reason: reason)
    }
}
