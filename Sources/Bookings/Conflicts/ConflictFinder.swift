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
        var zones: [Slug: ZoneRules] = [:]
        for venue in try reader.venues() { zones[venue.slug] = try References(reader).zone(of: venue.slug) }
        let policies = try reader.venues().map { try reader.policy(of: $0.slug) }
        self.init(rooms: try reader.rooms(in: nil), closures: try reader.closures(), requests: try reader.requests(),
                  policies: policies, zones: zones)
    }

    public func buffer(of venue: Slug) -> Int { policies[venue]?.bufferMinutes ?? 0 }

    /// The occurrences of the bookings that count, each with the index of its booking.
    public func occurrences(of bookings: [Booking], from: LocalDate, through: LocalDate) throws -> [BookedOccurrence] {
        var result: [BookedOccurrence] = []
        for (index, booking) in bookings.enumerated() where booking.state == .approved || booking.state == .tentative {
            let zone = zones[booking.room.venue]
            for occurrence in try booking.occurrences(from: from, through: through, zone: zone) {
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
        let inVenue = { (occurrence: Occurrence) in venue.map { occurrence.room.venue == $0 } ?? true }

        for pair in roomPairs(all) {
            let a = all[Int(pair.first)], b = all[Int(pair.second)]
            guard inVenue(a.occurrence) || inVenue(b.occurrence) else { continue }
            let detail = "both in \(a.occurrence.room)" + (buffer(of: a.occurrence.room.venue) > 0 ? " (with \(buffer(of: a.occurrence.room.venue)) minutes' buffer)" : "")
            found.add(.overlap, bookings[a.booking], bookings[b.booking], on: min(a.occurrence.start, b.occurrence.start).date, detail: detail)
        }
        for pair in groupPairs(all, bookings: bookings) {
            let a = all[Int(pair.first)], b = all[Int(pair.second)]
            guard a.occurrence.room != b.occurrence.room, inVenue(a.occurrence) || inVenue(b.occurrence) else { continue }
            found.add(.groupDoubleBooked, bookings[a.booking], bookings[b.booking], on: min(a.occurrence.start, b.occurrence.start).date,
                      detail: "group \(bookings[a.booking].group) in \(a.occurrence.room) and \(b.occurrence.room)")
        }
        for entry in all where inVenue(entry.occurrence) {
            for (kind, detail) in problems(of: entry.occurrence, booking: bookings[entry.booking]) {
                found.add(kind, bookings[entry.booking], nil, on: entry.occurrence.start.date, detail: detail)
            }
        }
        return found.conflicts
    }

    /// Pairs of occurrences that overlap in one room, counting the venue's buffer.
    func roomPairs(_ all: [BookedOccurrence]) -> [SweepPair] {
        var lanes: [RoomRef: Int32] = [:]
        var gaps: [Int64] = []
        func lane(of room: RoomRef) -> Int32 {
            if let known = lanes[room] { return known }
            let lane = Int32(gaps.count)
            lanes[room] = lane
            gaps.append(Int64(buffer(of: room.venue)))
            return lane
        }
        // Most occurrences are in their booking's own room: look that lane up once per booking.
        var bookingLane: [Int: (RoomRef, Int32)] = [:]
        var items: [SweepItem] = []
        items.reserveCapacity(all.count)
        for (index, entry) in all.enumerated() {
            let room = entry.occurrence.room
            let known = bookingLane[entry.booking]
            let roomLane: Int32
            if let known, known.0 == room {
                roomLane = known.1
            } else {
                roomLane = lane(of: room)
                if known == nil { bookingLane[entry.booking] = (room, roomLane) }
            }
            items.append(Self.item(entry.occurrence, lane: roomLane, owner: entry.booking, index: index))
        }
        return OverlapSweep.pairs(items, gap: gaps)
    }

    /// Pairs of occurrences of one group that overlap in time, wherever they are.
    func groupPairs(_ all: [BookedOccurrence], bookings: [Booking]) -> [SweepPair] {
        var lanes: [Slug: Int32] = [:]
        var bookingLane = [Int32](repeating: -1, count: bookings.count)
        let items = all.enumerated().map { index, entry in
            if bookingLane[entry.booking] < 0 {
                let group = bookings[entry.booking].group
                let lane = lanes[group] ?? Int32(lanes.count)
                lanes[group] = lane
                bookingLane[entry.booking] = lane
            }
            return Self.item(entry.occurrence, lane: bookingLane[entry.booking], owner: entry.booking, index: index)
        }
        return OverlapSweep.pairs(items, gap: [])
    }

    // Civil minutes, as if every venue kept one zone; the municipality's venues all do.
    static func item(_ occurrence: Occurrence, lane: Int32, owner: Int, index: Int) -> SweepItem {
        SweepItem(lane: lane, start: occurrence.start.secondsSinceEpoch / 60, end: occurrence.end.secondsSinceEpoch / 60,
                  owner: Int32(owner), index: Int32(index))
    }

    /// What is wrong with one occurrence on its own: a closure, opening hours, or a room that does not fit.
    func problems(of occurrence: Occurrence, booking: Booking) -> [(Conflict.Kind, String)] {
        var result: [(Conflict.Kind, String)] = []
        guard let room = rooms[occurrence.room] else { return result }
        if let span = occurrence.span {
            for closure in closures where closure.blocks(room.ref, on: occurrence.start.date, during: span) {
                result.append((.closure, "\(room.ref) closed: \(closure.reason)"))
            }
            if !room.openingHours.allows(span, on: occurrence.start.date.weekday) || occurrence.end.date != occurrence.start.date {
                result.append((.outsideOpeningHours, "\(room.ref) is open \(room.openingHours.summary)"))
            }
        }
        if let requestID = booking.requestID, let request = requests[requestID] {
            if request.audience > room.capacity {
                result.append((.capacity, "\(request.audience) people in \(room.ref), which holds \(room.capacity)"))
            }
            let missing = room.missingFeatures(request.features)
            if !missing.isEmpty { result.append((.features, "\(room.ref) has no \(missing.joined(separator: ", "))")) }
        }
        return result
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

/// Gathers conflicting occurrences into one conflict per kind, bookings and detail, with all their dates.
struct ConflictCollector {
    private var byKey: [String: Conflict] = [:]

    mutating func add(_ kind: Conflict.Kind, _ first: Booking, _ second: Booking?, on date: LocalDate, detail: String) {
        var parties = [ConflictParty(first)] + (second.map { [ConflictParty($0)] } ?? [])
        parties.sort { $0.id < $1.id }
        let key = "\(kind.rawValue)|\(parties.map { String($0.id) }.joined(separator: ","))|\(detail)"
        if byKey[key] == nil { byKey[key] = Conflict(kind: kind, bookings: parties, dates: [], detail: detail) }
        byKey[key]?.dates.append(date)
    }

    var conflicts: [Conflict] {
        byKey.values.map { conflict in
            var sorted = conflict
            sorted.dates = Array(Set(conflict.dates)).sorted()
            return sorted
        }.sorted {
            let left = (Conflict.Kind.allCases.firstIndex(of: $0.kind) ?? 0, $0.dates.first?.dayNumber ?? 0)
            let right = (Conflict.Kind.allCases.firstIndex(of: $1.kind) ?? 0, $1.dates.first?.dayNumber ?? 0)
            if left != right { return left < right }
            return $0.bookings.map(\.id).lexicographicallyPrecedes($1.bookings.map(\.id))
        }
    }
}
