import ArgumentParser
import BookingStore
import Foundation

/// `--db PATH`, shared by every command that uses the database.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database file.", valueName: "path"))
    var db: String?

    /// --db, else PROSTOR_DB, else prostor.sqlite in the current directory.
    var path: String {
        db ?? ProcessInfo.processInfo.environment["PROSTOR_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "prostor.sqlite"
    }

    /// Opens the existing database; `prostor init` is the one command that creates it.
    func open() throws -> AppDatabase {
        try AppDatabase(path: path, create: false, busyTimeout: try Self.busyTimeout())
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
