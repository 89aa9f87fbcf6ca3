extension RecurrenceRule {
    /// The same rule with another UNTIL, e.g. to publish a local UNTIL in UTC beside a DTSTART with TZID.
    public func replacingUntil(with until: Until?) throws(RecurrenceError) -> RecurrenceRule {
        try RecurrenceRule(
            frequency: frequency, interval: interval, count: count, until: until, bySecond: bySecond,
            byMinute: byMinute, byHour: byHour, byDay: byDay, byMonthDay: byMonthDay, byYearDay: byYearDay,
            byWeekNo: byWeekNo, byMonth: byMonth, bySetPos: bySetPos, weekStart: weekStart)
    }
}
