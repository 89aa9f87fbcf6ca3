import GRDB

extension AppDatabase {
    /// v2: one policy per venue (a JSON document, like a request's details: nothing queries inside it),
    /// and the append-only history.
    static func registerPoliciesAndHistory(_ db: Database) throws {
        try db.create(table: "venuePolicy") { t in
            t.primaryKey("venueId", .integer).references("venue", onDelete: .cascade)
            t.column("details", .jsonText).notNull()
        }
        // No foreign key to booking: the history outlives what it describes.
        try db.create(table: "history") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("at", .text).notNull()
            t.column("actor", .text).notNull()
            t.column("action", .text).notNull()
            t.column("bookingId", .integer).indexed()
            t.column("venue", .text)
            t.column("summary", .text).notNull()
            t.column("reason", .text).notNull()
            t.column("before", .jsonText)
            t.column("after", .jsonText)
        }
        // Append-only is a rule of the data, so the database keeps it, whatever code runs against it.
        try db.execute(sql: """
            CREATE TRIGGER historyIsAppendOnlyUpdate BEFORE UPDATE ON history
            BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END;
            CREATE TRIGGER historyIsAppendOnlyDelete BEFORE DELETE ON history
            BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END;
            """)
    }
}
