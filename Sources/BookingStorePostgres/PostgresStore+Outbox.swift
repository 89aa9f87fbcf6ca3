import Bookings
import PostgresNIO

extension PostgresStore {
    private static let outboxColumns = """
        id, createdAt, event, recipient, recipientName, language, groupSlug, venueSlug, bookingId, requestId, subject, body,
        pagePath, calendar, status, attempts, nextAttemptAt, lastError, sentAt
        """

    func outbox(status: OutboxMessage.Status?, group: Slug?) throws -> [OutboxMessage] {
        let select = "SELECT \(Self.outboxColumns) FROM outbox"
        let rows = switch (status, group) {
        case (nil, nil): try session.rows("\(unescaped: select) ORDER BY id")
        case (let status?, nil): try session.rows("\(unescaped: select) WHERE status = \(status.rawValue) ORDER BY id")
        case (nil, let group?): try session.rows("\(unescaped: select) WHERE groupSlug = \(group.value) ORDER BY id")
        case (let status?, let group?):
            try session.rows("\(unescaped: select) WHERE status = \(status.rawValue) AND groupSlug = \(group.value) ORDER BY id")
        }
        return try rows.map(message(from:))
    }

    func outboxMessage(id: Int64) throws -> OutboxMessage? {
        try session.rows("SELECT \(unescaped: Self.outboxColumns) FROM outbox WHERE id = \(id)").first.map(message(from:))
    }

    private func message(from row: PostgresRow) throws -> OutboxMessage {
        let (id, createdAt, eventName, recipient, recipientName, language, group, venue, bookingId, requestId, subject, body,
             pagePath, calendar, statusName, attempts, nextAttemptAt, lastError, sentAt) = try session.decode(
            row, Int64.self, String.self, String.self, String.self, String.self, String.self, String?.self, String?.self,
            Int64?.self, Int64?.self, String.self, String.self, String?.self, String?.self, String.self, Int64.self,
            String.self, String.self, String?.self)
        guard let event = OutboxMessage.Event(rawValue: eventName), let status = OutboxMessage.Status(rawValue: statusName) else {
            throw PostgresStoreError.server("outbox message \(id) has an unknown event \(eventName) or status \(statusName)")
        }
        var message = OutboxMessage(id: id, createdAt: .now, event: event, recipient: recipient, recipientName: recipientName,
                                    language: language, group: group.map(Slug.init(stored:)), venue: venue.map(Slug.init(stored:)),
                                    bookingID: bookingId, requestID: requestId, subject: subject, body: body,
                                    pagePath: pagePath, calendar: calendar)
        message.createdAt = createdAt
        message.status = status
        message.attempts = Int(attempts)
        message.nextAttemptAt = nextAttemptAt
        message.lastError = lastError
        message.sentAt = sentAt
        return message
    }

    @discardableResult
    func save(_ message: OutboxMessage) throws -> OutboxMessage {
        let m = message, attempts = Int64(message.attempts)
        var saved = message
        if let id = message.id {
            let changed = try session.execute("""
                UPDATE outbox SET createdAt = \(m.createdAt), event = \(m.event.rawValue), recipient = \(m.recipient),
                    recipientName = \(m.recipientName), language = \(m.language), groupSlug = \(m.group?.value),
                    venueSlug = \(m.venue?.value), bookingId = \(m.bookingID), requestId = \(m.requestID),
                    subject = \(m.subject), body = \(m.body), pagePath = \(m.pagePath), calendar = \(m.calendar),
                    status = \(m.status.rawValue), attempts = \(attempts), nextAttemptAt = \(m.nextAttemptAt),
                    lastError = \(m.lastError), sentAt = \(m.sentAt)
                WHERE id = \(id)
                """)
            if changed == 0 { throw NotFound(kind: "outbox message", key: String(id)) }
        } else {
            saved.id = try session.value(Int64.self, """
                INSERT INTO outbox (createdAt, event, recipient, recipientName, language, groupSlug, venueSlug, bookingId,
                    requestId, subject, body, pagePath, calendar, status, attempts, nextAttemptAt, lastError, sentAt)
                VALUES (\(m.createdAt), \(m.event.rawValue), \(m.recipient), \(m.recipientName), \(m.language),
                    \(m.group?.value), \(m.venue?.value), \(m.bookingID), \(m.requestID), \(m.subject), \(m.body),
                    \(m.pagePath), \(m.calendar), \(m.status.rawValue), \(attempts), \(m.nextAttemptAt), \(m.lastError),
                    \(m.sentAt))
                RETURNING id
                """)
        }
        return saved
    }
}
