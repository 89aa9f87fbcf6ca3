import CivilTime

/// How well rooms are used: for each room, per ISO week and in total, the hours open (opening hours
/// minus closures), the hours booked (approved occurrences that take place), the share used, and how many groups and
/// activities (bookings) it served.
public struct UsageReport: Sendable, Codable {
    public struct Row: Hashable, Sendable, Codable {
        public var room: RoomRef
        /// The ISO week, `2027-W03`; nil for the room's total over the whole window.
        public var week: String?
        public var openMinutes: Int
        public var bookedMinutes: Int
        public var groups: Int
        public var activities: Int

        /// Booked over open, 0 when the room was not open.
        public var share: Double { openMinutes == 0 ? 0 : Double(bookedMinutes) / Double(openMinutes) }
    }

    public var from: LocalDate
    public var through: LocalDate
    /// For each room in order: its weeks, then its total.
    public var rows: [Row]

    public var totals: [Row] { rows.filter { $0.week == nil } }

    public init(rooms: [Room], closures: [Closure], bookings: [Booking], zones: [Slug: ZoneRules],
                from: LocalDate, through: LocalDate) throws {
        self.from = from
        self.through = through
        var booked: [RoomRef: [(date: LocalDate, minutes: Int, group: Slug, booking: Int64)]] = [:]
        for booking in bookings where booking.state == .approved {
            // What takes place: a closed or cancelled date is neither open nor booked.
            let dates = try BookingDates(booking, closures: closures, zone: zones[booking.room.venue])
            for occurrence in dates.occurrences(from: from, through: through) {
                booked[occurrence.room, default: []].append((occurrence.start.date, booking.durationMinutes, booking.group, booking.id ?? 0))
            }
        }
        var rows: [Row] = []
        for room in rooms {
            let roomClosures = closures.filter { $0.scope.covers(room.ref) && $0.lastDay >= from && $0.firstDay <= through }
            var weeks: [String] = []
            var open: [String: Int] = [:]
            var date = from
            while date <= through {
                let week = Self.weekLabel(date)
                if open[week] == nil { weeks.append(week) }
                open[week, default: 0] += Self.minutesOpen(room, on: date, closures: roomClosures)
                date = date.adding(days: 1)
            }
            let sessions = booked[room.ref] ?? []
            for week in weeks {
                let inWeek = sessions.filter { Self.weekLabel($0.date) == week }
                rows.append(Row(room: room.ref, week: week, openMinutes: open[week] ?? 0,
                                bookedMinutes: inWeek.reduce(0) { $0 + $1.minutes },
                                groups: Set(inWeek.map(\.group)).count, activities: Set(inWeek.map(\.booking)).count))
            }
            rows.append(Row(room: room.ref, week: nil, openMinutes: open.values.reduce(0, +),
                            bookedMinutes: sessions.reduce(0) { $0 + $1.minutes },
                            groups: Set(sessions.map(\.group)).count, activities: Set(sessions.map(\.booking)).count))
        }
        self.rows = rows
    }

    public static func weekLabel(_ date: LocalDate) -> String {
        let week = date.isoWeek
        return "\(week.year)-W\(week.week < 10 ? "0" : "")\(week.week)"
    }

    /// The room's opening minutes on a date, less the parts that closures take.
    public static func minutesOpen(_ room: Room, on date: LocalDate, closures: [Closure]) -> Int {
        let closed = closures.filter { $0.firstDay <= date && date <= $0.lastDay && $0.scope.covers(room.ref) }
        if closed.isEmpty { return room.openingHours.minutesOpen(on: date.weekday) }
        if closed.contains(where: { $0.hours == nil }) { return 0 }
        return room.openingHours.ranges(on: date.weekday).reduce(0) { total, range in
            // Minutes of the range that no closure covers, counted minute by minute over a few hours at most.
            let free = (range.startMinute..<range.endMinute).filter { minute in
                !closed.contains { closure in closure.hours.map { $0.startMinute <= minute && minute < $0.endMinute } ?? false }
            }
            return total + free.count
        }
    }
}
