import CivilTime
import Recurrence

/// The one expansion of what takes place: a booking's rule less its cancelled dates and the dates its
/// room is closed, its moved dates at their new time and room.
///
/// Feeds (`FeedSeries`), `prostor agenda`, the web pages, `ConflictFinder` and `UsageReport` all expand
/// bookings through this type, so they cannot disagree on a date.
///
/// ```swift
/// let dates = try BookingDates(booking, closures: closures, zone: zone)
/// for date in dates.dates(from: monday, through: sunday) where !date.takesPlace { … }
/// ```
public struct BookingDates: Sendable {
    public let booking: Booking
    /// The booking's recurrence set, built once: a feed of thousands of series would otherwise parse
    /// every rule several times.
    public let recurrence: RecurrenceSet
    /// The closures that cover the booking's own room; a date moved by hand is never closed (it stays
    /// where it was put, and `ConflictFinder` reports it when a closure covers it there).
    public let closures: [Closure]

    public init(_ booking: Booking, closures: [Closure], recurrence: RecurrenceSet) {
        self.booking = booking
        self.recurrence = recurrence
        self.closures = closures.filter { $0.scope.covers(booking.room) }
    }

    public init(_ booking: Booking, closures: [Closure], zone: ZoneRules?) throws(InvalidValue) {
        self.init(booking, closures: closures, recurrence: try booking.recurrenceSet(zone: zone))
    }

    /// Every date of the booking on the days `from` through `through` (inclusive), in order of start:
    /// the rule's dates that start then, each taking place, cancelled or closed, and the occurrences
    /// moved to those days. A date moved out of the span is not in it.
    public func dates(from: LocalDate, through: LocalDate) -> [BookingDate] {
        let byDate = booking.exceptionsByDate
        let windowStart = LocalDateTime(date: from, time: .midnight)
        // Never past what `Booking.checkExtent` lets a booking have, whatever the store holds: a booking
        // saved before those bounds (UNTIL=99991231, FREQ=MINUTELY) would take minutes in every feed.
        let windowEnd = min(LocalDateTime(date: through.adding(days: 1), time: .midnight), booking.horizon)
        var result: [BookingDate] = []
        for start in recurrence.occurrences(from: windowStart, to: windowEnd).prefix(RecurrenceRule.maximumCount) {
            let occurrence = occurrence(originalDate: start.date, start: start, room: booking.room, isMoved: false)
            switch byDate[start.date] {
            case .some(let exception) where exception.change == .cancelled:
                result.append(BookingDate(occurrence: occurrence, status: .cancelled(reason: exception.reason, closure: closure(blocking: occurrence))))
            case .some:
                continue  // moved: it is added below where it went
            case nil:
                let closure = closure(blocking: occurrence)
                result.append(BookingDate(occurrence: occurrence, status: closure.map { .closed($0) } ?? .takesPlace))
            }
        }
        for exception in booking.exceptions {
            guard case .moved(let target, let movedRoom) = exception.change, target >= windowStart, target < windowEnd else { continue }
            let moved = occurrence(originalDate: exception.originalDate, start: target, room: movedRoom ?? booking.room, isMoved: true)
            result.append(BookingDate(occurrence: moved, status: .takesPlace))
        }
        return result.sorted { ($0.occurrence.start, $0.occurrence.originalDate) < ($1.occurrence.start, $1.occurrence.originalDate) }
    }

    /// The occurrences that take place on the days `from` through `through`, in order of start.
    public func occurrences(from: LocalDate, through: LocalDate) -> [Occurrence] {
        dates(from: from, through: through).compactMap { $0.takesPlace ? $0.occurrence : nil }
    }

    /// The first closure that blocks a date where the rule puts it.
    private func closure(blocking occurrence: Occurrence) -> Closure? {
        let date = occurrence.originalDate
        // Dates first: the span is worth computing only on the few days a closure touches.
        guard closures.contains(where: { $0.firstDay <= date && date <= $0.lastDay }), let span = occurrence.span else { return nil }
        return closures.first { $0.blocks(booking.room, on: date, during: span) }
    }

    private func occurrence(originalDate: LocalDate, start: LocalDateTime, room: RoomRef, isMoved: Bool) -> Occurrence {
        Occurrence(bookingID: booking.id, originalDate: originalDate, start: start, end: start.adding(minutes: booking.durationMinutes),
                   room: room, isMoved: isMoved)
    }
}
