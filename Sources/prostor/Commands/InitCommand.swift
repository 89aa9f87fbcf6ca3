import ArgumentParser
import Foundation

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the database (or bring an existing one up to the current schema).",
        discussion: """
            Examples:
              prostor init
              prostor init --db /srv/prostor/kranj.sqlite
              prostor init --db postgres://prostor@db.kranj.si:5432/prostor
            """
    )

    @OptionGroup var store: StoreOptions

    func run() throws {
        let (existed, version) = try store.create()
        say(existed ? "Database \(store.name) is up to date (schema \(version))."
                    : "Created \(store.name) (schema \(version)).")
    }
}
