import CivilTime

/// The stored plan of a term beside a plain first-come, first-fit placement of the same requests
/// (`FirstFitPlan`), in the same figures (`PlanFigures`), so that what the scheduler gains is measured.
/// Requests withdrawn or rejected are left out of both; bookings that no request of the term made
/// (booked by hand) are fixed in both.
public struct PlanComparison: Sendable, Codable, Hashable {
    public var term: Slug
    public var venue: Slug?
    public var stored: PlanFigures
    public var firstFit: PlanFigures

    public init(term: Term, venue: Slug?, reader: any StoreReader, language: PlainReason.Language) throws {
        self.term = term.slug
        self.venue = venue
        let venues = try reader.venues()
        var zones: [Slug: ZoneRules] = [:], policies: [Slug: VenuePolicy] = [:]
        for venue in venues {
            zones[venue.slug] = try References(reader).zone(of: venue.slug)
            policies[venue.slug] = try reader.policy(of: venue.slug)
        }
        let groupKinds = Dictionary(try reader.groups().map { ($0.slug, $0.kind) }, uniquingKeysWith: { first, _ in first })
        let allRooms = try reader.rooms(in: nil)
        let bookings = try reader.bookings().filter { $0.state == .approved || $0.state == .tentative }
        let closures = try reader.closuresInForce(bookings: bookings)
        let requests = try reader.requests().filter { $0.term == term.slug && $0.status != .withdrawn && $0.status != .rejected }
        let ids = Set(requests.compactMap(\.id))
        let plan = bookings.filter { ids.contains($0.requestID ?? -1) }
        let fixed = bookings.filter { !ids.contains($0.requestID ?? -1) }
        let baseline = try FirstFitPlan(requests: requests, fixed: fixed, rooms: allRooms, closures: closures, policies: policies,
                                        groupKinds: groupKinds, zones: zones, term: term)
        // With a venue, the requests and bookings of its rooms (a request counts where it asked or was placed).
        let rooms = venue.map { slug in allRooms.filter { $0.venue == slug } } ?? allRooms
        let inVenue = { (booking: Booking) in venue.map { booking.room.venue == $0 } ?? true }
        // The same requests for both plans: those that name the venue or that either plan placed there.
        let placedHere = Set((plan + baseline.bookings).filter(inVenue).compactMap(\.requestID))
        let askedHere = venue.map { venue in requests.filter { placedHere.contains($0.id ?? -1) || $0.venues.contains(venue) } } ?? requests
        var storedReasons: [Int64: String] = [:]
        for request in requests {
            if let reason = request.decisions.outcome?.unplaced.first?.reasons.first, let id = request.id { storedReasons[id] = reason }
        }
        stored = try PlanFigures(requests: askedHere, plan: plan.filter(inVenue), fixed: fixed.filter(inVenue), groupKinds: groupKinds,
                                 rooms: rooms, closures: closures, zones: zones, term: term, notPlacedReasons: storedReasons, language: language)
        firstFit = try PlanFigures(requests: askedHere, plan: baseline.bookings.filter(inVenue), fixed: fixed.filter(inVenue),
                                   groupKinds: groupKinds, rooms: rooms, closures: closures, zones: zones, term: term,
                                   notPlacedReasons: baseline.notPlaced, language: language)
    }
}
