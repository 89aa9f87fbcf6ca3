import CivilTime

/// Everything feeds are built from, read once: a web server or the demo builds many feeds from one read.
public struct FeedData: Sendable {
    public var venues: [Slug: Venue]
    public var rooms: [RoomRef: Room]
    public var groups: [Slug: Group]
    public var closures: [Closure]
    /// Sorted by id, which is the order of a feed's events.
    public var bookings: [Booking]
    /// CREATED and LAST-MODIFIED by booking id; a booking without an entry gets neither property.
    public var times: [Int64: RecordTimes]
    public var terms: [Term]

    public init(venues: [Venue], rooms: [Room], groups: [Group], closures: [Closure], bookings: [Booking],
                times: [Int64: RecordTimes] = [:], terms: [Term] = []) {
        self.venues = Dictionary(venues.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        self.rooms = Dictionary(rooms.map { ($0.ref, $0) }, uniquingKeysWith: { first, _ in first })
        self.groups = Dictionary(groups.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        self.closures = closures
        self.bookings = bookings.sorted { ($0.id ?? -1) < ($1.id ?? -1) }
        self.times = times
        self.terms = terms.sorted { $0.firstDay < $1.firstDay }
    }

    /// Reads what feeds need from the store; run it inside one read so that all of it is one state.
    public init(_ reader: any StoreReader) throws {
        self.init(venues: try reader.venues(), rooms: try reader.rooms(in: nil), groups: try reader.groups(),
                  closures: try reader.closuresInForce(), bookings: try reader.bookings(), times: try reader.bookingTimes(),
                  terms: try reader.terms())
    }

    /// Checks that the scope names a venue, room or group that exists, suggesting near names when not.
    public func check(_ scope: FeedScope) throws(NotFound) {
        switch scope {
        case .all: return
        case .venue(let venue):
            guard venues[venue] == nil else { return }
            throw NotFound(kind: "venue", key: venue.value, suggestions: nearest(venue.value, in: venues.keys.map(\.value)))
        case .room(let room):
            guard rooms[room] == nil else { return }
            throw NotFound(kind: "room", key: room.description, suggestions: nearest(room.description, in: rooms.keys.map(\.description)))
        case .group(let group):
            guard groups[group] == nil else { return }
            throw NotFound(kind: "group", key: group.value, suggestions: nearest(group.value, in: groups.keys.map(\.value)))
        }
    }
}
