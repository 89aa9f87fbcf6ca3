import Bookings
import Foundation
import NIOPosix
import PostgresNIO

/// A Prostor database in PostgreSQL: owns the schema migrations and implements `BookingStorage`,
/// with the guarantees of the SQLite one (`AppDatabase`).
///
/// - Every `write` is one transaction that first takes `writeLock` in EXCLUSIVE mode, so writers
///   run one after another, in every process on every machine, like SQLite's BEGIN IMMEDIATE.
///   A check-then-change (conflicts before an approval) therefore sees the latest committed state
///   and nothing can commit between its check and its change. Reads are never blocked by it.
/// - Every `read` is one REPEATABLE READ, READ ONLY transaction: one consistent state.
/// - A connection lost during a change leaves nothing: the server rolls back every transaction
///   it did not see committed.
public final class PostgresAppDatabase: BookingStorage {
    public let location: PostgresLocation
    private let pool: ConnectionPool

    /// Connects to `location` and migrates it to the current schema; unless `create` is true, the
    /// schema must already have been made by `prostor init`.
    public init(location: PostgresLocation, create: Bool = true) throws {
        self.location = location
        pool = ConnectionPool(location: location)
        try pool.withSession { session in try PostgresSchema.migrate(session, create: create) }
    }

    /// Opens the database of a `postgres://` URL; see `PostgresLocation`.
    public convenience init(url: String, create: Bool = true) throws {
        try self.init(location: PostgresLocation(url: url), create: create)
    }

    public func read<T>(_ body: (any StoreReader) throws -> T) throws -> T {
        // A read inside a write of this store runs in that write's transaction, as in SQLite.
        if let active = ActiveTransaction.current(of: pool) { return try body(PostgresStore(session: active.session)) }
        return try pool.withSession { session in
            try run(session, writes: false, begin: ["BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY"]) {
                try body(PostgresStore(session: session))
            }
        }
    }

    public func write<T>(_ body: (any StoreWriter) throws -> T) throws -> T {
        if let active = ActiveTransaction.current(of: pool) {
            guard active.writes else { throw PostgresStoreError.server("a write cannot start inside a read") }
            return try body(PostgresStore(session: active.session))
        }
        return try pool.withSession { session in
            try run(session, writes: true, begin: ["BEGIN", "LOCK TABLE writeLock IN EXCLUSIVE MODE"]) {
                try body(PostgresStore(session: session))
            }
        }
    }

    /// The version of the schema the database is at: the name of its last migration.
    public func schemaVersion() throws -> String {
        try pool.withSession { session in try PostgresSchema.appliedMigrations(session).last ?? "none" }
    }

    private func run<T>(_ session: PostgresSession, writes: Bool, begin: [String], _ body: () throws -> T) throws -> T {
        for statement in begin { try session.execute(PostgresQuery(unsafeSQL: statement)) }
        let active = ActiveTransaction(session: session, writes: writes, pool: pool)
        let result: T
        do {
            result = try active.during(body)
        } catch {
            // When the connection is gone, so is the transaction: the server rolled it back.
            if !session.isBroken {
                do { try session.execute("ROLLBACK") } catch { session.isBroken = true }
            }
            throw error
        }
        do {
            try session.execute("COMMIT")
        } catch PostgresStoreError.connectionLost(let location) where writes {
            throw PostgresStoreError.lostWhileCommitting(location)
        }
        return result
    }
}
