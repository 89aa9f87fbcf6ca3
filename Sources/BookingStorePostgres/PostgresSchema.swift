import PostgresNIO

/// The schema, one migration per version, named as the SQLite ones so that both say the same
/// version. Migrations are append-only: a released one is never edited, a change is a new one.
enum PostgresSchema {
    struct Migration {
        let identifier: String
        let statements: [String]
    }

    static let migrations: [Migration] = [
        Migration(identifier: "v1: venues, rooms, closures, groups, terms, requests, bookings", statements: version1),
        Migration(identifier: "v2: policies and history", statements: version2),
        Migration(identifier: "v3: notifications", statements: version3),
    ]

    /// Brings the schema up to date in one transaction (PostgreSQL's DDL is transactional, so a
    /// failed migration leaves nothing). An advisory lock keyed by the schema makes two processes
    /// that start at once migrate one after the other.
    static func migrate(_ session: PostgresSession, create: Bool) throws {
        let schema = session.location.schema
        if !create, try session.value(Bool.self, "SELECT to_regclass('prostorMigration') IS NOT NULL") != true {
            throw PostgresStoreError.noSchema(session.location)
        }
        try session.execute("BEGIN")
        do {
            try session.execute("SELECT pg_advisory_xact_lock(hashtext('prostor migration ' || \(schema)))")
            if create && schema != "public" {
                try session.execute(PostgresQuery(unsafeSQL: "CREATE SCHEMA IF NOT EXISTS \"\(schema)\""))
            }
            try session.execute("""
                CREATE TABLE IF NOT EXISTS prostorMigration (
                    identifier text PRIMARY KEY, appliedAt timestamptz NOT NULL DEFAULT now())
                """)
            let applied = Set(try appliedMigrations(session))
            for migration in migrations where !applied.contains(migration.identifier) {
                for statement in migration.statements { try session.execute(PostgresQuery(unsafeSQL: statement)) }
                try session.execute("INSERT INTO prostorMigration (identifier) VALUES (\(migration.identifier))")
            }
            try session.execute("COMMIT")
        } catch {
            if !session.isBroken {
                do { try session.execute("ROLLBACK") } catch { session.isBroken = true }
            }
            throw error
        }
    }

    static func appliedMigrations(_ session: PostgresSession) throws -> [String] {
        try session.rows("SELECT identifier FROM prostorMigration ORDER BY appliedAt, identifier").map {
            try session.decode($0, String.self)
        }
    }
}
