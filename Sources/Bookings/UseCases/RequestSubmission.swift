import CivilTime
import Foundation

/// A group's request as a person typed it — on the command line (`prostor request add`) or in the web
/// form — turned into a validated `Request` and saved, the same way for both.
///
/// Every field is text as entered, so that one place decides how it is read and which field an error
/// names; `InvalidValue.field` is the name of the field below (`when`, `duration`, `dates`…).
public struct RequestSubmission: Sendable {
    public var group: String
    public var term: String
    public var title: String
    public var description: String = ""
    public var audience: Int
    public var features: [String] = []
    /// `90m`, `2h`, `1h30`.
    public var duration: String
    public var sessionsPerWeek: Int = 1
    /// weekly, fortnightly, first-of-month … last-of-month, or dates; weekly when nil.
    public var repeats: String?
    /// Comma-separated dates for a request on single dates: `2027-03-08,2027-04-12`.
    public var dates: String?
    /// Windows such as `tue,thu 17:00-21:00`.
    public var when: [String]
    public var prefer: [String] = []
    public var venues: [String] = []
    /// Rooms as `venue/room`.
    public var preferredRooms: [String] = []
    public var isPublic: Bool = true

    public init(group: String, term: String, title: String, audience: Int, duration: String, when: [String]) {
        self.group = group
        self.term = term
        self.title = title
        self.audience = audience
        self.duration = duration
        self.when = when
    }

    /// The validated request, not yet checked against the store.
    public func request() throws(InvalidValue) -> Request {
        let record = "request \"\(title)\""
        return try Request(
            group: Slug(validating: group, record: record, field: "group"),
            term: Slug(validating: term, record: record, field: "term"),
            title: title, description: description, audience: audience, features: features,
            durationMinutes: DurationText.minutes(duration, record: record),
            sessionsPerWeek: sessionsPerWeek,
            pattern: WeekPattern.resolve(repeats: repeats, dates: dates, old: nil, record: record),
            windows: Self.windows(when, record: record, field: "when"),
            preferredWindows: Self.windows(prefer, record: record, field: "prefer"),
            venues: venues.map { text throws(InvalidValue) in try Slug(validating: text, record: record, field: "venue") },
            preferredRooms: preferredRooms.map { text throws(InvalidValue) in
                try RoomRef(parsing: text, record: record, field: "prefer-room")
            },
            isPublic: isPublic)
    }

    /// Validates, checks that the group, term, venues and rooms exist, and saves the request as pending;
    /// `newGroup` (a group asking for the first time, on the public form) is saved first, and refused with
    /// `GroupAlreadyKnown` when its name or e-mail is a known group's. Writes the messages that tell the
    /// group and the venue's administrators, in the same transaction.
    /// Call inside one `BookingStorage.write`, so that nothing is kept when any step fails.
    public func submit(to writer: any StoreWriter, creating newGroup: Group? = nil, context: ChangeContext) throws -> Request {
        let request = try request()
        if let newGroup {
            // Asking as a new group must not reach an existing one: that would let anyone file under its name.
            if let known = try GroupIdentity.match(name: newGroup.name, email: newGroup.email, in: writer) { throw known }
            if newGroup.slug == request.group { try writer.save(newGroup) }
        }
        let references = References(writer)
        try references.check(request)
        // Typed by a person (or posted by anyone through the form): a feature no room has is a typo.
        try references.checkFeatures(request.features)
        let saved = try writer.save(request)
        try Notifier(writer, context: context).received(saved)
        return saved
    }

    public static func windows(_ lines: [String], record: String, field: String) throws(InvalidValue) -> [TimeWindow] {
        try lines.map { line throws(InvalidValue) in try TimeWindow(parsing: line, record: record, field: field) }
    }
}

extension WeekPattern {
    /// The week pattern from a `repeats` word and a list of `dates`, or `old` (weekly for a new request)
    /// when neither is given.
    public static func resolve(repeats: String?, dates: String?, old: WeekPattern?, record: String) throws(InvalidValue) -> WeekPattern {
        if let dates {
            if let repeats, Slug(folding: repeats).value != "dates" {
                throw InvalidValue(record: record, field: "repeats", value: repeats, rule: "must be dates when --dates is given")
            }
            let parsed = try dates.split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
                .map { text throws(InvalidValue) in try parseDate(text, record: record) }
            guard !parsed.isEmpty else {
                throw InvalidValue(record: record, field: "dates", value: dates, rule: "must list at least one date")
            }
            return .dates(Array(Set(parsed)).sorted())
        }
        guard let repeats else { return old ?? .weekly }
        if Slug(folding: repeats).value == "dates" {
            throw InvalidValue(record: record, field: "dates", value: "", rule: "must list the dates when repeats is dates")
        }
        return try WeekPattern(parsing: repeats, record: record)
    }

    private static func parseDate(_ text: String, record: String) throws(InvalidValue) -> LocalDate {
        do {
            return try LocalDate(iso: text)
        } catch {
            throw InvalidValue(record: record, field: "dates", value: text, rule: "must be a date written YYYY-MM-DD, like \"2027-01-12\"")
        }
    }
}
