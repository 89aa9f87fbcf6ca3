import ArgumentParser
import Bookings

struct RejectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reject",
        abstract: "Reject a tentative booking, saying why.",
        discussion: "Example:\n  prostor reject 14 --reason \"Dvorana je ob torkih zasedena\""
    )

    @Argument(help: "The booking to reject.") var id: Int64
    @Option(help: "Why: for the group and the history.") var reason: String
    @OptionGroup var user: OperatorOptions
    @OptionGroup var store: StoreOptions

    func run() throws {
        let context = try user.context()
        let booking = try store.open().write { writer in try BookingDesk(writer, context: context).reject(id, reason: reason) }
        say("Rejected \(id): \"\(booking.title)\".")
    }
}
