import Bookings
import GRDB

/// A row of `outbox`.
struct OutboxRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "outbox"
    enum Columns {
        static let status = Column(CodingKeys.status)
        static let groupSlug = Column(CodingKeys.groupSlug)
    }

    var id: Int64?
    var createdAt: String
    var event: String
    var recipient: String
    var recipientName: String
    var language: String
    var groupSlug: String?
    var venueSlug: String?
    var bookingId: Int64?
    var requestId: Int64?
    var subject: String
    var body: String
    var pagePath: String?
    var calendar: String?
    var status: String
    var attempts: Int
    var nextAttemptAt: String
    var lastError: String
    var sentAt: String?

    init(_ message: OutboxMessage) {
        id = message.id
        createdAt = message.createdAt
        event = message.event.rawValue
        recipient = message.recipient
        recipientName = message.recipientName
        language = message.language
        groupSlug = message.group?.value
        venueSlug = message.venue?.value
        bookingId = message.bookingID
        requestId = message.requestID
        subject = message.subject
        body = message.body
        pagePath = message.pagePath
        calendar = message.calendar
        status = message.status.rawValue
        attempts = message.attempts
        nextAttemptAt = message.nextAttemptAt
        lastError = message.lastError
        sentAt = message.sentAt
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    func message() throws -> OutboxMessage {
        guard let event = OutboxMessage.Event(rawValue: event), let status = OutboxMessage.Status(rawValue: status) else {
            throw DatabaseError(message: "outbox message \(id ?? 0) has an unknown event \(event) or status \(status)")
        }
        var message = OutboxMessage(id: id, createdAt: .now, event: event, recipient: recipient, recipientName: recipientName,
                                    language: language, group: groupSlug.map(Slug.init(stored:)),
                                    venue: venueSlug.map(Slug.init(stored:)), bookingID: bookingId, requestID: requestId,
                                    subject: subject, body: body, pagePath: pagePath, calendar: calendar)
        message.createdAt = createdAt
        message.status = status
        message.attempts = attempts
        message.nextAttemptAt = nextAttemptAt
        message.lastError = lastError
        message.sentAt = sentAt
        return message
    }
}
