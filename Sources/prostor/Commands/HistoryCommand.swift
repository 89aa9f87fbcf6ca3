import ArgumentParser
import Bookings

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show the history of changes: all of it, or one booking's.",
        discussion: """
            Every change of a booking (booked, imported, approved, rejected, cancelled, moved, restored), every \
            policy change and every policy override is kept, with when, who (--as, PROSTOR_USER or the system \
            user), what it was before and after, and why. The history is append-only.

            Examples:
              prostor history
              prostor history 7 --json
            """
    )

    @Argument(help: "Only this booking's changes.") var id: Int64?
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let entries = try store.open().read { reader in
            if let id, try reader.booking(id: id) == nil, try reader.history(booking: id).isEmpty {
                throw NotFound(kind: "booking", key: String(id))
            }
            return try reader.history(booking: id)
        }
        if output.json { return try printJSON(entries) }
        var table = Table("WHEN", "WHO", "BOOKING", "ACTION", "WHAT", "WHY")
        for entry in entries {
            table.add(entry.at, entry.actor, entry.bookingID.map(String.init) ?? entry.venue.map { "venue \($0)" } ?? "",
                      entry.action.rawValue, entry.summary, entry.reason)
        }
        table.print(emptyMessage: "No changes recorded yet.")
    }
}
