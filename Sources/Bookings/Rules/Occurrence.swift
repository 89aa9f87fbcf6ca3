import CivilTime
import Recurrence

/// One concrete date and time of a booking, derived from its rule and exceptions; never stored.
public struct Occurrence: Hashable, Sendable {
    public var bookingID: Int64?
    /// The date the rule gives this occurrence (its RECURRENCE-ID), also when it was moved.
    public var originalDate: LocalDate
    public var start: LocalDateTime
    public var end: LocalDateTime
    public var room: RoomRef
    public var isMoved: Bool

    /// The minutes of its day it takes, for comparing with opening hours and closures; an occurrence
    /// running past midnight is cut at 24:00.
    public var span: TimeRange? {
        let endMinute = end.date == start.date ? end.time.minuteOfDay : 1440
        return try? TimeRange(startMinute: start.time.minuteOfDay, endMinute: endMinute)
    }
}

extension Booking {
    /// The booking's recurrence set: DTSTART with its RRULE; exceptions are applied by `occurrences`.
    public func recurrenceSet(zone: ZoneRules? = nil) throws(InvalidValue) -> RecurrenceSet {
        let record = "booking \"\(title)\""
        do {
            let rule = try recurrence.map { (text) throws(RecurrenceError) in try RecurrenceRule(parsing: text) }
            return try RecurrenceSet(start: RecurrenceStart(start), rule: rule, zone: zone)
        } catch {
            throw InvalidValue(record: record, field: "rrule", value: recurrence ?? "", rule: "must be a valid RRULE (\(error.message))")
        }
    }

    /// Checks what the booking's fields cannot check alone: that the rule parses, that the start is its
    /// first occurrence (RFC 5545 leaves a start off the rule undefined, and clients disagree on it), and
    /// that every exception names a date the rule gives.
    public func validateRecurrence(zone: ZoneRules? = nil) throws(InvalidValue) {
        let record = "booking \"\(title)\""
        let set = try recurrenceSet(zone: zone)
        var iterator = set.occurrences.makeIterator()
        guard let first = iterator.next() else {
            throw InvalidValue(record: record, field: "rrule", value: recurrence ?? "", rule: "must give at least one occurrence")
        }
        guard first == start else {
            throw InvalidValue(record: record, field: "start", value: start.description,
                               rule: "must be an occurrence of the rule \(recurrence ?? "") (the first is \(first))")
        }
        try checkExtent(of: set, record: record)
        guard let last = exceptions.last?.originalDate else { return }
        let ruleDates = Set(set.occurrences(from: start, to: LocalDateTime(date: last.adding(days: 1), time: .midnight)).map(\.date))
        for exception in exceptions where !ruleDates.contains(exception.originalDate) {
            throw InvalidValue(record: record, field: "exceptions.date", value: exception.originalDate.description,
                               rule: "must be a date on which the booking takes place")
        }
    }

    /// The occurrences on the days `from` through `through` (inclusive), in order of start: cancelled
    /// ones left out, moved ones at their new time and room. Closures are not applied; what takes
    /// place is `BookingDates(booking, closures:zone:)`, of which this is the part without closures.
    public func occurrences(from: LocalDate, through: LocalDate, zone: ZoneRules? = nil) throws(InvalidValue) -> [Occurrence] {
        occurrences(from: from, through: through, in: try recurrenceSet(zone: zone))
    }

    /// The same, from the booking's `recurrenceSet(zone:)` built once by a caller that expands it often.
    public func occurrences(from: LocalDate, through: LocalDate, in set: RecurrenceSet) -> [Occurrence] {
        BookingDates(self, closures: [], recurrence: set).occurrences(from: from, through: through)
    }
}
