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
        try AppDatabase(path: path, create: false)
    }
}

/// `--json`, for commands that print data.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print JSON for scripts instead of a table.")
    var json = false
}
