import ArgumentParser
import Bookings
import CivilTime

struct ClosureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "closure",
        abstract: "Add, list, show, edit and remove closures: days (or hours) when rooms cannot be used.",
        subcommands: [Add.self, List.self, Show.self, Edit.self, Remove.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Close all venues, one venue or one room for some days, all day or some hours.",
            discussion: """
                Without --venue or --room the closure applies to every venue (a public holiday). \
                Prints the new closure's id.

                Examples:
                  prostor closure add --reason "Dan reformacije" --from 2027-10-31
                  prostor closure add --reason "Obnova parketa" --from 2027-04-12 \\
                    --to 2027-04-18 --room zlato-polje/velika-dvorana
                  prostor closure add --reason "Servis ogrevanja" --from 2027-01-30 \\
                    --hours 08:00-12:00 --venue strazisce
                """
        )

        @Option(help: "Why the rooms are closed; shown to groups.") var reason: String
        @Option(help: ArgumentHelp("The first closed day.", valueName: "date")) var from: String
        @Option(help: ArgumentHelp("The last closed day (inclusive); the first day when omitted.", valueName: "date")) var to: String?
        @Option(help: ArgumentHelp("The hours closed on each day, like 16:00-18:00; all day when omitted.", valueName: "range")) var hours: String?
        @Option(help: "Close only this venue.") var venue: String?
        @Option(help: "Close only this room, as venue/room.") var room: String?
        @OptionGroup var store: StoreOptions
        @OptionGroup var user: OperatorOptions

        func validate() throws {
            if venue != nil && room != nil { throw ValidationError("Give --venue or --room, not both.") }
        }

        func run() throws {
            let record = "closure \"\(reason)\""
            let scope: Closure.Scope
            if let venue {
                scope = .venue(try parseSlug(venue, record: record, field: "venue"))
            } else if let room {
                scope = .room(try RoomRef(parsing: room, record: record))
            } else {
                scope = .everywhere
            }
            let closure = try Closure(scope: scope, firstDay: parseDate(from, record: record, field: "from"),
                                      lastDay: to.map { text throws(InvalidValue) in try parseDate(text, record: record, field: "to") },
                                      hours: hours.map { text throws(InvalidValue) in try TimeRange(parsing: text, record: record) },
                                      reason: reason)
            let context = try user.context()
            let (saved, hits) = try store.open().write { writer in
                try ClosureEffects.save(closure, replacing: nil, in: writer, context: context)
            }
            say("Added closure \(saved.id.map(String.init) ?? "").")
            guard !hits.isEmpty else { return say("  It takes no dates of approved or tentative bookings.") }
            say("  It takes these dates (they no longer take place; `prostor move ID --date D --to …` gives one another time):")
            for hit in hits {
                say("  \(hit.booking.state.rawValue) booking \(hit.booking.id ?? 0) \"\(hit.booking.title)\" (\(hit.booking.group)) "
                    + "in \(hit.booking.room): \(Parse.dates(hit.dates))")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List closures, optionally of one venue or a span of days.",
            discussion: """
                A venue's list includes the closures of all venues and those of its rooms; --from and --to \
                keep the closures that touch those days.

                Examples:
                  prostor closure list
                  prostor closure list --venue golnik --from 2027-01-01 --to 2027-06-30 --json
                """
        )

        @Option(help: "Only closures that apply to this venue.") var venue: String?
        @Option(help: ArgumentHelp("Only closures that end on or after this day.", valueName: "date")) var from: String?
        @Option(help: ArgumentHelp("Only closures that start on or before this day.", valueName: "date")) var to: String?
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let first = try from.map { text throws(InvalidValue) in try parseDate(text, record: "", field: "from") }
            let last = try to.map { text throws(InvalidValue) in try parseDate(text, record: "", field: "to") }
            let closures = try store.open().read { reader in
                let venue = try venue.map { try References(reader).venue(Slug(folding: $0)).slug }
                return try reader.closures().filter { closure in
                    if let venue, !closure.scope.touches(venue) { return false }
                    if let first, closure.lastDay < first { return false }
                    if let last, closure.firstDay > last { return false }
                    return true
                }.sorted { ($0.firstDay, $0.id ?? 0) < ($1.firstDay, $1.id ?? 0) }
            }
            if output.json { return try printJSON(closures.map(ClosureOutput.init)) }
            var table = Table("ID", "SCOPE", "FROM", "TO", "HOURS", "REASON")
            for closure in closures {
                table.add(closure.id.map(String.init) ?? "", closure.scope.shortText, closure.firstDay.description,
                          closure.lastDay.description, closure.hours?.description ?? "all day", closure.reason)
            }
            table.print(emptyMessage: "No closures.")
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a closure.", discussion: "Example:\n  prostor closure show 3")

        @Argument(help: "The closure's id, as `closure list` shows it.") var id: Int64
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let closure = try store.open().read { reader in try reader.existingClosure(id: id) }
            if output.json { return try printJSON(ClosureOutput(closure)) }
            say("closure \(id): \(closure.reason)")
            say("scope: \(closure.scope)")
            say("from:  \(closure.firstDay)")
            say("to:    \(closure.lastDay)")
            say("hours: \(closure.hours?.description ?? "all day")")
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change a closure's reason, days or hours.",
            discussion: """
                Examples:
                  prostor closure edit 3 --to 2027-04-20
                  prostor closure edit 3 --all-day
                """
        )

        @Argument(help: "The closure's id.") var id: Int64
        @Option(help: "A new reason.") var reason: String?
        @Option(help: ArgumentHelp("A new first day.", valueName: "date")) var from: String?
        @Option(help: ArgumentHelp("A new last day.", valueName: "date")) var to: String?
        @Option(help: ArgumentHelp("New hours, like 16:00-18:00.", valueName: "range")) var hours: String?
        @Flag(name: .customLong("all-day"), help: "Close all day instead of some hours.") var allDay = false
        @OptionGroup var store: StoreOptions
        @OptionGroup var user: OperatorOptions

        func validate() throws {
            if hours != nil && allDay { throw ValidationError("Give --hours or --all-day, not both.") }
        }

        func run() throws {
            let context = try user.context()
            try store.open().write { writer in
                let old = try writer.existingClosure(id: id)
                let record = "closure \"\(reason ?? old.reason)\""
                let first = try from.map { text throws(InvalidValue) in try parseDate(text, record: record, field: "from") }
                let last = try to.map { text throws(InvalidValue) in try parseDate(text, record: record, field: "to") }
                let newHours = try hours.map { text throws(InvalidValue) in try TimeRange(parsing: text, record: record) }
                let new = try Closure(id: old.id, scope: old.scope, firstDay: first ?? old.firstDay, lastDay: last ?? old.lastDay,
                                      hours: allDay ? nil : newHours ?? old.hours, reason: reason ?? old.reason)
                _ = try ClosureEffects.save(new, replacing: old, in: writer, context: context)
            }
            say("Updated closure \(id).")
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a closure.", discussion: "Example:\n  prostor closure remove 3")

        @Argument(help: "The closure's id.") var id: Int64
        @OptionGroup var store: StoreOptions

        func run() throws {
            try store.open().write { writer in
                _ = try writer.existingClosure(id: id)
                try writer.removeClosure(id: id)
            }
            say("Removed closure \(id).")
        }
    }
}

extension Closure.Scope {
    /// Whether the closure applies to (some rooms of) this venue.
    func touches(_ venue: Slug) -> Bool {
        switch self {
        case .everywhere: true
        case .venue(let slug): slug == venue
        case .room(let ref): ref.venue == venue
        }
    }

    /// `all venues`, `golnik` or `golnik/kuhinja`, for tables.
    var shortText: String {
        switch self {
        case .everywhere: "all venues"
        case .venue(let slug): slug.value
        case .room(let ref): ref.description
        }
    }
}

/// A closure as `closure list --json` and `closure show --json` print it.
struct ClosureOutput: Encodable {
    let id: Int64?
    /// `all`, `venue` or `room`.
    let scope: String
    let venue: String?
    let room: String?
    let from: LocalDate
    let to: LocalDate
    /// The closed hours; absent when closed all day.
    let hours: String?
    let reason: String

    init(_ closure: Closure) {
        id = closure.id
        switch closure.scope {
        case .everywhere: (scope, venue, room) = ("all", nil, nil)
        case .venue(let slug): (scope, venue, room) = ("venue", slug.value, nil)
        case .room(let ref): (scope, venue, room) = ("room", ref.venue.value, ref.description)
        }
        from = closure.firstDay
        to = closure.lastDay
        hours = closure.hours?.description
        reason = closure.reason
    }
}
