extension Booking {
    /// The rooms the booking's dates can be in: its own, and those its moved dates go to.
    public var roomsUsed: Set<RoomRef> {
        var rooms: Set<RoomRef> = [room]
        for exception in exceptions {
            if case .moved(_, let other?) = exception.change { rooms.insert(other) }
        }
        return rooms
    }

    /// Whether it is one of the bookings `StoreReader.bookings(inRooms:orOfGroup:)` returns: a date in
    /// one of `rooms`, or of `group`. Only such a booking can clash with one in those rooms, or count
    /// towards that group's hours.
    public func canMeet(rooms: Set<RoomRef>, group: Slug?) -> Bool {
        (group != nil && self.group == group) || !roomsUsed.isDisjoint(with: rooms)
    }
}
