import ArgumentParser
import Bookings
import CivilTime
import Foundation

/// `--as NAME`: who makes a change, for the history.
struct OperatorOptions: ParsableArguments {
    @Option(name: .customLong("as"), help: ArgumentHelp("Your name for the history; else PROSTOR_USER, else the system user.", valueName: "name"))
    var operatorName: String?

    var actor: String {
        let environment = ProcessInfo.processInfo.environment
        if let name = operatorName?.trimmingCharacters(in: .whitespaces), !name.isEmpty { return name }
        if let name = environment["PROSTOR_USER"], !name.isEmpty { return name }
        return ProcessInfo.processInfo.userName
    }

    /// The actor, the time now and the host of calendar UIDs (PROSTOR_HOST, as the feeds use it).
    func context() throws -> ChangeContext {
        ChangeContext(actor: actor, now: try CommandClock.now(), calendarHost: HostOption.resolve(nil))
    }
}

/// The time now: PROSTOR_NOW (an ISO 8601 UTC instant such as 2027-01-10T09:00:00Z) fixes it, so that
/// tests and rehearsals of notice and book-ahead limits, and of default windows, are repeatable.
enum CommandClock {
    static func now() throws -> Date {
        guard let text = ProcessInfo.processInfo.environment["PROSTOR_NOW"], !text.isEmpty else { return Date() }
        guard let now = try? Date(text, strategy: .iso8601) else {
            throw CommandFailure("PROSTOR_NOW must be an instant like 2027-01-10T09:00:00Z, got \"\(text)\"")
        }
        return now
    }

    /// Today in the municipality's zone (that of the first venue, else Europe/Ljubljana).
    static func today(_ reader: any StoreReader) throws -> LocalDate {
        let zone = try reader.venues().first.map { try References(reader).zone(of: $0.slug) }
            ?? ZoneRules(identifier: Venue.defaultTimeZone)
        return ChangeContext(actor: "", now: try now()).localNow(in: zone).date
    }

    /// The days a report or check looks at: --from and --to, else the current term (the one holding today,
    /// else the next one), else today and the year after it.
    static func window(from: String?, to: String?, _ reader: any StoreReader) throws -> (from: LocalDate, through: LocalDate) {
        let today = try today(reader)
        let terms = try reader.terms()
        let term = terms.first { $0.contains(today) } ?? terms.first { $0.firstDay > today }
        let first = try from.map { try Parse.date($0, option: "--from") } ?? term?.firstDay ?? today
        let termEnd = term.flatMap { $0.lastDay >= first ? $0.lastDay : nil }
        let last = try to.map { try Parse.date($0, option: "--to") } ?? termEnd ?? first.adding(days: 365)
        guard last >= first else {
            throw InvalidValue(record: "", field: "--to", value: last.description, rule: "must not be before --from \(first)")
        }
        return (first, last)
    }
}

/// `--override-policy --reason TEXT`: lets a booking through although it breaks its venue's policy.
struct PolicyOverrideOptions: ParsableArguments {
    @Flag(name: .customLong("override-policy"), help: "Allow a booking that breaks the venue's policy (needs --reason; recorded in the history).")
    var overridePolicy = false

    @Option(help: "Why: for the history and the group.")
    var reason: String?

    func validate() throws {
        if overridePolicy && (reason ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--override-policy needs --reason TEXT, which the history records")
        }
    }

    /// The override's reason, or nil when policies are enforced.
    var overrideReason: String? { overridePolicy ? reason : nil }
}

/// Parsing of the values commands take, with messages that name the option and the value.
enum Parse {
    static func date(_ text: String, option: String) throws -> LocalDate {
        let date: LocalDate
        do {
            date = try LocalDate(iso: text)
        } catch {
            throw InvalidValue(record: "", field: option, value: text, rule: "must be a date like 2027-01-12")
        }
        // A window from year 0000 to 9999 made agenda and conflicts expand open-ended rules for millennia.
        try requireSupportedDate(date, record: "", field: option)
        return date
    }

    static func dateTime(_ text: String, option: String) throws -> LocalDateTime {
        let value: LocalDateTime
        do {
            value = try LocalDateTime(iso: text)
        } catch {
            throw InvalidValue(record: "", field: option, value: text, rule: "must be a date and time like 2027-01-12T18:00")
        }
        try requireSupportedDate(value.date, record: "", field: option)
        return value
    }

    static func room(_ text: String, option: String) throws -> RoomRef {
        try RoomRef(parsing: text, record: "", field: option)
    }

    /// The dates as a short list: the first few and how many more.
    static func dates(_ dates: [LocalDate], limit: Int = 4) -> String {
        let shown = dates.prefix(limit).map(\.description).joined(separator: ", ")
        return dates.count > limit ? "\(shown) and \(dates.count - limit) more" : shown
    }
}
