import CivilTime

extension RecurrenceRule {
    /// Parses an RRULE value such as "FREQ=MONTHLY;BYDAY=-1FR;COUNT=10" (an "RRULE:" prefix is allowed).
    ///
    /// Part names are case-insensitive and may come in any order; an empty part (a trailing ";") is ignored.
    public init(parsing text: String) throws(RecurrenceError) {
        var body = Substring(text)
        if body.uppercased().hasPrefix("RRULE:") { body = body.dropFirst(6) }
        var seen: Set<String> = []
        var frequency: Frequency?
        var interval = 1
        var count: Int?
        var until: Until?
        var lists: [RulePart: [Int]] = [:]
        var byDay: [WeekdayNumber] = []
        var weekStart = Weekday.monday
        for piece in body.split(separator: ";", omittingEmptySubsequences: true) {
            guard let equals = piece.firstIndex(of: "=") else {
                throw RecurrenceError(message: "RRULE part \"\(piece)\": expected NAME=VALUE")
            }
            let name = piece[..<equals].uppercased()
            let value = String(piece[piece.index(after: equals)...])
            guard seen.insert(name).inserted else {
                throw RecurrenceError(message: "RRULE part \(name) appears more than once")
            }
            switch name {
            case "FREQ":
                guard let parsed = Frequency.allCases.first(where: { $0.name == value.uppercased() }) else {
                    throw RecurrenceError(
                        message: "RRULE part FREQ: \"\(value)\" is not a frequency "
                            + "(SECONDLY, MINUTELY, HOURLY, DAILY, WEEKLY, MONTHLY, YEARLY)")
                }
                frequency = parsed
            case "INTERVAL":
                interval = try Self.positive(value, part: name)
            case "COUNT":
                count = try Self.positive(value, part: name)
            case "UNTIL":
                guard let parsed = ICalendarText.parse(value) else {
                    throw RecurrenceError(
                        message: "RRULE part UNTIL: \"\(value)\" is not a date or date-time "
                            + "(20271231, 20271231T180000 or 20271231T170000Z)")
                }
                switch parsed {
                case .date(let date): until = .date(date)
                case .local(let local): until = .local(local)
                case .utc(let utc): until = .utc(utc)
                }
            case "WKST":
                guard let day = Weekday(code: value) else {
                    throw RecurrenceError(message: "RRULE part WKST: \(Self.notWeekday(value))")
                }
                weekStart = day
            case "BYDAY":
                byDay = try value.split(separator: ",", omittingEmptySubsequences: false).map {
                    (item) throws(RecurrenceError) -> WeekdayNumber in try Self.weekdayNumber(String(item))
                }
            default:
                guard let part = RulePart.allCases.first(where: { $0.name == name }) else {
                    throw RecurrenceError(message: Self.unknownPart(name))
                }
                lists[part] = try Self.integers(value, part: part)
            }
        }
        guard let frequency else {
            throw RecurrenceError(message: "RRULE \"\(text)\": the FREQ part is required, e.g. FREQ=WEEKLY")
        }
        try self.init(
            frequency: frequency, interval: interval, count: count, until: until,
            bySecond: lists[.bySecond] ?? [], byMinute: lists[.byMinute] ?? [], byHour: lists[.byHour] ?? [],
            byDay: byDay, byMonthDay: lists[.byMonthDay] ?? [], byYearDay: lists[.byYearDay] ?? [],
            byWeekNo: lists[.byWeekNo] ?? [], byMonth: lists[.byMonth] ?? [], bySetPos: lists[.bySetPos] ?? [],
            weekStart: weekStart)
    }

    private static func unknownPart(_ name: String) -> String {
        switch name {
        case "RSCALE", "SKIP":
            return "RRULE part \(name) is not supported: RFC 7529 calendar scales are out of scope"
        default:
            return "RRULE part \(name) is not an RFC 5545 rule part"
        }
    }

    private static func notWeekday(_ value: String) -> String {
        "\"\(value)\" is not a weekday (MO, TU, WE, TH, FR, SA, SU)"
    }

    private static func positive(_ value: String, part: String) throws(RecurrenceError) -> Int {
        let digits = value.hasPrefix("+") ? value.dropFirst() : Substring(value)
        // Too many digits for Int is still a whole number: say it is too large, not that it is no number.
        if !digits.isEmpty && digits.allSatisfy({ ("0"..."9").contains($0) }) && Int(digits) == nil {
            throw RecurrenceError(message: tooLarge(part, value, part == "COUNT" ? maximumCount : maximumInterval))
        }
        guard let number = Int(digits), number >= 1 else {
            throw RecurrenceError(message: "RRULE part \(part): \"\(value)\" is not a positive whole number")
        }
        return number
    }

    private static func integers(_ value: String, part: RulePart) throws(RecurrenceError) -> [Int] {
        try value.split(separator: ",", omittingEmptySubsequences: false).map { (item) throws(RecurrenceError) -> Int in
            let text = item.hasPrefix("+") ? item.dropFirst() : item
            guard let number = Int(text) else {
                throw RecurrenceError(message: "RRULE part \(part.name): \"\(item)\" is not a whole number")
            }
            return number
        }
    }

    private static func weekdayNumber(_ item: String) throws(RecurrenceError) -> WeekdayNumber {
        let trimmed = item.filter { $0 != " " }
        guard trimmed.count >= 2, let day = Weekday(code: String(trimmed.suffix(2))) else {
            throw RecurrenceError(message: "RRULE part BYDAY: \(notWeekday(item))")
        }
        let prefix = trimmed.dropLast(2)
        if prefix.isEmpty { return WeekdayNumber(day) }
        guard let ordinal = Int(prefix.hasPrefix("+") ? prefix.dropFirst() : prefix), ordinal != 0 else {
            throw RecurrenceError(message: "RRULE part BYDAY: \"\(item)\" has an invalid ordinal (1 to 53 or -53 to -1)")
        }
        return WeekdayNumber(day, ordinal: ordinal)
    }
}
