import CivilTime

/// Finds the conflicts of bookings over their concrete occurrences in a window of days.
///
/// Only approved and tentative bookings count; rejected and cancelled ones never do.
public struct ConflictFinder: Sendable {
    public var rooms: [RoomRef: Room]
    public var closures: [Closure]
    public var requests: [Int64: Request]
    public var policies: [Slug: VenuePolicy]
    public var zones: [Slug: ZoneRules]

    public init(rooms: [Room], closures: [Closure], requests: [Request], policies: [VenuePolicy], zones: [Slug: ZoneRules]) {
        self.rooms = Dictionary(rooms.map { ($0.ref, $0) }, uniquingKeysWith: { first, _ in first })
        self.closures = closures
        self.requests = Dictionary(requests.compactMap { request in request.id.map { ($0, request) } },
                                   uniquingKeysWith: { first, _ in first })
        self.policies = Dictionary(policies.map { ($0.venue, $0) }, uniquingKeysWith: { first, _ in first })
        self.zones = zones
    }

    /// Reads what it needs from the store.
    public init(_ reader: any StoreReader) throws {
        let venues = try reader.venues()
        var zones: [Slug: ZoneRules] = [:]
        for venue in venues { zones[venue.slug] = try References(reader).zone(of: venue.slug) }
        let policies = try venues.map { try reader.policy(of: $0.slug) }
        self.init(rooms: try reader.rooms(in: nil), closures: try reader.closuresInForce(), requests: try reader.requests(),
                  policies: policies, zones: zones)
    }

    /// Reads what finding clashes among bookings of these venues needs: their zones, buffers and rooms,
    /// and the closures in force in the years of these bookings. Requests are left out: only a room's
    /// fit needs them, and a clash does not.
    public init(_ reader: any StoreReader, clashesIn venues: Set<Slug>, among bookings: [Booking]) throws {
        var zones: [Slug: ZoneRules] = [:], policies: [VenuePolicy] = [], rooms: [Room] = []
        for venue in venues.sorted(by: { $0.value < $1.value }) {
            guard try reader.venue(venue) != nil else { continue }
            zones[venue] = try References(reader).zone(of: venue)
            policies.append(try reader.policy(of: venue))
            rooms += try reader.rooms(in: venue)
        }
        self.init(rooms: rooms, closures: try reader.closuresInForce(bookings: bookings), requests: [], policies: policies, zones: zones)
    }

    public func buffer(of venue: Slug) -> Int { policies[venue]?.bufferMinutes ?? 0 }

    /// The occurrences of the bookings that count and take place (`BookingDates`: a date cancelled or
    /// closed clashes with nothing), each with the index of its booking.
    public func occurrences(of bookings: [Booking], from: LocalDate, through: LocalDate) throws -> [BookedOccurrence] {
        var result: [BookedOccurrence] = []
        // Most rooms hold many bookings: find the closures that cover each room once.
        var closuresOfRoom: [RoomRef: [Closure]] = [:]
        for (index, booking) in bookings.enumerated() where booking.state == .approved || booking.state == .tentative {
            let covering = closuresOfRoom[booking.room] ?? closures.filter { $0.scope.covers(booking.room) }
            closuresOfRoom[booking.room] = covering
            let dates = try BookingDates(booking, closures: covering, zone: zones[booking.room.venue])
            for occurrence in dates.occurrences(from: from, through: through) {
                result.append(BookedOccurrence(booking: index, occurrence: occurrence))
            }
        }
        return result
    }

    /// Every conflict among `bookings` on the days `from` through `through`; with `venue`, those that
    /// concern at least one occurrence in that venue. Sorted by kind, first date and bookings.
    public func conflicts(among bookings: [Booking], from: LocalDate, through: LocalDate, venue: Slug? = nil) throws -> [Conflict] {
        conflicts(in: try occurrences(of: bookings, from: from, through: through), of: bookings, venue: venue)
    }

    /// The conflicts among occurrences already expanded from `bookings`.
    public func conflicts(in all: [BookedOccurrence], of bookings: [Booking], venue: Slug? = nil) -> [Conflict] {
        var found = ConflictCollector()
        let lanes = roomLanes(all)
        let inVenue = { (index: Int) in venue.map { lanes.rooms[Int(lanes.ofItem[index])].venue == $0 } ?? true }
        for pair in OverlapSweep.pairs(lanes.items, gap: lanes.gaps) {
            let a = Int(pair.first), b = Int(pair.second)
            guard inVenue(a) || inVenue(b) else { continue }
            let lane = Int(lanes.ofItem[a]), room = lanes.rooms[lane]
            found.add(.overlap, all[a].booking, all[b].booking, on: min(all[a].occurrence.start, all[b].occurrence.start).date, detailKey: lane) {
                "both in \(room)" + (lanes.gaps[lane] > 0 ? " (with \(lanes.gaps[lane]) minutes' buffer)" : "")
            }
        }
        for pair in groupPairs(all, bookings: bookings) {
            let a = Int(pair.first), b = Int(pair.second)
            let laneA = Int(lanes.ofItem[a]), laneB = Int(lanes.ofItem[b])
            guard laneA != laneB, inVenue(a) || inVenue(b) else { continue }
            let group = bookings[all[a].booking].group, roomA = lanes.rooms[laneA], roomB = lanes.rooms[laneB]
            found.add(.groupDoubleBooked, all[a].booking, all[b].booking, on: min(all[a].occurrence.start, all[b].occurrence.start).date,
                      detailKey: laneA * lanes.rooms.count + laneB) { "group \(group) in \(roomA) and \(roomB)" }
        }
        let known = lanes.rooms.map { rooms[$0] }
        for index in all.indices where inVenue(index) {
            let lane = Int(lanes.ofItem[index])
            guard let room = known[lane] else { continue }
            addProblems(of: all[index], requestID: bookings[all[index].booking].requestID, room: room, lane: lane, to: &found)
        }
        return found.conflicts(bookings)
    }

    /// What is wrong with one occurrence on its own: a closure (only a date moved by hand into one can
    /// take place in it), opening hours, or a room that does not fit.
    func addProblems(of entry: BookedOccurrence, requestID: Int64?, room: Room, lane: Int, to found: inout ConflictCollector) {
        let occurrence = entry.occurrence
        let date = occurrence.start.date
        if let span = occurrence.span {
            for (index, closure) in closures.enumerated() where closure.blocks(room.ref, on: date, during: span) {
                found.add(.closure, entry.booking, nil, on: date, detailKey: index) { "\(room.ref) closed: \(closure.reason)" }
            }
            if !room.openingHours.allows(span, on: date.weekday) || occurrence.end.date != date {
                found.add(.outsideOpeningHours, entry.booking, nil, on: date, detailKey: lane) {
                    "\(room.ref) is open \(room.openingHours.summary)"
                }
            }
        }
        guard let requestID, let request = requests[requestID] else { return }
        if request.audience > room.capacity {
            found.add(.capacity, entry.booking, nil, on: date, detailKey: lane) {
                "\(request.audience) people in \(room.ref), which holds \(room.capacity)"
            }
        }
        let missing = room.missingFeatures(request.features)
        if !missing.isEmpty {
            found.add(.features, entry.booking, nil, on: date, detailKey: lane) { "\(room.ref) has no \(missing.joined(separator: ", "))" }
        }
    }
}

/// An occurrence with the index of its booking in the list it was expanded from.
public struct BookedOccurrence: Sendable {
    public var booking: Int
    public var occurrence: Occurrence

    public init(booking: Int, occurrence: Occurrence) {
        self.booking = booking
        self.occurrence = occurrence
    }
}
