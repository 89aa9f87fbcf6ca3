/// Which bookings a feed publishes: a room's, a venue's, a group's (private) or every venue's.
public enum FeedScope: Hashable, Sendable, CustomStringConvertible {
    case all
    case venue(Slug)
    case room(RoomRef)
    /// A group's own feed, which shows its private bookings in full; the web addresses it by token.
    case group(Slug)

    /// Whether the feed is meant for the public, where private bookings show only as busy.
    public var isPublic: Bool {
        if case .group = self { return false }
        return true
    }

    /// Whether the feed publishes this booking: tentative and approved series of the scope; rejected and
    /// cancelled ones never. A series belongs to the room it is booked in, also for the occurrences
    /// moved elsewhere, so that its subscribers see where those went.
    public func includes(_ booking: Booking) -> Bool {
        guard booking.state == .tentative || booking.state == .approved else { return false }
        switch self {
        case .all: return true
        case .venue(let venue): return booking.room.venue == venue
        case .room(let room): return booking.room == room
        case .group(let group): return booking.group == group
        }
    }

    /// Whether the feed shows occurrences of `booking` moved into its rooms although the series belongs
    /// to another room: a room's subscribers must see every use of the room.
    public func receivesMoves(from booking: Booking) -> Bool {
        guard booking.state == .tentative || booking.state == .approved, !includes(booking) else { return false }
        return booking.exceptions.contains { exception in
            if case .moved(_, let room?) = exception.change { holds(room) } else { false }
        }
    }

    /// Whether an occurrence in `room` takes place within the scope; a group's feed and the feed of all
    /// venues already hold every series of theirs, wherever its occurrences go.
    func holds(_ room: RoomRef) -> Bool {
        switch self {
        case .room(let ref): ref == room
        case .venue(let venue): room.venue == venue
        case .all, .group: false
        }
    }

    public var description: String {
        switch self {
        case .all: "all venues"
        case .venue(let venue): "venue \(venue)"
        case .room(let room): "room \(room)"
        case .group(let group): "group \(group)"
        }
    }
}
