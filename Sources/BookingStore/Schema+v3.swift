import GRDB

extension AppDatabase {
    /// v3: who is told of what. Venues get their administrators' addresses, groups the language they
    /// read, and the outbox holds every message owed, written in the transaction of the change it reports.
    static func registerNotifications(_ db: Database) throws {
        try db.alter(table: "venue") { t in
            t.add(column: "admins", .jsonText).notNull().defaults(to: "[]")
        }
        try db.alter(table: "group") { t in
            t.add(column: "language", .text).notNull().defaults(to: "sl")
        }
        try db.create(table: "outbox") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("createdAt", .text).notNull()
            t.column("event", .text).notNull()
            t.column("recipient", .text).notNull()
            t.column("recipientName", .text).notNull()
            t.column("language", .text).notNull()
            // Slugs and ids, not foreign keys: a message outlives the request it tells of.
            t.column("groupSlug", .text).indexed()
            t.column("venueSlug", .text)
            t.column("bookingId", .integer)
            t.column("requestId", .integer)
            t.column("subject", .text).notNull()
            t.column("body", .text).notNull()
            t.column("pagePath", .text)
            t.column("calendar", .text)
            t.column("status", .text).notNull()
            t.column("attempts", .integer).notNull()
            t.column("nextAttemptAt", .text).notNull()
            t.column("lastError", .text).notNull()
            t.column("sentAt", .text)
        }
        try db.create(index: "outboxByStatus", on: "outbox", columns: ["status", "nextAttemptAt"])
    }
}
