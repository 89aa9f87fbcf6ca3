import ArgumentParser
import Bookings
import CivilTime
import Foundation

struct AgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda",
        abstract: "List the dates a subscriber of a feed sees: those of a room, a venue, a group or all venues.",
        discussion: """
            The dates come from the same expansion the feed is written from (the booking's rule, less \
            cancelled dates and dates in closures, moved dates at their new time and room), so the \
            agenda and `prostor export ics` always agree. Without --from and --to it covers the current \
            term, or the next 90 days when no term is running.

            Examples:
              prostor agenda --venue golnik
              prostor agenda --room golnik/velika-dvorana --from 2027-03-01 --to 2027-03-31
              prostor agenda --all --json
            """
    )

    @OptionGroup var scope: ScopeOptions
    @Option(help: ArgumentHelp("The first day, YYYY-MM-DD.", valueName: "date")) var from: String?
    @Option(help: ArgumentHelp("The last day, inclusive, YYYY-MM-DD.", valueName: "date")) var to: String?
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let scope = try scope.scope()
        let (entries, window) = try store.open().read { reader in
            let window = try CommandClock.window(from: from, to: to, reader)
            let data = try FeedData(reader)
            return (try Feed(scope: scope, data: data).occurrences(from: window.from, through: window.through), window)
        }
        if output.json {
            try printJSON(entries.map(AgendaItem.init))
            return
        }
        var table = Table("DATE", "ROOM", "TITLE", "STATUS")
        for entry in entries {
            table.add(Self.slovenian(entry.occurrence.start, until: entry.occurrence.end), entry.place.room.ref.description,
                      entry.summary, entry.status.lowercased())
        }
        table.print(emptyMessage: "nothing in \(scope) from \(window.from) to \(window.through)")
    }

    /// "torek, 12. 1. 2027, 18.00–20.00", as dates are written in Slovenia.
    static func slovenian(_ start: LocalDateTime, until end: LocalDateTime) -> String {
        "\(start.slovenianText)–\(end.time.slovenianText)"
    }
}

/// One line of `prostor agenda --json`.
struct AgendaItem: Encodable {
    var booking: Int64
    var title: String
    var room: String
    var venue: String
    var start: String
    var end: String
    var status: String

    init(_ entry: Feed.Entry) {
        booking = entry.booking.id ?? 0
        title = entry.summary
        room = entry.place.room.ref.description
        venue = entry.place.venue.slug.value
        start = entry.start
        end = entry.end
        status = entry.status.lowercased()
    }
}
