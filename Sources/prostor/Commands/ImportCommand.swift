import ArgumentParser
import BookingImport
import Bookings

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Load a setup file (YAML) or a requests spreadsheet (CSV) in one transaction.",
        discussion: """
            Records are matched by their slugs (requests by group, term and title; bookings by room, \
            group, title and start), so importing the same file again changes nothing. On any error \
            nothing is written, and the message names the file, the line, the record and the field.

            Examples:
              prostor import Fixtures/kranj/kranj.yaml
              prostor import Fixtures/kranj/requests.csv
              prostor import kranj.yaml requests.csv
            """
    )

    @Argument(help: ArgumentHelp("Setup files (.yaml) and request spreadsheets (.csv), imported in order.", valueName: "file"))
    var files: [String]

    @OptionGroup var user: OperatorOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let setups = try files.map { try SetupFiles.read(path: $0) }
        let context = try user.context()
        let database = try store.open()
        let summary = try database.write { writer in
            var total = ImportSummary()
            for setup in setups {
                let part = try SetupImport.apply(setup, to: writer, context: context)
                total.add(part)
            }
            return total
        }
        if output.json {
            try printJSON(summary.counts)
            return
        }
        var table = Table("KIND", "ADDED", "UPDATED", "UNCHANGED")
        for kind in ImportSummary.kinds {
            guard let counts = summary.counts[kind] else { continue }
            table.add(kind, String(counts.added), String(counts.updated), String(counts.unchanged))
        }
        say("Imported \(files.joined(separator: ", ")) into \(store.path):")
        table.print(emptyMessage: "nothing to import")
    }
}
