import CivilTime

/// A booking that breaks its venue's policy; an administrator may let it through with
/// `--override-policy --reason TEXT`, which the history records.
public struct PolicyViolation: Error, Equatable, CustomStringConvertible {
    public var subject: String
    public var venue: Slug
    public var rules: [String]

    public init(subject: String, venue: Slug, rules: [String]) {
        self.subject = subject
        self.venue = venue
        self.rules = rules
    }

    public var description: String {
        "\(subject) breaks the policy of venue \(venue): \(rules.joined(separator: "; ")) "
            + "(an administrator may allow it with --override-policy --reason TEXT)"
    }
}

extension VenuePolicy {
    /// The rules `booking` breaks, in words; empty when it keeps them all. `others` are the stored
    /// bookings, of which the same group's approved and tentative ones in this venue count towards
    /// its hours a week; `now` is the civil time now in the venue.
    /// Dates the `closures` take do not count towards the hours a week: they do not take place.
    public func violations(of booking: Booking, group: Group, others: [Booking], now: LocalDateTime,
                           zone: ZoneRules?, closures: [Closure] = []) throws -> [String] {
        var rules: [String] = []
        if let rule = roomKindRule(booking.room, group: group.slug, kind: group.kind) { rules.append(rule) }
        let window = startWindow(now: now)
        if let earliest = window.earliest, booking.start < earliest, let hours = minNoticeHours {
            rules.append("the first session at \(booking.start) is less than \(hours) hours from now (\(now))")
        }
        if let latest = window.latest, booking.start >= latest, let days = bookAheadDays {
            rules.append("the first session at \(booking.start) is more than \(days) days ahead")
        }
        if let limit = maxMinutesPerGroupPerWeek {
            let overloaded = try weeksOverLimit(booking, others: others, limit: limit, zone: zone, closures: closures)
            if !overloaded.isEmpty {
                rules.append("group \(group.slug) would hold more than \(limit / 60) hours a week in weeks "
                             + overloaded.joined(separator: ", "))
            }
        }
        return rules
    }

    /// The rule broken when the room is kept for other kinds of group than `kind`, in words; nil when it admits it.
    func roomKindRule(_ room: RoomRef, group: Slug, kind: String) -> String? {
        guard !admits(groupKind: kind, to: room.room) else { return nil }
        return "room \(room) is for \(roomKinds[room.room.value, default: []].joined(separator: ", ")) only, and group \(group) is a \(kind)"
    }

    /// The ISO weeks (`2027-W03`) in which the booking's group would hold more than `limit` minutes.
    func weeksOverLimit(_ booking: Booking, others: [Booking], limit: Int, zone: ZoneRules?, closures: [Closure] = []) throws -> [String] {
        let span = ConflictFinder.span(of: booking)
        // Whole ISO weeks: other sessions earlier in the first week count too.
        let monday = span.from.adding(days: 1 - span.from.weekday.rawValue)
        let sunday = span.through.adding(days: 7 - span.through.weekday.rawValue)
        var minutes: [Int: Int] = [:]
        func count(_ occurrence: Occurrence) {
            guard occurrence.room.venue == venue else { return }
            let week = occurrence.start.date.isoWeek
            minutes[week.year * 100 + week.week, default: 0] += occurrence.start.seconds(until: occurrence.end) / 60
        }
        let own = try BookingDates(booking, closures: closures, zone: zone).occurrences(from: span.from, through: span.through)
        own.forEach(count)
        let weeks = Set(minutes.keys)
        for other in others where other.group == booking.group && (other.id == nil || other.id != booking.id)
            && (other.state == .approved || other.state == .tentative) {
            for occurrence in try BookingDates(other, closures: closures, zone: zone).occurrences(from: monday, through: sunday) {
                let week = occurrence.start.date.isoWeek
                if weeks.contains(week.year * 100 + week.week) { count(occurrence) }
            }
        }
        return minutes.filter { $0.value > limit }.keys.sorted().map { key in
            let week = key % 100
            return "\(key / 100)-W\(week < 10 ? "0" : "")\(week)"
        }
    }
}
