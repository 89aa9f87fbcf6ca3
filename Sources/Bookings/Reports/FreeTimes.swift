import CivilTime

/// One free time: a room open and free, on a weekday every week of a span (or on one date), long
/// enough for the session asked about.
public struct FreeTime: Hashable, Sendable, Codable {
    public var room: RoomRef
    public var roomName: String
    public var capacity: Int
    public var features: [String]
    public var weekday: Weekday
    /// The date, for a search on one date; nil for a weekly time.
    public var date: LocalDate?
    /// The free hours: any session of the asked length inside them is free.
    public var hours: TimeRange
    /// For a weekly time, the dates of the span on which it takes place whole (no closure touches it);
    /// 1 for a date.
    public var dates: Int
    /// The kinds of group the venue reserves the room to; empty when every kind may book it.
    public var reservedTo: [String]
}

/// Finds free times from the same occurrences as `ConflictFinder` (approved and tentative bookings,
/// through `BookingDates` with the closures in force), keeping the venue's buffer free around each,
/// within opening hours, and honouring the venue's notice and book-ahead limits.
///
/// A weekly time is free when no occurrence (with its buffer) touches it on any date of the span, as
/// the scheduler places a weekly activity: a closed date (a holiday) does not stop a weekly time, it is
/// left out of `dates`, and a time that would take place on no date is not shown.
public struct FreeTimes: Sendable {
    public var query: FreeTimeQuery
    public var times: [FreeTime]

    public init(_ query: FreeTimeQuery, rooms: [Room], closures: [Closure], bookings: [Booking],
                policies: [Slug: VenuePolicy], zones: [Slug: ZoneRules], now: LocalDateTime?) throws {
        self.query = query
        let candidates = rooms.filter { room in
            (query.venue.map { $0 == room.venue } ?? true) && room.capacity >= query.capacity
                && room.missingFeatures(query.features).isEmpty && !room.openingHours.isEmpty
        }
        let (first, last): (LocalDate, LocalDate) = switch query.span {
        case .weekly(let from, let through): (from, through)
        case .date(let date): (date, date)
        }
        // A day either side, so that a buffer or an occurrence past midnight reaches into the span.
        let finder = ConflictFinder(rooms: rooms, closures: closures, requests: [], policies: Array(policies.values), zones: zones)
        var busy: [RoomRef: BusyMinutes] = [:]
        for room in candidates { busy[room.ref] = BusyMinutes(first: first, last: last) }
        for entry in try finder.occurrences(of: bookings, from: first.adding(days: -1), through: last.adding(days: 1)) {
            let occurrence = entry.occurrence
            let buffer = policies[occurrence.room.venue]?.bufferMinutes ?? 0
            busy[occurrence.room]?.mark(from: occurrence.start, to: occurrence.end, buffer: buffer)
        }
        var times: [FreeTime] = []
        for room in candidates {
            let policy = policies[room.venue] ?? VenuePolicy(venue: room.venue)
            let window = now.map { policy.startWindow(now: $0) }
            let roomClosures = closures.filter { $0.scope.covers(room.ref) && $0.firstDay <= last && $0.lastDay >= first }
            let found = Self.find(in: room, busy: busy[room.ref]!, closures: roomClosures, query: query,
                                  earliest: window?.earliest, latest: window?.latest)
            times += found.map { found in
                FreeTime(room: room.ref, roomName: room.name, capacity: room.capacity, features: room.features,
                         weekday: found.weekday, date: found.date, hours: found.hours, dates: found.dates,
                         reservedTo: policy.roomKinds[room.slug.value] ?? [])
            }
        }
        self.times = times.sorted { ($0.room, $0.weekday, $0.date ?? first, $0.hours) < ($1.room, $1.weekday, $1.date ?? first, $1.hours) }
    }

    private static func find(in room: Room, busy: BusyMinutes, closures: [Closure], query: FreeTimeQuery,
                             earliest: LocalDateTime?, latest: LocalDateTime?)
        -> [(weekday: Weekday, date: LocalDate?, hours: TimeRange, dates: Int)] {
        var result: [(weekday: Weekday, date: LocalDate?, hours: TimeRange, dates: Int)] = []
        switch query.span {
        case .date(let date):
            guard query.days.contains(date.weekday), latest.map({ LocalDateTime(date: date, time: .midnight) < $0 }) ?? true
            else { return [] }
            var free = openMinutes(room, on: date.weekday, between: query.between)
            for minute in 0..<1440 where free[minute] {
                let start = LocalDateTime(date: date, time: .midnight).adding(minutes: minute)
                let closed = closures.contains { closure in
                    closure.firstDay <= date && date <= closure.lastDay && (closure.hours.map { $0.startMinute <= minute && minute < $0.endMinute } ?? true)
                }
                if busy.isBusy(date, minute) || closed || earliest.map({ start < $0 }) == true { free[minute] = false }
            }
            for run in runs(free, atLeast: query.durationMinutes) {
                result.append((weekday: date.weekday, date: Optional(date), hours: run, dates: 1))
            }
        case .weekly(let from, let through):
            // The first date of a weekly time must respect the notice; book-ahead limits only the first date.
            var first = from
            if let earliest { first = max(first, earliest.time == .midnight ? earliest.date : earliest.date.adding(days: 1)) }
            for weekday in query.days {
                var dates: [LocalDate] = []
                var date = first.adding(days: (weekday.rawValue - first.weekday.rawValue + 7) % 7)
                while date <= through {
                    dates.append(date)
                    date = date.adding(days: 7)
                }
                if let latest, let firstDate = dates.first, LocalDateTime(date: firstDate, time: .midnight) >= latest { continue }
                var free = openMinutes(room, on: weekday, between: query.between)
                for day in dates {
                    for minute in 0..<1440 where free[minute] && busy.isBusy(day, minute) { free[minute] = false }
                }
                for run in runs(free, atLeast: query.durationMinutes) {
                    let whole = dates.filter { day in !closures.contains { $0.blocks(room.ref, on: day, during: run) } }.count
                    if whole > 0 { result.append((weekday: weekday, date: nil, hours: run, dates: whole)) }
                }
            }
        }
        return result
    }

    /// The minutes of a weekday the room is open, within `between`.
    private static func openMinutes(_ room: Room, on weekday: Weekday, between: TimeRange?) -> [Bool] {
        var open = [Bool](repeating: false, count: 1440)
        for range in room.openingHours.ranges(on: weekday) {
            let start = max(range.startMinute, between?.startMinute ?? 0), end = min(range.endMinute, between?.endMinute ?? 1440)
            if start < end { for minute in start..<end { open[minute] = true } }
        }
        return open
    }

    /// The maximal runs of free minutes at least `length` long.
    private static func runs(_ free: [Bool], atLeast length: Int) -> [TimeRange] {
        var result: [TimeRange] = []
        var start: Int?
        for minute in 0...1440 {
            let isFree = minute < 1440 && free[minute]
            if isFree, start == nil { start = minute }
            if !isFree, let begun = start {
                if minute - begun >= length, let range = try? TimeRange(startMinute: begun, endMinute: minute) { result.append(range) }
                start = nil
            }
        }
        return result
    }
}

/// The minutes of a span of days that bookings (with their buffer) take in one room (or one group), a
/// bit a minute: a term of 23 weeks is 29 kB, so a first-fit plan can keep one for every group.
struct BusyMinutes {
    let first: LocalDate
    private let count: Int
    private var words: [UInt64]

    init(first: LocalDate, last: LocalDate) {
        self.first = first
        count = (first.distance(to: last) + 1) * 1440
        words = [UInt64](repeating: 0, count: (count + 63) / 64)
    }

    func isBusy(_ date: LocalDate, _ minute: Int) -> Bool {
        let index = first.distance(to: date) * 1440 + minute
        guard index >= 0, index < count else { return false }
        return words[index >> 6] & (1 << UInt64(index & 63)) != 0
    }

    mutating func mark(from start: LocalDateTime, to end: LocalDateTime, buffer: Int) {
        let origin = LocalDateTime(date: first, time: .midnight)
        let lower = max(0, origin.seconds(until: start) / 60 - buffer), upper = min(count, origin.seconds(until: end) / 60 + buffer)
        guard lower < upper else { return }
        for index in lower..<upper { words[index >> 6] |= 1 << UInt64(index & 63) }
    }
}
