import ArgumentParser
import Bookings
import CivilTime

extension RequestCommand {
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change a request; options given replace the old values, repeatable ones all of them.",
            discussion: """
                Examples:
                  prostor request edit 12 --when "mon,wed 18:00-21:00" --prefer "wed 19:00-21:00"
                  prostor request edit 12 --audience 30 --public
                  prostor request edit 12 --status withdrawn

                Withdrawing a request (like `request withdraw`) removes its tentative bookings (the scheduler's \
                proposals) and cancels its approved ones from today on, each recorded in the history.
                """
        )

        @Argument(help: "The request's id.") var id: Int64
        @Option(help: "Another group's slug.") var group: String?
        @Option(help: "Another term's slug.") var term: String?
        @Option(help: "A new title.") var title: String?
        @Option(parsing: .unconditional, help: "A new audience size.") var audience: Int?
        @Option(help: "A new session length: 90m, 2h, 1h30.") var duration: String?
        @Option(help: ArgumentHelp("New windows, repeatable; replace all the old ones.", valueName: "window")) var when: [String] = []
        @Option(help: "A new status: pending, scheduled or withdrawn (reject with `request reject`).") var status: Request.Status?
        @OptionGroup var details: RequestDetails
        @OptionGroup var user: OperatorOptions
        @OptionGroup var store: StoreOptions

        func validate() throws {
            if status == .rejected {
                throw ValidationError("Reject a request with `prostor request reject \(id) --reason TEXT`, which the group is told.")
            }
        }

        func run() throws {
            let context = try user.context()
            let released = try store.open().write { writer in
                let old = try writer.existingRequest(id: id)
                // Withdrawing ends the request and frees its rooms: `request withdraw` does the same.
                let ending = status == .withdrawn && old.status.isOpen
                let record = "request \"\(title ?? old.title)\""
                var new = try Request(
                    id: old.id,
                    group: group.map { text throws(InvalidValue) in try parseSlug(text, record: record, field: "group") } ?? old.group,
                    term: term.map { text throws(InvalidValue) in try parseSlug(text, record: record, field: "term") } ?? old.term,
                    title: title ?? old.title, description: details.description ?? old.description,
                    audience: audience ?? old.audience, features: details.features.map(commaList) ?? old.features,
                    durationMinutes: duration.map { text throws(InvalidValue) in try DurationText.minutes(text, record: record) }
                        ?? old.durationMinutes,
                    sessionsPerWeek: details.sessions ?? old.sessionsPerWeek,
                    pattern: details.pattern(record: record, old: old.pattern),
                    windows: when.isEmpty ? old.windows : RequestDetails.windows(when, record: record, field: "when"),
                    preferredWindows: details.prefer.isEmpty ? old.preferredWindows
                        : RequestDetails.windows(details.prefer, record: record, field: "prefer"),
                    venues: details.venue.isEmpty ? old.venues
                        : details.venue.map { text throws(InvalidValue) in try parseSlug(text, record: record, field: "venue") },
                    preferredRooms: details.preferRoom.isEmpty ? old.preferredRooms
                        : details.preferRoom.map { text throws(InvalidValue) in try RoomRef(parsing: text, record: record, field: "prefer-room") },
                    isPublic: details.visibility.map { $0 == .public } ?? old.isPublic,
                    status: ending ? old.status : status ?? old.status)
                new.decisions = old.decisions
                try References(writer).check(new)
                // Only new features: a feature typed here is checked as `request add` checks it.
                if details.features != nil { try References(writer).checkFeatures(new.features) }
                try writer.save(new)
                guard ending else { return nil as RequestWithdrawal.Ending? }
                return try RequestWithdrawal.end(id, as: .withdrawn, reason: "", today: try CommandClock.today(writer),
                                                 in: writer, context: context)
            }
            say("Updated request \(id)." + (released.map { "\n" + RequestCommand.endingText($0) } ?? ""))
        }
    }
}

/// ` Removed its tentative bookings 31, 32.`, or nothing when there were none.
func releasedText(_ released: [Int64]) -> String {
    guard !released.isEmpty else { return "" }
    let ids = released.map(String.init).joined(separator: ", ")
    return released.count == 1 ? " Removed its tentative booking \(ids)." : " Removed its tentative bookings \(ids)."
}

/// Whether a request's activity shows on public calendars.
enum Visibility: String, EnumerableFlag {
    case `public`, `private`

    static func help(for value: Visibility) -> ArgumentHelp? {
        switch value {
        case .public: "Show the activity on public calendars (the default)."
        case .private: "Keep the activity off public calendars; only the group's private feed shows it."
        }
    }
}

/// The options `request add` and `request edit` share; in `edit`, those not given keep their old values.
struct RequestDetails: ParsableArguments {
    @Option(help: "Sessions in each week the activity runs (1-7; 1 when omitted).") var sessions: Int?
    @Option(help: "In which weeks: weekly, fortnightly, first-of-month to fourth-of-month, last-of-month.") var repeats: String?
    @Option(help: ArgumentHelp("Single dates instead of a repeating pattern, comma-separated: 2027-03-08,2027-04-12.", valueName: "dates"))
    var dates: String?
    @Option(help: ArgumentHelp("Preferred days and hours within the windows, repeatable: \"tue 18:00-20:00\".", valueName: "window"))
    var prefer: [String] = []
    @Option(help: "A venue the group can reach, repeatable; any venue when omitted.") var venue: [String] = []
    @Option(name: .customLong("prefer-room"), help: ArgumentHelp("A preferred room, as venue/room, repeatable.", valueName: "room"))
    var preferRoom: [String] = []
    @Option(help: "Room features the activity needs, comma-separated: piano,kitchen.") var features: String?
    @Flag var visibility: Visibility?
    @Option(help: "What the activity is, for calendars.") var description: String?

    /// The week pattern from --repeats and --dates, or `old` (weekly for a new request) when neither is given.
    func pattern(record: String, old: WeekPattern?) throws(InvalidValue) -> WeekPattern {
        try WeekPattern.resolve(repeats: repeats, dates: dates, old: old, record: record)
    }

    static func windows(_ lines: [String], record: String, field: String) throws(InvalidValue) -> [TimeWindow] {
        try RequestSubmission.windows(lines, record: record, field: field)
    }
}

/// A request as `request list --json` and `request show --json` print it.
struct RequestOutput: Encodable {
    let id: Int64?
    let group: Slug
    let term: Slug
    let title: String
    let description: String
    let audience: Int
    let features: [String]
    let durationMinutes: Int
    let sessionsPerWeek: Int
    /// weekly, fortnightly, first-of-month … last-of-month, or dates.
    let repeats: String
    let dates: [LocalDate]
    let when: [String]
    let preferred: [String]
    let venues: [Slug]
    let preferredRooms: [RoomRef]
    let isPublic: Bool
    let status: Request.Status
    /// Refused rooms and times, the reason it ended, and the last plan's outcome.
    let decisions: RequestDecisions

    init(_ request: Request) {
        id = request.id
        group = request.group
        term = request.term
        title = request.title
        description = request.description
        audience = request.audience
        features = request.features
        durationMinutes = request.durationMinutes
        sessionsPerWeek = request.sessionsPerWeek
        if case .dates(let list) = request.pattern {
            (repeats, dates) = ("dates", list)
        } else {
            (repeats, dates) = (request.pattern.description, [])
        }
        when = request.windows.map(\.line)
        preferred = request.preferredWindows.map(\.line)
        venues = request.venues
        preferredRooms = request.preferredRooms
        isPublic = request.isPublic
        status = request.status
        decisions = request.decisions
    }
}
