import CivilTime
import Timetabling

/// A term's requests and fixed bookings as a `Timetabling.Problem`, with the way back from the
/// solver's indices to rooms, requests and bookings.
public struct SchedulingProblem: Sendable {
    /// Where an activity of the problem comes from.
    public enum Source: Sendable, Hashable {
        /// A request; for one with given dates, one activity per date.
        case request(Request, date: LocalDate?)
        /// A fixed booking's occurrences at one weekly time, room and length.
        case booking(Booking)
    }

    public let input: SchedulingInput
    public let grid: WeekGrid
    public internal(set) var problem: Problem
    /// The rooms of the problem, by index.
    public let rooms: [Room]
    /// The source of each activity, by index.
    public internal(set) var sources: [Source] = []
    let zones: [Slug: ZoneRules]

    public init(_ input: SchedulingInput) throws {
        self.input = input
        grid = WeekGrid(term: input.term)
        rooms = input.rooms
        zones = try input.zones()
        problem = Problem(grid: WeekGrid.timeGrid, settings: Self.settings)
        problem.rooms = rooms.map {
            Timetabling.Room(id: $0.ref.description, capacity: $0.capacity, features: Set($0.features), site: $0.venue.value)
        }
        problem.siteWeights = siteWeights()
        problem.roomClosures = rooms.indices.compactMap(closedHours(ofRoom:))
        let parities = fortnightlyParities()
        for request in input.requests {
            if case .dates(let dates) = request.pattern {
                for date in dates where input.term.contains(date) { add(request, on: date) }
            } else {
                add(request, parity: parities[request.id] ?? 0)
            }
        }
        for booking in input.fixed { try pin(booking) }
        addPrevious()
        addGroupConflicts()
    }

    /// The engine's defaults, but for change: a group told its slot should keep it unless the plan gains
    /// clearly more than one session's worth of preference by moving it, so a re-run with nothing new
    /// leaves the plan as it was.
    static var settings: ConstraintSettings {
        var settings = ConstraintSettings()
        settings.minimalChange = .soft(10)
        return settings
    }

    func roomIndex(_ ref: RoomRef) -> Int? { rooms.firstIndex { $0.ref == ref } }

    /// The weights each venue with rooms in the problem sets for its wishes; each venue is a site.
    private func siteWeights() -> [String: SiteWeights] {
        let venues = Set(rooms.map(\.venue))
        var weights: [String: SiteWeights] = [:]
        for (venue, policy) in input.policies where venues.contains(venue) && !policy.weights.isEmpty {
            weights[venue.value] = policy.weights.siteWeights
        }
        return weights
    }

    /// The weeks (even or odd) of each fortnightly request: those of its earlier booking, so that
    /// withdrawing another request does not move it; the others take the parity used less so far.
    private func fortnightlyParities() -> [Int64?: Int] {
        let fortnightly = input.requests.filter { $0.pattern == .fortnightly }
        var parities: [Int64?: Int] = [:]
        var used = [0, 0]
        for request in fortnightly {
            guard let booking = input.previous.first(where: { $0.requestID != nil && $0.requestID == request.id }) else { continue }
            let parity = (grid.week(of: booking.start.date) % 2 + 2) % 2
            parities[request.id] = parity
            used[parity] += 1
        }
        for request in fortnightly where parities[request.id] == nil {
            let parity = used[0] <= used[1] ? 0 : 1
            parities[request.id] = parity
            used[parity] += 1
        }
        return parities
    }

    /// The slots outside a room's opening hours, closed in every week; also those that closures take on
    /// every date of their weekday in the term (a room under renovation all term), where a booking
    /// would have every date cancelled. Closures of some dates only cancel those dates of a booking.
    private func closedHours(ofRoom index: Int) -> RoomClosure? {
        let room = rooms[index]
        let closures = input.closures.filter {
            $0.scope.covers(room.ref) && $0.lastDay >= input.term.firstDay && $0.firstDay <= input.term.lastDay
        }
        var closed = Set<Int>()
        for day in Weekday.allCases {
            let open = room.openingHours.ranges(on: day)
            let closuresByDate = grid.weeks(on: day).map { week in
                let date = grid.date(week: week, day: day)
                return closures.filter { $0.firstDay <= date && date <= $0.lastDay }
            }
            // A session's buffer may run past closing time: the session itself still ends by then.
            let buffer = input.bufferMinutes(of: room.venue)
            for quarter in 0..<WeekGrid.slotsPerDay {
                let minute = quarter * WeekGrid.minutesPerSlot
                let isOpen = open.contains { $0.startMinute <= minute && minute + WeekGrid.minutesPerSlot <= $0.endMinute + buffer }
                let span = try? TimeRange(startMinute: minute, endMinute: minute + WeekGrid.minutesPerSlot)
                let alwaysClosed = !closuresByDate.isEmpty && closuresByDate.allSatisfy { onDate in
                    onDate.contains { closure in closure.hours.map { hours in span.map(hours.overlaps) ?? true } ?? true }
                }
                if !isOpen || alwaysClosed { closed.insert(WeekGrid.slot(day, minute: minute)) }
            }
        }
        return closed.isEmpty ? nil : RoomClosure(room: index, slots: closed)
    }

    /// The rooms a request may use: those of the venues it names, or all.
    /// The rooms a request may use: those of the venues it names (or all), that the venue's policy lets
    /// its group's kind book.
    private func candidateRooms(_ request: Request) -> Set<Int> {
        Set(rooms.indices.filter { index in
            (request.venues.isEmpty || request.venues.contains(rooms[index].venue)) && input.admits(request, to: rooms[index])
        })
    }

    /// Start slots at which a session of `minutes` fits within one of the windows on `day`. The session's
    /// own length counts, not its whole quarter-hours: 50 minutes from 17:00 fit a window ending at 17:50.
    static func starts(_ windows: [TimeWindow], on days: [Weekday], minutes: Int) -> Set<Int> {
        var starts = Set<Int>()
        for window in windows {
            for day in days where window.days.contains(day) {
                var minute = (window.hours.startMinute + WeekGrid.minutesPerSlot - 1) / WeekGrid.minutesPerSlot * WeekGrid.minutesPerSlot
                while minute + minutes <= window.hours.endMinute {
                    starts.insert(WeekGrid.slot(day, minute: minute))
                    minute += WeekGrid.minutesPerSlot
                }
            }
        }
        return starts
    }

    /// A session holds its room for its own length and then the venue's buffer, so that the engine's
    /// room clash keeps the gap the policy asks for; with candidate rooms in several venues, the longest.
    private func heldSlots(_ request: Request, in candidates: Set<Int>) -> Int {
        let buffer = candidates.map { input.bufferMinutes(of: rooms[$0].venue) }.max() ?? 0
        return WeekGrid.slots(forMinutes: request.durationMinutes + buffer)
    }

    private mutating func add(_ request: Request, parity: Int) {
        let candidates = candidateRooms(request)
        let slots = heldSlots(request, in: candidates)
        // Only days on which the pattern gives a date in the term: a session elsewhere would have no booking.
        let days = Array(Set(request.windows.flatMap(\.days))).sorted()
            .filter { !grid.weeks(request.pattern, on: $0, parity: parity).isEmpty }
        let weeks = days.flatMap { grid.weeks(request.pattern, on: $0, parity: parity) }
        append(request, date: nil, activity: Activity(
            id: "request-\(request.id ?? 0)", sessions: request.sessionsPerWeek, duration: slots,
            allowedStarts: Self.starts(request.windows, on: days, minutes: request.durationMinutes), size: request.audience,
            requiredFeatures: Set(request.features), candidateRooms: candidates,
            preferredStarts: Self.starts(request.preferredWindows, on: days, minutes: request.durationMinutes),
            preferredRooms: Set(request.preferredRooms.compactMap(roomIndex)), owner: "request-\(request.id ?? 0)",
            group: request.group.value, minimumDays: request.sessionsPerWeek, weeks: Timetabling.WeekPattern(weeks: weeks)))
    }

    /// A request for given dates becomes one activity a date; closures of all venues on that date take
    /// its times away, and a room closed at every time left is no candidate, since a single date has
    /// nothing to fall back on. The engine cannot refuse one room at some times only, so a time at which
    /// a closure blocks any of the remaining rooms is given up too: the date is never placed in a closure.
    private mutating func add(_ request: Request, on date: LocalDate) {
        let windows = request.windows.contains { $0.days.contains(date.weekday) }
            ? request.windows : request.windows.map { TimeWindow(days: [date.weekday], hours: $0.hours) }
        let onDate = input.closures.filter { $0.firstDay <= date && date <= $0.lastDay }
        func closed(_ start: Int, _ closures: [Closure]) -> Bool {
            let minute = WeekGrid.minute(ofSlot: start)
            guard let span = try? TimeRange(startMinute: minute, endMinute: min(1440, minute + request.durationMinutes)) else { return true }
            return closures.contains { $0.hours.map { $0.overlaps(span) } ?? true }
        }
        let inWindows = Self.starts(windows, on: [date.weekday], minutes: request.durationMinutes)
        let closuresOfRoom = Dictionary(uniqueKeysWithValues: rooms.indices.map { index in
            (index, onDate.filter { $0.scope != .everywhere && $0.scope.covers(self.rooms[index].ref) })
        })
        let rooms = candidateRooms(request).filter { index in
            inWindows.contains { !closed($0, closuresOfRoom[index] ?? []) }
        }
        let everywhere = onDate.filter { $0.scope == .everywhere }
        let starts = inWindows.filter { start in
            !closed(start, everywhere) && !rooms.contains { closed(start, closuresOfRoom[$0] ?? []) }
        }
        let preferred = Self.starts(request.preferredWindows, on: [date.weekday], minutes: request.durationMinutes)
        append(request, date: date, activity: Activity(
            id: "request-\(request.id ?? 0)@\(date)", sessions: 1, duration: heldSlots(request, in: rooms), allowedStarts: starts,
            size: request.audience, requiredFeatures: Set(request.features), candidateRooms: rooms,
            preferredStarts: preferred, preferredRooms: Set(request.preferredRooms.compactMap(roomIndex)),
            owner: "request-\(request.id ?? 0)", group: request.group.value, weeks: .single(grid.week(of: date))))
    }

    private mutating func append(_ request: Request, date: LocalDate?, activity: Activity) {
        problem.activities.append(activity)
        sources.append(.request(request, date: date))
        addRefusedPlaces(of: request, activity: problem.activities.count - 1)
    }

    /// The rooms and times an administrator rejected for the request: no session of it starts in such a
    /// room at a time that would overlap the refused hours on their day, so the search looks elsewhere.
    private mutating func addRefusedPlaces(of request: Request, activity: Int) {
        for place in request.decisions.refusedPlaces {
            guard let room = roomIndex(place.room) else { continue }
            var starts = Set<Int>()
            for quarter in 0..<WeekGrid.slotsPerDay {
                let minute = quarter * WeekGrid.minutesPerSlot
                if minute < place.hours.endMinute && minute + request.durationMinutes > place.hours.startMinute {
                    starts.insert(WeekGrid.slot(place.day, minute: minute))
                }
            }
            problem.refusedStarts.append(RefusedStarts(activity: activity, room: room, starts: starts))
        }
    }
}
