import GRDB

extension AppDatabase {
    /// The schema, one migration per version. Migrations are append-only: a released migration is
    /// never edited, a change to the schema is a new migration.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: venues, rooms, closures, groups, terms, requests, bookings") { db in
            try db.create(table: "venue") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("slug", .text).notNull().unique()
                t.column("name", .text).notNull()
                t.column("address", .text).notNull()
                t.column("timeZone", .text).notNull()
            }
            try db.create(table: "room") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("venue", onDelete: .restrict).notNull()
                t.column("slug", .text).notNull()
                t.column("name", .text).notNull()
                t.column("capacity", .integer).notNull().check { $0 > 0 }
                t.column("features", .jsonText).notNull()
                t.column("openingHours", .jsonText).notNull()
                t.uniqueKey(["venueId", "slug"])
            }
            try db.create(table: "closure") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("venue", onDelete: .restrict)
                t.belongsTo("room", onDelete: .restrict)
                t.column("firstDay", .text).notNull()
                t.column("lastDay", .text).notNull()
                t.column("hours", .text)
                t.column("reason", .text).notNull()
            }
            try db.create(table: "group") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("slug", .text).notNull().unique()
                t.column("name", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("contactName", .text).notNull()
                t.column("email", .text).notNull()
                t.column("phone", .text).notNull()
                t.column("token", .text).notNull().unique()
            }
            try db.create(table: "term") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("slug", .text).notNull().unique()
                t.column("name", .text).notNull()
                t.column("firstDay", .text).notNull()
                t.column("lastDay", .text).notNull()
            }
            try db.create(table: "request") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("group", onDelete: .restrict).notNull()
                t.belongsTo("term", onDelete: .restrict).notNull()
                t.column("title", .text).notNull()
                t.column("details", .jsonText).notNull()
                t.column("status", .text).notNull()
                t.uniqueKey(["groupId", "termId", "title"])
            }
            try db.create(table: "booking") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("request", onDelete: .setNull)
                t.belongsTo("room", onDelete: .restrict).notNull()
                t.belongsTo("group", onDelete: .restrict).notNull()
                t.column("title", .text).notNull()
                t.column("description", .text).notNull()
                t.column("start", .text).notNull()
                t.column("durationMinutes", .integer).notNull().check { $0 > 0 }
                t.column("recurrence", .text)
                t.column("state", .text).notNull()
                t.column("isPublic", .boolean).notNull()
                t.column("sequence", .integer).notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("modifiedAt", .datetime).notNull()
            }
            try db.create(table: "bookingException") { t in
                t.belongsTo("booking", onDelete: .cascade).notNull()
                t.column("originalDate", .text).notNull()
                t.column("change", .jsonText).notNull()
                t.column("reason", .text).notNull()
                t.primaryKey(["bookingId", "originalDate"])
            }
        }
        migrator.registerMigration("v2: policies and history") { db in
            try registerPoliciesAndHistory(db)
        }
        migrator.registerMigration("v3: notifications") { db in
            try registerNotifications(db)
        }
        return migrator
    }
}
