import ArgumentParser
import BookingStore
import BookingStorePostgres
import Bookings
import Foundation

/// `--db PATH|URL`, shared by every command that uses the database.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database: a file, or postgres://user@host:5432/name.", valueName: "path|url"))
    var db: String?

    init() {}

    /// The options of a database named by another option (`prostor copy --from/--to`).
    init(db: String) { self.db = db }

    /// --db, else PROSTOR_DB, else prostor.sqlite in the current directory.
    var path: String {
        db ?? ProcessInfo.processInfo.environment["PROSTOR_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "prostor.sqlite"
    }

    var isPostgres: Bool { PostgresLocation.isPostgres(path) }

    /// The database as messages name it: the file, or the URL without its password.
    var name: String {
        guard isPostgres else { return path }
        return (try? PostgresLocation(url: path).description) ?? "the PostgreSQL database"
    }

    /// Opens the existing database; `prostor init` is the one command that creates it.
    func open() throws -> any BookingStorage {
        if isPostgres { return try PostgresAppDatabase(url: path, create: false) }
        return try AppDatabase(path: path, create: false, busyTimeout: try Self.busyTimeout())
    }

    /// Creates the database or brings it up to the current schema; says whether it existed and its version.
    func create() throws -> (existed: Bool, version: String) {
        if isPostgres {
            let existed = (try? PostgresAppDatabase(url: path, create: false)) != nil
            return (existed, try PostgresAppDatabase(url: path, create: true).schemaVersion())
        }
        let existed = FileManager.default.fileExists(atPath: path)
        return (existed, try AppDatabase(path: path, create: true, busyTimeout: try Self.busyTimeout()).schemaVersion())
    }

    /// PROSTOR_BUSY_SECONDS, else 30: how long a command waits for another writer before exit 5.
    static func busyTimeout() throws -> Double {
        guard let text = ProcessInfo.processInfo.environment["PROSTOR_BUSY_SECONDS"], !text.isEmpty else {
            return AppDatabase.defaultBusyTimeout
        }
        guard let seconds = Double(text), seconds.isFinite, (0...3600).contains(seconds) else {
            throw CommandFailure("PROSTOR_BUSY_SECONDS must be a number of seconds from 0 to 3600, got \"\(text)\"")
        }
        return seconds
    }
}

/// `--json`, for commands that print data.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print JSON for scripts instead of a table.")
    var json = false
}
