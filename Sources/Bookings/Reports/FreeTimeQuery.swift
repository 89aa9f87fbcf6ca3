import CivilTime

/// What a resident or administrator looks for in `prostor free` and on the "Prosti termini" page: rooms
/// big enough and equipped enough, for a session of some length, on some days and hours, week by week
/// for the rest of the term or on one date.
public struct FreeTimeQuery: Hashable, Sendable {
    public enum Span: Hashable, Sendable {
        /// The same weekly time on every date from the first day through the last (inclusive).
        case weekly(from: LocalDate, through: LocalDate)
        /// One date.
        case date(LocalDate)
    }

    public var venue: Slug?
    /// The people the room must hold.
    public var capacity: Int
    /// Feature words (slug form) the room must have.
    public var features: [String]
    /// The shortest free time worth showing: the length of the session.
    public var durationMinutes: Int
    public var days: [Weekday]
    /// Only free time inside these hours; nil for the whole day.
    public var between: TimeRange?
    public var span: Span

    public init(venue: Slug? = nil, capacity: Int = 1, features: [String] = [], durationMinutes: Int = 60,
                days: [Weekday] = Weekday.allCases, between: TimeRange? = nil, span: Span) throws(InvalidValue) {
        let record = "free times"
        self.venue = venue
        self.capacity = try requireAtMost(requirePositive(capacity, record: record, field: "capacity"), maximumPeople,
                                          record: record, field: "capacity")
        self.features = features.map { Slug(folding: $0).value }.filter { !$0.isEmpty }.sorted()
        guard (15...1440).contains(durationMinutes) else {
            throw InvalidValue(record: record, field: "duration", value: DurationText.format(minutes: durationMinutes),
                               rule: "must be from 15 minutes to 24 hours")
        }
        self.durationMinutes = durationMinutes
        guard !days.isEmpty else {
            throw InvalidValue(record: record, field: "days", value: "", rule: "must name at least one day, like \"tue,thu\"")
        }
        self.days = Array(Set(days)).sorted()
        self.between = between
        if case .weekly(let from, let through) = span, through < from {
            throw InvalidValue(record: record, field: "to", value: through.description, rule: "must not be before \(from)")
        }
        self.span = span
    }

    /// The rest of the term for a weekly search: from today (or the term's first day, if later) through
    /// the end of the term that holds today, else of the next one; nil when no term is left.
    public static func restOfTerm(_ terms: [Term], today: LocalDate) -> (term: Term, from: LocalDate, through: LocalDate)? {
        let sorted = terms.sorted { $0.firstDay < $1.firstDay }
        guard let term = sorted.first(where: { $0.firstDay <= today && today <= $0.lastDay }) ?? sorted.first(where: { $0.firstDay > today })
        else { return nil }
        return (term, max(today, term.firstDay), term.lastDay)
    }
}

extension FreeTimeQuery {
    /// `tue,thu`, `mon-fri`, `tor,čet`: the days as request windows and opening hours write them.
    public static func days(parsing text: String, field: String = "days") throws(InvalidValue) -> [Weekday] {
        try OpeningHours.days(text.filter { !$0.isWhitespace }, record: "free times", field: field)
    }
}
