import ArgumentParser
import BookingStore
import BookingStorePostgres
import Bookings
import Foundation

struct CopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy a whole database, history included, into a new one: SQLite to PostgreSQL or back.",
        discussion: """
            The source is read in one transaction and the target written in one: ids, times and the
            history arrive as they were, or nothing arrives. The target is created when missing and must
            be empty. The row counts of every table are compared before the copy commits.

            Examples:
              prostor copy --from prostor.sqlite --to postgres://prostor@db.kranj.si:5432/prostor
              prostor copy --from postgres://prostor@db.kranj.si/prostor --to kopija.sqlite
            """
    )

    @Option(help: ArgumentHelp("The database to copy: a file or a postgres:// URL.", valueName: "path|url"))
    var from: String
    @Option(help: ArgumentHelp("The new database: a file or a postgres:// URL.", valueName: "path|url"))
    var to: String

    func run() throws {
        let source = StoreOptions(db: from), target = StoreOptions(db: to)
        let dump: StoreDump
        if source.isPostgres {
            dump = try PostgresAppDatabase(url: from, create: false).dump()
        } else {
            dump = try AppDatabase(path: from, create: false).dump()
        }
        if target.isPostgres {
            try PostgresAppDatabase(url: to, create: true).load(dump)
        } else {
            try AppDatabase(path: to, create: true).load(dump, into: to)
        }
        say("Copied \(source.name) to \(target.name):")
        var table = Table("TABLE", "ROWS")
        for kind in StoreDump.layout { table.add(kind.name, String(dump.rows[kind.name]?.count ?? 0)) }
        table.print(emptyMessage: "nothing to copy")
    }
}
