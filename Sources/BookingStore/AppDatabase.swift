import Bookings
import Foundation
import GRDB

/// The SQLite database of Prostor: owns the schema migrations and implements `BookingStorage`.
///
/// A file database uses WAL, so that the web server can read while the CLI writes.
/// Foreign keys are enforced (GRDB turns them on for every connection).
public final class AppDatabase: BookingStorage {
    private let writer: any DatabaseWriter
    /// How long a transaction waits for another writer before giving up with `StoreBusy`.
    public let busyTimeout: Double

    /// How long to wait for another writer by default: longer than any of Prostor's own transactions
    /// (an import of a municipality's file, a stored plan) takes, so that a busy moment is waited out.
    public static let defaultBusyTimeout = 30.0

    /// Opens (creating when `create` is true) the database at `path` and migrates it to the current schema.
    ///
    /// An existing file that is not Prostor's database is refused with `DatabaseUnusable` before anything
    /// is written to it; SQLite's own codes (14, 26) never reach the user.
    public init(path: String, create: Bool = true, busyTimeout: Double = AppDatabase.defaultBusyTimeout) throws {
        self.busyTimeout = busyTimeout
        let exists = try Self.checkFile(path: path, create: create)
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        do {
            if exists { try Self.checkIsProstorDatabase(path: path, configuration: configuration, create: create) }
            writer = try DatabasePool(path: path, configuration: configuration)
            try Self.migrator.migrate(writer)
        } catch let error as DatabaseError {
            throw Self.translated(error, path: path, busyTimeout: busyTimeout)
        }
    }

    /// An in-memory database, for tests and throwaway runs.
    public init() throws {
        busyTimeout = Self.defaultBusyTimeout
        writer = try DatabaseQueue()
        try Self.migrator.migrate(writer)
    }

    public func read<T>(_ body: (any StoreReader) throws -> T) throws -> T {
        do {
            return try unsafeRead(body)
        } catch let error as DatabaseError where error.isBusy {
            throw StoreBusy(seconds: busyTimeout)
        }
    }

    public func write<T>(_ body: (any StoreWriter) throws -> T) throws -> T {
        do {
            return try unsafeWrite(body)
        } catch let error as DatabaseError where error.isBusy {
            throw StoreBusy(seconds: busyTimeout)
        }
    }

    private func unsafeRead<T>(_ body: (any StoreReader) throws -> T) throws -> T {
        // `unsafeReentrantRead` lets a non-Sendable body run synchronously, which is all the
        // use cases need; it does not isolate, so a deferred transaction gives one consistent state.
        try writer.unsafeReentrantRead { db in
            if db.isInsideTransaction { return try body(SQLiteStore(db: db)) }
            var result: T?
            try db.inTransaction(.deferred) {
                result = try body(SQLiteStore(db: db))
                return .commit
            }
            guard let result else { throw DatabaseError(message: "transaction produced no result") }
            return result
        }
    }

    private func unsafeWrite<T>(_ body: (any StoreWriter) throws -> T) throws -> T {
        try writer.unsafeReentrantWrite { db in
            var result: T?
            try db.inTransaction(.immediate) {
                result = try body(SQLiteStore(db: db))
                return .commit
            }
            guard let result else { throw DatabaseError(message: "transaction produced no result") }
            return result
        }
    }

    /// The version of the schema the database is at: the name of its last migration.
    public func schemaVersion() throws -> String {
        try writer.read { db in try Self.migrator.appliedMigrations(db).last ?? "none" }
    }
}

/// `prostor` was pointed at a database that does not exist yet.
public struct DatabaseMissing: Error, CustomStringConvertible {
    public let path: String
    public var description: String {
        "no database at \(path): run `prostor init` first, or give another with --db or PROSTOR_DB"
    }
}
