import ArgumentParser
import BookingStore
import Foundation

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the database (or bring an existing one up to the current schema).",
        discussion: """
            Examples:
              prostor init
              prostor init --db /srv/prostor/kranj.sqlite
            """
    )

    @OptionGroup var store: StoreOptions

    func run() throws {
        let existed = FileManager.default.fileExists(atPath: store.path)
        let database = try AppDatabase(path: store.path, create: true)
        let version = try database.schemaVersion()
        say(existed ? "Database \(store.path) is up to date (schema \(version))."
                    : "Created \(store.path) (schema \(version)).")
    }
}
