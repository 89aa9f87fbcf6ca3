import Bookings
import GRDB

extension SQLiteStore {
    func outbox(status: OutboxMessage.Status?, group: Slug?) throws -> [OutboxMessage] {
        var request = OutboxRecord.order(Column("id"))
        if let status { request = request.filter(OutboxRecord.Columns.status == status.rawValue) }
        if let group { request = request.filter(OutboxRecord.Columns.groupSlug == group.value) }
        return try request.fetchAll(db).map { try $0.message() }
    }

    func outboxMessage(id: Int64) throws -> OutboxMessage? {
        try OutboxRecord.fetchOne(db, key: id)?.message()
    }

    @discardableResult
    func save(_ message: OutboxMessage) throws -> OutboxMessage {
        var record = OutboxRecord(message)
        if record.id == nil {
            try record.insert(db)
        } else {
            guard try record.exists(db) else { throw NotFound(kind: "outbox message", key: String(message.id ?? 0)) }
            try record.update(db)
        }
        var saved = message
        saved.id = record.id
        return saved
    }
}
