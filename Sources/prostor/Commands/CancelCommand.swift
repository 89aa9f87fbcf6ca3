import ArgumentParser
import Bookings

struct CancelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cancel",
        abstract: "Cancel an approved booking, or one date of a booking.",
        discussion: """
            Examples:
              prostor cancel 7 --reason "Društvo je prenehalo z delom"
              prostor cancel 7 --date 2027-02-09 --reason "Občni zbor"
            """
    )

    @Argument(help: "The booking.") var id: Int64
    @Option(help: "Only the occurrence on this date (the date its rule gives).") var date: String?
    @Option(help: "Why: for the group and the history.") var reason = ""
    @OptionGroup var user: OperatorOptions
    @OptionGroup var store: StoreOptions

    func run() throws {
        let day = try date.map { try Parse.date($0, option: "--date") }
        let context = try user.context()
        let booking = try store.open().write { writer in
            try BookingDesk(writer, context: context).cancel(id, date: day, reason: reason)
        }
        say(day.map { "Cancelled \(id) \"\(booking.title)\" on \($0)." } ?? "Cancelled \(id) \"\(booking.title)\".")
    }
}
