/// The BY parts of a rule, with the RFC 5545 §3.3.10 table of what each does per FREQ kept as data
/// (as libical's `icalrecur.c` keeps it), so that validation and expansion read one table.
enum RulePart: Int, CaseIterable, Sendable {
    case bySecond, byMinute, byHour, byDay, byMonthDay, byYearDay, byWeekNo, byMonth, bySetPos

    /// What a BY part does to the occurrences of one period.
    enum Role: Sendable {
        /// Generates several occurrences per period from one (BYHOUR in DAILY: one per hour listed).
        case expand
        /// Keeps only the period's occurrences that match (BYMONTH in DAILY).
        case limit
        /// RFC 5545 forbids the part with this FREQ.
        case notAllowed
    }

    /// The RFC 5545 name, e.g. "BYMONTHDAY".
    var name: String {
        ["BYSECOND", "BYMINUTE", "BYHOUR", "BYDAY", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYMONTH", "BYSETPOS"][rawValue]
    }

    /// The allowed magnitude of values: 0...max for time parts and BYMONTH, ±1...max for the others.
    var range: (allowsZero: Bool, allowsNegative: Bool, maximum: Int) {
        switch self {
        case .bySecond: return (true, false, 60)
        case .byMinute: return (true, false, 59)
        case .byHour: return (true, false, 23)
        case .byDay: return (true, true, 53)
        case .byMonthDay: return (false, true, 31)
        case .byYearDay: return (false, true, 366)
        case .byWeekNo: return (false, true, 53)
        case .byMonth: return (false, false, 12)
        case .bySetPos: return (false, true, 366)
        }
    }

    /// The table, one row per part, columns SECONDLY … YEARLY. BYDAY's MONTHLY and YEARLY entries are the
    /// RFC's notes 1 and 2: an expansion within the month, year or BYWEEKNO weeks, or a limit when
    /// BYMONTHDAY or BYYEARDAY is present (the engine reads BYDAY as a filter over those days either way).
    private static let table: [[Role]] = [
        /* BYSECOND   */ [.limit, .expand, .expand, .expand, .expand, .expand, .expand],
        /* BYMINUTE   */ [.limit, .limit, .expand, .expand, .expand, .expand, .expand],
        /* BYHOUR     */ [.limit, .limit, .limit, .expand, .expand, .expand, .expand],
        /* BYDAY      */ [.limit, .limit, .limit, .limit, .expand, .expand, .expand],
        /* BYMONTHDAY */ [.limit, .limit, .limit, .limit, .notAllowed, .expand, .expand],
        /* BYYEARDAY  */ [.limit, .limit, .limit, .notAllowed, .notAllowed, .notAllowed, .expand],
        /* BYWEEKNO   */ [.notAllowed, .notAllowed, .notAllowed, .notAllowed, .notAllowed, .notAllowed, .expand],
        /* BYMONTH    */ [.limit, .limit, .limit, .limit, .limit, .limit, .expand],
        /* BYSETPOS   */ [.limit, .limit, .limit, .limit, .limit, .limit, .limit],
    ]

    /// What this part does with the given FREQ.
    func role(for frequency: RecurrenceRule.Frequency) -> Role {
        Self.table[rawValue][frequency.rawValue]
    }
}
