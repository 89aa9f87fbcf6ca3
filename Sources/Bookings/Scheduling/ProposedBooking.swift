import CivilTime
import Timetabling

/// One session the scheduler placed, as the tentative booking it becomes.
public struct ProposedBooking: Sendable, Hashable {
    public var booking: Booking
    public var request: Request
    /// Dates of the series that fall in closures, cancelled in the booking with the closure's reason.
    public var closedDates: [LocalDate]
}

extension SchedulingProblem {
    /// The booking for a placed session of a request: the first date of its weeks in the term at the
    /// placed time and room, with a rule that repeats it to the end of the term (UNTIL in UTC, as RFC
    /// 5545 §3.3.10 requires with a zoned start), and the dates closures take away cancelled.
    func proposal(for placement: Placement) throws -> ProposedBooking? {
        guard case .request(let request, let date) = sources[placement.activity] else { return nil }
        let room = rooms[placement.room]
        let day = WeekGrid.weekday(ofSlot: placement.start)
        let time = LocalTime(secondOfDay: WeekGrid.minute(ofSlot: placement.start) * 60)
        let rule: String?
        let firstDate: LocalDate
        if let date {
            firstDate = date
            rule = nil
        } else {
            let parity = problem.activities[placement.activity].weeks.weeks.first.map { $0 % 2 } ?? 0
            guard let week = grid.weeks(request.pattern, on: day, parity: parity).first else { return nil }
            firstDate = grid.date(week: week, day: day)
            rule = recurrenceRule(request.pattern, day: day, zone: zones[room.venue])
        }
        var booking = try Booking(
            requestID: request.id, room: room.ref, group: request.group, title: request.title,
            description: request.description, start: LocalDateTime(date: firstDate, time: time),
            durationMinutes: request.durationMinutes, recurrence: rule, state: .tentative, isPublic: request.isPublic)
        try booking.validateRecurrence(zone: zones[room.venue])
        let closed = try closedDates(of: booking)
        booking.exceptions = closed.map { date, reason in
            OccurrenceException(originalDate: date, change: .cancelled, reason: "zaprto: \(reason)")
        }
        return ProposedBooking(booking: booking, request: request, closedDates: closed.map(\.0))
    }

    private func recurrenceRule(_ pattern: WeekPattern, day: Weekday, zone: ZoneRules?) -> String {
        let lastMoment = LocalDateTime(date: input.term.lastDay, time: LocalTime(secondOfDay: 86_399))
        let utc = zone?.utcSeconds(for: lastMoment) ?? lastMoment.secondsSinceEpoch
        let until = LocalDateTime(secondsSinceEpoch: utc)
        let stamp = "\(until.date)".filter { $0 != "-" } + "T"
            + [until.time.hour, until.time.minute, until.time.second].map { $0 < 10 ? "0\($0)" : "\($0)" }.joined() + "Z"
        switch pattern {
        case .fortnightly: return "FREQ=WEEKLY;INTERVAL=2;UNTIL=\(stamp)"
        case .monthly(let ordinal): return "FREQ=MONTHLY;BYDAY=\(ordinal)\(day.code);UNTIL=\(stamp)"
        case .weekly, .dates: return "FREQ=WEEKLY;UNTIL=\(stamp)"
        }
    }

    /// The dates of a booking that a closure of its room takes, with the closure's reason.
    func closedDates(of booking: Booking) throws -> [(LocalDate, String)] {
        let occurrences = try booking.occurrences(from: input.term.firstDay, through: input.term.lastDay,
                                                  zone: zones[booking.room.venue])
        return occurrences.compactMap { occurrence in
            guard let span = occurrence.span else { return nil }
            let closure = input.closures.first { $0.blocks(occurrence.room, on: occurrence.start.date, during: span) }
            return closure.map { (occurrence.originalDate, $0.reason) }
        }
    }
}
