import CivilTime
import Recurrence

extension Booking {
    /// How far from its start a booking's dates may run: ten years, longer than any hall plans ahead.
    public static let maximumSpanDays = 3_653

    /// The end of the span a booking's dates may take, `maximumSpanDays` after its start; no expansion
    /// (`BookingDates`) goes past it.
    public var horizon: LocalDateTime {
        LocalDateTime(date: start.date.adding(days: Self.maximumSpanDays), time: .midnight)
    }

    /// Checks that the booking's rule gives a bounded number of dates in a bounded time, so that feeds,
    /// the agenda and conflict checks, which expand it whole, end: FREQ=DAILY;COUNT=1000000000 or
    /// FREQ=MINUTELY used to import and then stop every export.
    func checkExtent(of set: RecurrenceSet, record: String) throws(InvalidValue) {
        var count = 0
        for _ in set.occurrences(from: start, to: horizon) {
            count += 1
            guard count <= RecurrenceRule.maximumCount else {
                throw InvalidValue(record: record, field: "rrule", value: recurrence ?? "",
                                   rule: "must give at most \(RecurrenceRule.maximumCount) dates in ten years")
            }
        }
        // An open-ended rule is published for a limited time (see `Feed`); a finite one is expanded whole.
        guard let rule = set.rule, rule.count != nil || rule.until != nil else { return }
        var later = set.occurrences(from: horizon).makeIterator()
        if later.next() != nil {
            throw InvalidValue(record: record, field: "rrule", value: recurrence ?? "",
                               rule: "must end within ten years of the start (\(start.date))")
        }
    }
}
