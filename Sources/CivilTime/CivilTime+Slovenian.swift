extension LocalDate: Strideable {
    /// The number of days to `other`; lets `for day in first...last` walk dates.
    public func distance(to other: LocalDate) -> Int { other.dayNumber - dayNumber }

    /// The date `days` days later.
    public func advanced(by days: Int) -> LocalDate { LocalDate(dayNumber: dayNumber + days) }
}

extension LocalDate {
    /// The date as people in Slovenia write it: "12. 1. 2027".
    public var slovenianText: String { "\(day). \(month). \(year)" }
}

extension LocalTime {
    /// The time as people in Slovenia write it: "18.00", or "18.00.30" with seconds.
    public var slovenianText: String {
        let base = "\(hour).\(pad(minute, 2))"
        return second == 0 ? base : base + ".\(pad(second, 2))"
    }
}

extension LocalDateTime {
    /// The date-time as shown on pages: "torek, 12. 1. 2027, 18.00".
    public var slovenianText: String {
        "\(date.weekday.slovenianName), \(date.slovenianText), \(time.slovenianText)"
    }
}
