import ArgumentParser
import Bookings

struct RequestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "request",
        abstract: "Add, list, show, edit and remove requests: the activities groups ask rooms for.",
        subcommands: [Add.self, List.self, Show.self, Edit.self, Withdraw.self, Reject.self, ClearRefusals.self, Remove.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a request for a term; prints its id.",
            discussion: """
                --when gives the days and hours a session may take place, and may be repeated; a session must \
                fit entirely within one window. --repeats says in which weeks the activity runs; --dates lists \
                single dates instead.

                Examples:
                  prostor request add --group fs-golnik --term spomlad-2027 \\
                    --title "Vaje folklorne skupine" --audience 24 --duration 2h \\
                    --when "tue,fri 18:00-22:00" --prefer "tue 20:00-22:00" \\
                    --venue golnik --prefer-room golnik/velika-dvorana
                  prostor request add --group ntk-zlato-polje --term spomlad-2027 \\
                    --title Trening --audience 12 --duration 90m --sessions 2 \\
                    --when "mon,tue,fri 18:00-22:00" --features sports-floor
                  prostor request add --group du-golnik --term spomlad-2027 \\
                    --title "Kuharska delavnica" --audience 10 --duration 2h \\
                    --when "wed 15:00-19:00" --repeats last-of-month --private
                """
        )

        @Option(help: "The group's slug.") var group: String
        @Option(help: "The term's slug.") var term: String
        @Option(help: "What the activity is called.") var title: String
        @Option(parsing: .unconditional, help: "How many people come.") var audience: Int
        @Option(help: "How long one session lasts: 90m, 2h, 1h30.") var duration: String
        @Option(help: ArgumentHelp("Days and hours a session may take place, repeatable: \"tue,thu 17:00-21:00\".", valueName: "window"))
        var when: [String]
        @OptionGroup var details: RequestDetails
        @OptionGroup var store: StoreOptions
        @OptionGroup var user: OperatorOptions

        func run() throws {
            var submission = RequestSubmission(group: group, term: term, title: title, audience: audience,
                                               duration: duration, when: when)
            submission.description = details.description ?? ""
            submission.features = details.features.map(commaList) ?? []
            submission.sessionsPerWeek = details.sessions ?? 1
            submission.repeats = details.repeats
            submission.dates = details.dates
            submission.prefer = details.prefer
            submission.venues = details.venue
            submission.preferredRooms = details.preferRoom
            submission.isPublic = details.visibility.map { $0 == .public } ?? true
            let context = try user.context()
            let saved = try store.open().write { writer in try submission.submit(to: writer, context: context) }
            say("Added request \(saved.id.map(String.init) ?? "").")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List requests, optionally of one term, group, venue or status.",
            discussion: """
                --venue keeps the requests that may be placed in that venue: those that name it or one of its \
                rooms, and those that accept any venue.

                Examples:
                  prostor request list --term spomlad-2027
                  prostor request list --group fs-golnik --status pending --json
                """
        )

        @Option(help: "Only requests for this term.") var term: String?
        @Option(help: "Only this group's requests.") var group: String?
        @Option(help: "Only requests that may be placed in this venue.") var venue: String?
        @Option(help: "Only requests with this status: pending, scheduled, withdrawn or rejected.") var status: Request.Status?
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let requests = try store.open().read { reader in
                let references = References(reader)
                let term = try term.map { try references.term(Slug(folding: $0)).slug }
                let group = try group.map { try references.group(Slug(folding: $0)).slug }
                let venue = try venue.map { try references.venue(Slug(folding: $0)).slug }
                return try reader.requests().filter { request in
                    if let term, request.term != term { return false }
                    if let group, request.group != group { return false }
                    if let status, request.status != status { return false }
                    if let venue, !request.mayUse(venue) { return false }
                    return true
                }
            }
            if output.json { return try printJSON(requests.map(RequestOutput.init)) }
            var table = Table("ID", "GROUP", "TITLE", "AUDIENCE", "DURATION", "HOW-OFTEN", "WHEN", "STATUS")
            for request in requests {
                table.add(request.id.map(String.init) ?? "", request.group.value, request.title, String(request.audience),
                          DurationText.format(minutes: request.durationMinutes), request.howOften,
                          request.windows.map(\.line).joined(separator: "; "), request.status.rawValue)
            }
            table.print(emptyMessage: "No requests.")
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a request.", discussion: "Example:\n  prostor request show 12 --json")

        @Argument(help: "The request's id, as `request list` shows it.") var id: Int64
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let request = try store.open().read { reader in try reader.existingRequest(id: id) }
            if output.json { return try printJSON(RequestOutput(request)) }
            func list(_ items: [String]) -> String { items.isEmpty ? "none" : items.joined(separator: ", ") }
            say("request \(id): \(request.title)")
            say("group:       \(request.group)")
            say("term:        \(request.term)")
            say("status:      \(request.status.rawValue)")
            say("audience:    \(request.audience)")
            say("duration:    \(DurationText.format(minutes: request.durationMinutes))")
            say("how often:   \(request.howOften)")
            say("when:        \(request.windows.map(\.line).joined(separator: "; "))")
            say("preferred:   \(request.preferredWindows.isEmpty ? "none" : request.preferredWindows.map(\.line).joined(separator: "; "))")
            say("venues:      \(request.venues.isEmpty ? "any" : request.venues.map(\.value).joined(separator: ", "))")
            say("rooms:       \(list(request.preferredRooms.map(\.description)))")
            say("features:    \(list(request.features))")
            say("public:      \(request.isPublic ? "yes" : "no")")
            if !request.description.isEmpty { say("description: \(request.description)") }
            RequestDecisionsText(request: request).print()
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove a request (to keep its history, withdraw it with `request edit ID --status withdrawn`).",
            discussion: """
                Its tentative bookings (the scheduler's proposals) go with it, recorded in the history; its \
                approved bookings stay, no longer tied to a request.

                Example:
                  prostor request remove 12
                """
        )

        @Argument(help: "The request's id.") var id: Int64
        @OptionGroup var user: OperatorOptions
        @OptionGroup var store: StoreOptions

        func run() throws {
            let context = try user.context()
            let released = try store.open().write { writer in
                _ = try writer.existingRequest(id: id)
                let released = try RequestWithdrawal.releaseProposals(ofRequest: id, reason: "request \(id) removed", in: writer,
                                                                      context: context)
                try writer.removeRequest(id: id)
                return released
            }
            say("Removed request \(id)." + releasedText(released))
        }
    }
}

extension Request.Status: ExpressibleByArgument {}

extension Request {
    /// Whether the request may be placed in this venue: it names the venue or one of its rooms, or accepts any.
    func mayUse(_ venue: Slug) -> Bool {
        venues.isEmpty || venues.contains(venue) || preferredRooms.contains { $0.venue == venue }
    }

    /// `weekly`, `2 a week`, `2 a week, fortnightly`, `last-of-month` or `3 dates`, for tables.
    var howOften: String {
        let weeks: String
        if case .dates(let dates) = pattern {
            weeks = dates.count == 1 ? "1 date" : "\(dates.count) dates"
        } else {
            weeks = pattern.description
        }
        return sessionsPerWeek == 1 ? weeks : "\(sessionsPerWeek) a week, \(weeks)"
    }
}
