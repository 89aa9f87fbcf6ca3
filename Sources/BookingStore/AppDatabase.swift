import Bookings
import Foundation
import GRDB

/// The SQLite database of Prostor: owns the schema migrations and implements `BookingStorage`.
///
/// A file database uses WAL, so that the web server can read while the CLI writes.
/// Foreign keys are enforced (GRDB turns them on for every connection).
public final class AppDatabase: BookingStorage {
    private let writer: any DatabaseWriter

    /// Opens (creating when `create` is true) the database at `path` and migrates it to the current schema.
    public init(path: String, create: Bool = true) throws {
        if !create && !FileManager.default.fileExists(atPath: path) {
            throw DatabaseMissing(path: path)
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        writer = try DatabasePool(path: path, configuration: configuration)
        try Self.migrator.migrate(writer)
    }

    /// An in-memory database, for tests and throwaway runs.
    public init() throws {
        writer = try DatabaseQueue()
        try Self.migrator.migrate(writer)
    }

    public func read<T>(_ body: (any StoreReader) throws -> T) throws -> T {
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

    public func write<T>(_ body: (any StoreWriter) throws -> T) throws -> T {
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
