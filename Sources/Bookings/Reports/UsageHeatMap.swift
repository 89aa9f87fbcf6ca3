import CivilTime

/// How often each hour of the week is taken in some rooms: for each weekday and hour, in how many
/// (room, ISO week) pairs an approved date that takes place uses some of that hour. Read from
/// `BookingDates` with the closures in force, as `UsageReport` is, so the two agree.
public struct UsageHeatMap: Sendable, Codable, Hashable {
    /// The first and last hour (0–23) any of the rooms is open on some day; nil when none is ever open.
    public var firstHour: Int?
    public var lastHour: Int?
    /// `taken[weekday - 1][hour]`: the (room, week) pairs in which the hour was taken.
    public var taken: [[Int]]
    /// The most a cell can hold: rooms × weeks of the window.
    public var possible: Int
    /// The groups and activities (bookings) that used the rooms in the window.
    public var groups: Int
    public var activities: Int

    public init(rooms: [Room], closures: [Closure], bookings: [Booking], zones: [Slug: ZoneRules],
                from: LocalDate, through: LocalDate) throws {
        let refs = Set(rooms.map(\.ref))
        var marks = Set<[Int]>()
        var groups = Set<Slug>(), activities = Set<Int64>()
        for booking in bookings where booking.state == .approved {
            let dates = try BookingDates(booking, closures: closures, zone: zones[booking.room.venue])
            for occurrence in dates.occurrences(from: from, through: through) where refs.contains(occurrence.room) {
                groups.insert(booking.group)
                activities.insert(booking.id ?? 0)
                guard let span = occurrence.span else { continue }
                let week = occurrence.start.date.isoWeek
                let room = rooms.firstIndex { $0.ref == occurrence.room } ?? 0
                for hour in (span.startMinute / 60)...((span.endMinute - 1) / 60) {
                    marks.insert([room, week.year * 100 + week.week, occurrence.start.date.weekday.rawValue, hour])
                }
            }
        }
        var taken = [[Int]](repeating: [Int](repeating: 0, count: 24), count: 7)
        for mark in marks { taken[mark[2] - 1][mark[3]] += 1 }
        self.taken = taken
        var weeks = Set<Int>()
        var date = from
        while date <= through {
            let week = date.isoWeek
            weeks.insert(week.year * 100 + week.week)
            date = date.adding(days: 1)
        }
        possible = rooms.count * weeks.count
        let ranges = rooms.flatMap { room in Weekday.allCases.flatMap { room.openingHours.ranges(on: $0) } }
        firstHour = ranges.map { $0.startMinute / 60 }.min()
        lastHour = ranges.map { ($0.endMinute - 1) / 60 }.max()
        self.groups = groups.count
        self.activities = activities.count
    }
}
