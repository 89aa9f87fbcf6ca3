import CivilTime

/// An RFC 5545 §3.3.10 recurrence rule (the value of RRULE), every part included.
///
/// `try RecurrenceRule(parsing: "FREQ=WEEKLY;BYDAY=TU,TH")`; `description` writes the canonical text back.
public struct RecurrenceRule: Hashable, Sendable, CustomStringConvertible {
    /// The FREQ part: the length of the period the rule repeats in.
    public enum Frequency: Int, Hashable, Sendable, CaseIterable, Comparable {
        case secondly, minutely, hourly, daily, weekly, monthly, yearly

        /// The RFC 5545 name, e.g. "WEEKLY".
        public var name: String {
            ["SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY"][rawValue]
        }

        /// Frequencies order from SECONDLY (shortest) to YEARLY.
        public static func < (lhs: Frequency, rhs: Frequency) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// One BYDAY entry: a weekday, optionally with an ordinal ("1FR" first Friday, "-1SU" last Sunday).
    public struct WeekdayNumber: Hashable, Sendable, CustomStringConvertible {
        /// The n-th occurrence within the month or year (negative counts from the end); 0 means every one.
        public let ordinal: Int
        /// The weekday.
        public let weekday: Weekday

        /// Creates an entry; `ordinal` 0 means every such weekday.
        public init(_ weekday: Weekday, ordinal: Int = 0) {
            self.weekday = weekday
            self.ordinal = ordinal
        }

        /// The RFC 5545 text, e.g. "-1SU" or "TU".
        public var description: String { ordinal == 0 ? weekday.code : "\(ordinal)\(weekday.code)" }
    }

    /// The UNTIL part: a date, a floating local date-time, or a UTC date-time (written with "Z").
    public enum Until: Hashable, Sendable, CustomStringConvertible {
        /// UNTIL=20271231: occurrences on or before that date.
        case date(LocalDate)
        /// UNTIL=20271231T180000: occurrences at or before that civil date-time.
        case local(LocalDateTime)
        /// UNTIL=20271231T170000Z: occurrences at or before that instant (civil fields read as UTC).
        case utc(LocalDateTime)

        /// The RFC 5545 text, e.g. "20271231T170000Z".
        public var description: String {
            switch self {
            case .date(let date): return ICalendarText.format(date)
            case .local(let value): return ICalendarText.format(value)
            case .utc(let value): return ICalendarText.format(value) + "Z"
            }
        }
    }

    /// FREQ.
    public let frequency: Frequency
    /// INTERVAL, at least 1 (1 when absent).
    public let interval: Int
    /// COUNT: how many occurrences in all, DTSTART's included when it matches the rule.
    public let count: Int?
    /// UNTIL: the last possible occurrence (inclusive).
    public let until: Until?
    /// BYSECOND, 0 to 60.
    public let bySecond: [Int]
    /// BYMINUTE, 0 to 59.
    public let byMinute: [Int]
    /// BYHOUR, 0 to 23.
    public let byHour: [Int]
    /// BYDAY, weekdays with optional ordinals.
    public let byDay: [WeekdayNumber]
    /// BYMONTHDAY, 1 to 31 or -31 to -1.
    public let byMonthDay: [Int]
    /// BYYEARDAY, 1 to 366 or -366 to -1.
    public let byYearDay: [Int]
    /// BYWEEKNO, 1 to 53 or -53 to -1 (weeks start on `weekStart`; week 1 has at least 4 days of the year).
    public let byWeekNo: [Int]
    /// BYMONTH, 1 to 12.
    public let byMonth: [Int]
    /// BYSETPOS, 1 to 366 or -366 to -1: which of each period's occurrences to keep.
    public let bySetPos: [Int]
    /// WKST, the first day of the week (Monday when absent).
    public let weekStart: Weekday

    /// Creates a rule from its parts, checking them as parsing does.
    public init(
        frequency: Frequency, interval: Int = 1, count: Int? = nil, until: Until? = nil,
        bySecond: [Int] = [], byMinute: [Int] = [], byHour: [Int] = [], byDay: [WeekdayNumber] = [],
        byMonthDay: [Int] = [], byYearDay: [Int] = [], byWeekNo: [Int] = [], byMonth: [Int] = [],
        bySetPos: [Int] = [], weekStart: Weekday = .monday
    ) throws(RecurrenceError) {
        self.frequency = frequency
        self.interval = interval
        self.count = count
        self.until = until
        self.bySecond = bySecond
        self.byMinute = byMinute
        self.byHour = byHour
        self.byDay = byDay
        self.byMonthDay = byMonthDay
        self.byYearDay = byYearDay
        self.byWeekNo = byWeekNo
        self.byMonth = byMonth
        self.bySetPos = bySetPos
        self.weekStart = weekStart
        try validate()
    }

    /// The values of a numeric BY part.
    func values(of part: RulePart) -> [Int] {
        switch part {
        case .bySecond: return bySecond
        case .byMinute: return byMinute
        case .byHour: return byHour
        case .byDay: return byDay.map(\.ordinal)
        case .byMonthDay: return byMonthDay
        case .byYearDay: return byYearDay
        case .byWeekNo: return byWeekNo
        case .byMonth: return byMonth
        case .bySetPos: return bySetPos
        }
    }

    /// Whether a BY part is present.
    func has(_ part: RulePart) -> Bool {
        part == .byDay ? !byDay.isEmpty : !values(of: part).isEmpty
    }
}
