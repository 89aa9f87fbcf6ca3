import CivilTime

/// A group's proposed recurring activity for a term, which the scheduler tries to place.
public struct Request: Hashable, Sendable, Codable {
    public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        /// Waiting to be placed by the scheduler or booked by hand.
        case pending
        /// Placed: a booking exists for it.
        case scheduled
        /// The group no longer wants it.
        case withdrawn
        /// An administrator refused it (`decisions.rejection` says why); the scheduler no longer places it.
        case rejected

        /// Whether the scheduler still places it: a withdrawn or rejected request is over.
        public var isOpen: Bool { self == .pending || self == .scheduled }
    }

    public var id: Int64?
    public var group: Slug
    public var term: Slug
    public var title: String
    public var description: String
    /// How many people come.
    public var audience: Int
    public var features: [String]
    public var durationMinutes: Int
    /// Sessions in each week the activity runs (1 for a weekly rehearsal, 2 for Tuesdays and Thursdays).
    public var sessionsPerWeek: Int
    public var pattern: WeekPattern
    /// When a session may take place; a session must lie entirely within one window.
    public var windows: [TimeWindow]
    /// The subset of the windows the group would like best.
    public var preferredWindows: [TimeWindow]
    /// The venues the group can reach; empty means any venue.
    public var venues: [Slug]
    public var preferredRooms: [RoomRef]
    public var isPublic: Bool
    public var status: Status
    /// What administrators decided about it and what the last plan made of it; not the group's wishes,
    /// so `request edit` keeps it.
    public var decisions = RequestDecisions()

    public init(id: Int64? = nil, group: Slug, term: Slug, title: String, description: String = "",
                audience: Int, features: [String] = [], durationMinutes: Int, sessionsPerWeek: Int = 1,
                pattern: WeekPattern = .weekly, windows: [TimeWindow], preferredWindows: [TimeWindow] = [],
                venues: [Slug] = [], preferredRooms: [RoomRef] = [], isPublic: Bool = true,
                status: Status = .pending) throws(InvalidValue) {
        let record = "request \"\(title)\""
        self.id = id
        self.group = group
        self.term = term
        self.title = try requireText(title, record: record, field: "title")
        self.description = description.trimmingWhitespace()
        try requireLength(self.description, 2_000, record: record, field: "description")
        self.audience = try requireAtMost(requirePositive(audience, record: record, field: "audience"), maximumPeople,
                                          record: record, field: "audience")
        self.features = try normalisedFeatures(features, record: record)
        self.durationMinutes = try requirePositive(durationMinutes, record: record, field: "duration")
        guard (1...7).contains(sessionsPerWeek) else {
            throw InvalidValue(record: record, field: "sessions", value: String(sessionsPerWeek), rule: "must be between 1 and 7")
        }
        self.sessionsPerWeek = sessionsPerWeek
        if case .dates(let dates) = pattern {
            for day in dates { try requireSupportedDate(day, record: record, field: "dates") }
        }
        self.pattern = pattern
        guard !windows.isEmpty else {
            throw InvalidValue(record: record, field: "when", value: "", rule: "must give at least one day and time range")
        }
        for window in windows where window.hours.durationMinutes < durationMinutes {
            throw InvalidValue(record: record, field: "when", value: window.description,
                               rule: "must be at least as long as the duration of \(durationMinutes) minutes")
        }
        let acceptableDays = Set(windows.flatMap(\.days))
        guard acceptableDays.count >= sessionsPerWeek || pattern.isDates else {
            throw InvalidValue(record: record, field: "when", value: windows.map(\.description).joined(separator: "; "),
                               rule: "must offer at least \(sessionsPerWeek) different days for \(sessionsPerWeek) sessions a week")
        }
        for window in preferredWindows where !window.days.allSatisfy(acceptableDays.contains) {
            throw InvalidValue(record: record, field: "preferred", value: window.description,
                               rule: "must fall on days the request accepts")
        }
        self.windows = windows
        self.preferredWindows = preferredWindows
        self.venues = Array(Set(venues)).sorted()
        self.preferredRooms = Array(Set(preferredRooms)).sorted()
        self.isPublic = isPublic
        self.status = status
    }

    /// The natural key used to recognise the same request when a file is imported again.
    public var identity: String { "\(group)|\(term)|\(title)" }
}

/// Which weeks of the term an activity runs in.
public enum WeekPattern: Hashable, Sendable, Codable, CustomStringConvertible {
    case weekly
    /// Every other week, starting in the term's first week.
    case fortnightly
    /// Once a month, in the week holding the n-th occurrence of the session's weekday
    /// (1…4, or -1 for the last): "the first Monday of the month".
    case monthly(ordinal: Int)
    /// On these dates only.
    case dates([LocalDate])

    public var isDates: Bool {
        if case .dates = self { true } else { false }
    }

    public var description: String {
        switch self {
        case .weekly: "weekly"
        case .fortnightly: "fortnightly"
        case .monthly(let ordinal): "\(Self.ordinalWords[ordinal] ?? String(ordinal))-of-month"
        case .dates(let dates): "dates " + dates.map(\.description).joined(separator: ",")
        }
    }

    static let ordinalWords: [Int: String] = [1: "first", 2: "second", 3: "third", 4: "fourth", -1: "last"]

    /// Parses the words used in setup files and spreadsheets: `weekly`, `fortnightly`,
    /// `first-of-month` … `fourth-of-month`, `last-of-month`. Dates are given separately.
    public init(parsing text: String, record: String = "", field: String = "repeats") throws(InvalidValue) {
        let word = Slug(folding: text).value
        switch word {
        case "weekly", "every-week": self = .weekly
        case "fortnightly", "every-other-week", "alternate-weeks", "biweekly": self = .fortnightly
        default:
            if word.hasSuffix("-of-month"),
               let ordinal = Self.ordinalWords.first(where: { "\($0.value)-of-month" == word })?.key {
                self = .monthly(ordinal: ordinal)
            } else {
                throw InvalidValue(record: record, field: field, value: text,
                                   rule: "must be weekly, fortnightly, first-of-month … fourth-of-month, last-of-month or dates")
            }
        }
    }
}

/// Days of the week and a time range on each of them.
public struct TimeWindow: Hashable, Sendable, Codable, CustomStringConvertible {
    public var days: [Weekday]
    public var hours: TimeRange

    public init(days: [Weekday], hours: TimeRange) {
        self.days = Array(Set(days)).sorted()
        self.hours = hours
    }

    /// `TU,TH 17:00-21:00`
    public var description: String { days.map(\.code).joined(separator: ",") + " " + hours.description }

    public func allows(_ span: TimeRange, on day: Weekday) -> Bool {
        days.contains(day) && hours.contains(span)
    }
}
