import Bookings

/// Which calendar a feed address names. A group is addressed by its secret token, which the web
/// side resolves to the group; Bookings' `FeedScope` names it by slug.
public enum FeedAddress: Hashable, Sendable, CustomStringConvertible {
    /// Every public activity of every venue: `/feeds/all.ics`.
    case all
    /// `/feeds/venues/golnik.ics`
    case venue(Slug)
    /// `/feeds/rooms/golnik/velika-dvorana.ics`
    case room(RoomRef)
    /// `/feeds/groups/TOKEN.ics`: a group's own calendar, private activities with their details.
    case group(token: String)

    /// The cache key; a group's is its token, which never appears in a log line (see `FeedRoutes`).
    public var description: String {
        switch self {
        case .all: "all"
        case .venue(let slug): "venue:\(slug)"
        case .room(let ref): "room:\(ref)"
        case .group(let token): "group:\(token)"
        }
    }
}

/// Where the server gets a calendar's iCalendar text. The feed builder of the Bookings module
/// implements it over the store; tests use a fixed one.
public protocol FeedSource: Sendable {
    /// The calendar as RFC 5545 text in UTF-8, or nil when the address names no venue, room or group.
    /// Public addresses must show private activities only as busy time, without title or group, and
    /// the same data must give the same bytes (no generation time in DTSTAMP), so that ETags hold.
    func calendar(for address: FeedAddress) throws -> [UInt8]?
}
