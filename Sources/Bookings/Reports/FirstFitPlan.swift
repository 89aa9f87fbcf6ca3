import CivilTime

/// A plain first-come, first-fit placement of a term's requests, to measure the scheduler against:
/// requests in the order they came (by id), each session in the first room (in order of reference)
/// and the first quarter-hour of its windows at which the room is open and holds its people and
/// needs, the room is free on every date of the term (with the venue's buffer) and the group is not
/// elsewhere. No wishes, no search, no second thoughts. Closed dates do not stop a weekly session, as
/// in the scheduler; a request for given dates takes each date on its own.
public struct FirstFitPlan: Sendable {
    public var bookings: [Booking]
    /// For each request not placed whole, the rule that kept it out (`room capacity`,
    /// `required features`, `candidate rooms`, `room clash`).
    public var notPlaced: [Int64: String]

    public init(requests: [Request], fixed: [Booking], rooms: [Room], closures: [Closure], policies: [Slug: VenuePolicy],
                groupKinds: [Slug: String], zones: [Slug: ZoneRules], term: Term) throws {
        let first = term.firstDay, last = term.lastDay
        var roomBusy: [RoomRef: BusyMinutes] = [:], groupBusy: [Slug: BusyMinutes] = [:]
        for room in rooms { roomBusy[room.ref] = BusyMinutes(first: first, last: last) }
        let finder = ConflictFinder(rooms: rooms, closures: closures, requests: [], policies: Array(policies.values), zones: zones)
        func mark(_ bookings: [Booking]) throws {
            for entry in try finder.occurrences(of: bookings, from: first.adding(days: -1), through: last.adding(days: 1)) {
                let occurrence = entry.occurrence, booking = bookings[entry.booking]
                let buffer = policies[occurrence.room.venue]?.bufferMinutes ?? 0
                roomBusy[occurrence.room]?.mark(from: occurrence.start, to: occurrence.end, buffer: buffer)
                groupBusy[booking.group, default: BusyMinutes(first: first, last: last)].mark(from: occurrence.start, to: occurrence.end, buffer: 0)
            }
        }
        try mark(fixed)
        var placed: [Booking] = []
        var notPlaced: [Int64: String] = [:]
        let ordered = rooms.sorted { $0.ref < $1.ref }
        for request in requests.sorted(by: { ($0.id ?? 0) < ($1.id ?? 0) }) {
            let kind = groupKinds[request.group] ?? "initiative"
            let candidates = ordered.filter { room in
                (request.venues.isEmpty || request.venues.contains(room.venue))
                    && (policies[room.venue]?.admits(groupKind: kind, to: room.slug) ?? true)
            }
            let fitting = candidates.filter { $0.misfits(for: request).isEmpty }
            let dates: [LocalDate]? = if case .dates(let dates) = request.pattern { dates } else { nil }
            let sessions = dates?.count ?? request.sessionsPerWeek
            var usedDays = Set<Weekday>()
            var missing = false
            for session in 0..<sessions {
                var found: Booking?
                search: for room in fitting {
                    for window in request.windows {
                        for weekday in window.days where !usedDays.contains(weekday) || dates != nil {
                            let days = dates.map { asked in [asked[session]].filter { date in date.weekday == weekday } }
                                ?? Self.dates(of: weekday, from: first, through: last)
                            guard !days.isEmpty else { continue }
                            if let dates, closures.contains(where: { $0.scope.covers(room.ref) && $0.firstDay <= dates[session] && dates[session] <= $0.lastDay && $0.hours == nil }) {
                                continue
                            }
                            var start = window.hours.startMinute
                            while start + request.durationMinutes <= window.hours.endMinute {
                                let span = try TimeRange(startMinute: start, endMinute: start + request.durationMinutes)
                                if room.openingHours.allows(span, on: weekday),
                                   days.allSatisfy({ day in Self.free(roomBusy[room.ref], groupBusy[request.group], day, span) }) {
                                    guard let booking = try Self.booking(request, room: room.ref, days: days, span: span,
                                                                         last: dates == nil ? last : nil) else { break }
                                    found = booking
                                    usedDays.insert(weekday)
                                    break search
                                }
                                start += 15
                            }
                        }
                    }
                }
                guard let found else { missing = true; continue }
                placed.append(found)
                try mark([found])
            }
            if missing, let id = request.id {
                notPlaced[id] = candidates.isEmpty ? "candidate rooms"
                    : fitting.isEmpty ? (candidates.contains { $0.capacity >= request.audience } ? "required features" : "room capacity")
                    : "room clash"
            }
        }
        bookings = placed
        self.notPlaced = notPlaced
    }

    static func dates(of weekday: Weekday, from first: LocalDate, through last: LocalDate) -> [LocalDate] {
        var result: [LocalDate] = []
        var date = first.adding(days: (weekday.rawValue - first.weekday.rawValue + 7) % 7)
        while date <= last {
            result.append(date)
            date = date.adding(days: 7)
        }
        return result
    }

    static func free(_ room: BusyMinutes?, _ group: BusyMinutes?, _ day: LocalDate, _ span: TimeRange) -> Bool {
        for minute in span.startMinute..<span.endMinute {
            if room?.isBusy(day, minute) == true || group?.isBusy(day, minute) == true { return false }
        }
        return true
    }

    /// A tentative booking repeating as the request asks (weekly, fortnightly or the n-th weekday of
    /// the month) to the end of the term, or one date when `last` is nil; nil when no date of the term
    /// is the one a monthly request asks for. The room was checked free on every weekly date, which
    /// covers the fortnightly and monthly ones.
    static func booking(_ request: Request, room: RoomRef, days: [LocalDate], span: TimeRange, last: LocalDate?) throws -> Booking? {
        var first = days[0]
        var rule: String?
        if let last {
            let until = "UNTIL=" + last.description.replacingOccurrences(of: "-", with: "")
            switch request.pattern {
            case .fortnightly: rule = "FREQ=WEEKLY;INTERVAL=2;" + until
            case .monthly(let ordinal):
                guard let date = days.first(where: { date in
                    ordinal > 0 ? (date.day - 1) / 7 + 1 == ordinal : date.adding(days: 7).month != date.month
                }) else { return nil }
                first = date
                rule = "FREQ=MONTHLY;BYDAY=\(ordinal)\(date.weekday.code);" + until
            default: rule = "FREQ=WEEKLY;" + until
            }
        }
        let start = LocalDateTime(date: first, time: .midnight).adding(minutes: span.startMinute)
        return try Booking(requestID: request.id, room: room, group: request.group, title: request.title, start: start,
                           durationMinutes: request.durationMinutes, recurrence: rule, state: .tentative)
    }
}
