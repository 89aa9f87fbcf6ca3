import ArgumentParser
import Bookings

struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Undo the cancellation or move of one occurrence of a booking.",
        discussion: "Example:\n  prostor restore 7 --date 2027-02-09"
    )

    @Argument(help: "The booking.") var id: Int64
    @Option(help: "The date its rule gives the occurrence.") var date: String
    @Option(help: "Why: for the history.") var reason = ""
    @OptionGroup var user: OperatorOptions
    @OptionGroup var store: StoreOptions

    func run() throws {
        let day = try Parse.date(date, option: "--date")
        let context = try user.context()
        let booking = try store.open().write { writer in
            try BookingDesk(writer, context: context).restore(id, date: day, reason: reason)
        }
        say("Restored \(id) \"\(booking.title)\" on \(day).")
    }
}
