import ArgumentParser
import BookingImport
import Bookings

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Load setup files (YAML), request spreadsheets (CSV) or holiday calendars (ICS) in one transaction.",
        discussion: """
            Records are matched by their slugs (requests by group, term and title; bookings by room, \
            group, title and start), so importing the same file again changes nothing. On any error \
            nothing is written, and the message names the file, the line, the record and the field.

            A holiday calendar (.ics) becomes closures: each all-day event closes all venues (or \
            --venue) on its days, with its SUMMARY as the reason; yearly events are expanded from \
            --from to --to, or over the terms in the database. Timed, cancelled and broken events (no \
            DTSTART, an empty RRULE, a line the reader refuses) are skipped and listed with the reason; \
            the sound ones are imported.

            Examples:
              prostor import Fixtures/kranj/kranj.yaml
              prostor import Fixtures/kranj/requests.csv
              prostor import kranj.yaml requests.csv
              prostor import prazniki.ics --from 2027-01-01 --to 2027-12-31
            """
    )

    @Argument(help: ArgumentHelp("Setup files (.yaml), request spreadsheets (.csv) and holiday calendars (.ics), imported in order.", valueName: "file"))
    var files: [String]

    @OptionGroup var user: OperatorOptions
    @OptionGroup var holidays: HolidayOptions

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let sources = try files.map { try ImportSource(path: $0) }
        let context = try user.context()
        let database = try store.open()
        var skipped: [String] = []
        let summary = try database.write { writer in
            var total = ImportSummary()
            for source in sources {
                let part = try source.apply(to: writer, options: holidays, context: context, skipped: &skipped)
                total.add(part)
            }
            return total
        }
        for line in skipped { note("skipped \(line)") }
        if output.json {
            try printJSON(summary.counts)
            return
        }
        var table = Table("KIND", "ADDED", "UPDATED", "UNCHANGED")
        for kind in ImportSummary.kinds {
            guard let counts = summary.counts[kind] else { continue }
            table.add(kind, String(counts.added), String(counts.updated), String(counts.unchanged))
        }
        say("Imported \(files.joined(separator: ", ")) into \(store.name):")
        table.print(emptyMessage: "nothing to import")
    }
}
