import ArgumentParser
import Bookings
import CivilTime

struct ConflictsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflicts",
        abstract: "Find what clashes: overlaps in a room, closures, opening hours, capacity, features, a group in two places.",
        discussion: """
            Looks at the dates of approved and tentative bookings that take place, as the feeds and pages \
            show them (rejected and cancelled bookings, cancelled dates and dates in closures never count; \
            a date moved into a closure is reported) on the days --from through --to; by default the current term (the one holding today, \
            else the next), or today and the year after when there is no term. Overlaps count the venue's \
            buffer minutes. A clash of two tentative bookings is reported too, marked as such.

            Exits 3 when there are conflicts, 0 when there are none.

            Examples:
              prostor conflicts
              prostor conflicts --venue golnik --from 2027-03-01 --to 2027-03-31 \\
                --json
            """
    )

    @Option(help: "Only conflicts that concern this venue.") var venue: String?
    @Option(help: "The first day to look at: 2027-01-11.") var from: String?
    @Option(help: "The last day to look at.") var to: String?
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    struct Report: Encodable {
        let from: LocalDate
        let to: LocalDate
        let venue: Slug?
        let counted: [Booking.State]
        let conflicts: [Conflict]
    }

    func run() throws {
        let report = try store.open().read { reader in
            let venueSlug = try venue.map { try References(reader).venue(Slug(folding: $0)).slug }
            let window = try CommandClock.window(from: from, to: to, reader)
            let conflicts = try ConflictFinder(reader).conflicts(among: try reader.bookings(), from: window.from,
                                                                 through: window.through, venue: venueSlug)
            return Report(from: window.from, to: window.through, venue: venueSlug, counted: [.approved, .tentative], conflicts: conflicts)
        }
        if output.json {
            try printJSON(report)
        } else {
            say("Conflicts \(report.from) to \(report.to)\(report.venue.map { " in \($0)" } ?? ""), counting approved and tentative bookings:")
            Self.table(report.conflicts).print(emptyMessage: "none.")
        }
        if !report.conflicts.isEmpty { throw ExitCode(ExitStatus.conflict.rawValue) }
    }

    static func table(_ conflicts: [Conflict]) -> Table {
        var table = Table("KIND", "BOOKINGS", "STATES", "DATES", "DETAIL")
        for conflict in conflicts {
            let states = conflict.bookings.map(\.state.rawValue).joined(separator: "+") + (conflict.isTentativeOnly ? " (tentative only)" : "")
            table.add(conflict.kind.rawValue, conflict.bookings.map { "\($0.id) \"\($0.title)\"" }.joined(separator: " × "),
                      states, Parse.dates(conflict.dates, limit: 3), conflict.detail)
        }
        return table
    }
}
