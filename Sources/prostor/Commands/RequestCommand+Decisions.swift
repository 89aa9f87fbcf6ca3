import ArgumentParser
import Bookings
import CivilTime

extension RequestCommand {
    struct Withdraw: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Withdraw a request for its group: it ends, and the rooms it holds are freed.",
            discussion: """
                Its tentative bookings (the scheduler's proposals) are removed; its approved bookings are cancelled \
                from today on (whole when none of their dates has taken place). Everything it changed is listed \
                and recorded in the history.

                Example:
                  prostor request withdraw 12 --reason "Skupina letos ne vadi"
                """
        )

        @Argument(help: "The request's id.") var id: Int64
        @Option(help: "Why, when the group said.") var reason = ""
        @OptionGroup var user: OperatorOptions
        @OptionGroup var store: StoreOptions

        func run() throws {
            try RequestCommand.end(id, as: .withdrawn, reason: reason, user: user, store: store)
        }
    }

    struct Reject: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Reject a request, saying why: it ends, and the scheduler no longer places it.",
            discussion: """
                To refuse only one proposed room and time, reject the booking instead (`prostor reject ID`): the \
                request then waits to be placed elsewhere. Rejecting the request removes its tentative bookings and \
                cancels its approved ones from today on; each change is listed and recorded in the history.

                Example:
                  prostor request reject 41 --reason "Dejavnost ni namenjena krajanom"
                """
        )

        @Argument(help: "The request's id.") var id: Int64
        @Option(help: "Why: the group is told.") var reason: String
        @OptionGroup var user: OperatorOptions
        @OptionGroup var store: StoreOptions

        func run() throws {
            try RequestCommand.end(id, as: .rejected, reason: reason, user: user, store: store)
        }
    }

    struct ClearRefusals: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "clear-refusals",
            abstract: "Let the scheduler propose again the rooms and times rejected for a request.",
            discussion: "Example:\n  prostor request clear-refusals 41"
        )

        @Argument(help: "The request's id.") var id: Int64
        @OptionGroup var store: StoreOptions

        func run() throws {
            let cleared = try store.open().write { writer in
                var request = try writer.existingRequest(id: id)
                let cleared = request.decisions.refusedPlaces
                request.decisions.refusedPlaces = []
                if !cleared.isEmpty { try writer.save(request) }
                return cleared
            }
            guard !cleared.isEmpty else { return say("Request \(id) has no refused rooms and times.") }
            say("Cleared \(cleared.count) refused \(cleared.count == 1 ? "place" : "places") of request \(id): "
                + cleared.map(\.place).joined(separator: "; ") + ".")
        }
    }

    /// Ends a request and says what that changed.
    static func end(_ id: Int64, as status: Request.Status, reason: String, user: OperatorOptions, store: StoreOptions) throws {
        let context = try user.context()
        let ending = try store.open().write { writer in
            try RequestWithdrawal.end(id, as: status, reason: reason, today: try CommandClock.today(writer), in: writer, context: context)
        }
        say("Request \(id) \"\(ending.request.title)\" \(status == .rejected ? "rejected" : "withdrawn").")
        say(endingText(ending))
    }

    /// The bookings an ending changed, one line each, or that it changed none.
    static func endingText(_ ending: RequestWithdrawal.Ending) -> String {
        var lines: [String] = []
        if !ending.released.isEmpty {
            lines.append("  removed tentative \(ending.released.count == 1 ? "booking" : "bookings") "
                         + ending.released.map(String.init).joined(separator: ", "))
        }
        if !ending.cancelled.isEmpty {
            lines.append("  cancelled approved \(ending.cancelled.count == 1 ? "booking" : "bookings") "
                         + ending.cancelled.map(String.init).joined(separator: ", "))
        }
        for (booking, dates) in ending.cancelledDates.sorted(by: { $0.key < $1.key }) {
            lines.append("  cancelled \(dates.count) remaining \(dates.count == 1 ? "date" : "dates") of approved booking \(booking): \(Parse.dates(dates))")
        }
        return lines.isEmpty ? "  It held no rooms." : lines.joined(separator: "\n")
    }
}
