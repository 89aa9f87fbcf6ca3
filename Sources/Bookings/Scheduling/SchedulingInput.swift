import CivilTime

/// What the scheduler plans with: a term, the places, and the requests to place around the bookings
/// that are fixed.
public struct SchedulingInput: Sendable {
    public var term: Term
    public var venues: [Venue]
    public var rooms: [Room]
    public var closures: [Closure]
    /// The requests to place.
    public var requests: [Request]
    /// Bookings the scheduler must work around and never moves: approved ones, and tentative ones
    /// that do not belong to a request being placed (booked by hand).
    public var fixed: [Booking]
    /// The tentative bookings an earlier run made for the requests being placed (or since withdrawn):
    /// the plan to change as little as possible, and the bookings the new plan replaces.
    public var previous: [Booking]
    /// Each venue's policy; a venue without one has no restrictions.
    public var policies: [Slug: VenuePolicy] = [:]
    /// The kind of each group (society, school …), for the policies that reserve rooms to some kinds.
    public var groupKinds: [Slug: String] = [:]

    /// Reads the input for a term from the store: requests that are pending, or scheduled with only
    /// tentative bookings, are placed (again); everything approved is fixed.
    public init(term: Term, reader: any StoreReader) throws {
        self.term = term
        venues = try reader.venues()
        rooms = try reader.rooms(in: nil)
        closures = try reader.closuresInForce()
        let bookings = try reader.bookings().filter { $0.state == .approved || $0.state == .tentative }
        let approvedRequests = Set(bookings.filter { $0.state == .approved }.compactMap(\.requestID))
        let allRequests = try reader.requests()
        requests = allRequests.filter { request in
            request.term == term.slug && request.status.isOpen && !approvedRequests.contains(request.id ?? -1)
        }
        // A withdrawn or rejected request's proposals count as the earlier plan's, so this run removes them rather
        // than pinning them (withdrawing removes them already; this covers stores written otherwise).
        let withdrawn = allRequests.filter { !$0.status.isOpen }.compactMap(\.id)
        let replacing = Set(requests.compactMap(\.id)).union(withdrawn)
        previous = bookings.filter { $0.state == .tentative && replacing.contains($0.requestID ?? -1) }
        fixed = bookings.filter { !($0.state == .tentative && replacing.contains($0.requestID ?? -1)) }
        for venue in venues { policies[venue.slug] = try reader.policy(of: venue.slug) }
        for group in try reader.groups() { groupKinds[group.slug] = group.kind }
    }

    /// The minutes a venue keeps free after each booking of a room (its policy's buffer).
    func bufferMinutes(of venue: Slug) -> Int {
        policies[venue]?.bufferMinutes ?? 0
    }

    /// Whether the venue's policy lets the request's group book the room.
    func admits(_ request: Request, to room: Room) -> Bool {
        guard let policy = policies[room.venue], let kind = groupKinds[request.group] else { return true }
        return policy.admits(groupKind: kind, to: room.slug)
    }

    public init(term: Term, venues: [Venue], rooms: [Room], closures: [Closure], requests: [Request],
                fixed: [Booking], previous: [Booking] = []) {
        self.term = term
        self.venues = venues
        self.rooms = rooms
        self.closures = closures
        self.requests = requests
        self.fixed = fixed
        self.previous = previous
    }

    /// The time-zone rules of each venue.
    func zones() throws -> [Slug: ZoneRules] {
        var zones: [Slug: ZoneRules] = [:]
        for venue in venues {
            do {
                zones[venue.slug] = try ZoneRules(identifier: venue.timeZone)
            } catch {
                throw InvalidValue(record: "venue \"\(venue.name)\"", field: "timezone", value: venue.timeZone, rule: error.message)
            }
        }
        return zones
    }
}
