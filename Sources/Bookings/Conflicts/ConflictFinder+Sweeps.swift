extension ConflictFinder {
    /// The occurrences as sweep items in lanes by room, with each lane's room and buffer.
    struct RoomLanes {
        var items: [SweepItem] = []
        var ofItem: [Int32] = []
        var rooms: [RoomRef] = []
        var gaps: [Int64] = []
    }

    func roomLanes(_ all: [BookedOccurrence]) -> RoomLanes {
        var result = RoomLanes()
        var lanes: [RoomRef: Int32] = [:]
        // Most occurrences are in their booking's own room: look that lane up once per booking.
        var bookingLane: [Int: (RoomRef, Int32)] = [:]
        result.items.reserveCapacity(all.count)
        result.ofItem.reserveCapacity(all.count)
        for (index, entry) in all.enumerated() {
            let room = entry.occurrence.room
            let known = bookingLane[entry.booking]
            let lane: Int32
            if let known, known.0 == room {
                lane = known.1
            } else if let seen = lanes[room] {
                lane = seen
            } else {
                lane = Int32(result.rooms.count)
                lanes[room] = lane
                result.rooms.append(room)
                result.gaps.append(Int64(buffer(of: room.venue)))
            }
            if known == nil { bookingLane[entry.booking] = (room, lane) }
            result.items.append(Self.item(entry.occurrence, lane: lane, owner: entry.booking, index: index))
            result.ofItem.append(lane)
        }
        return result
    }

    /// Pairs of occurrences that overlap in one room, counting the venue's buffer.
    func roomPairs(_ all: [BookedOccurrence]) -> [SweepPair] {
        let lanes = roomLanes(all)
        return OverlapSweep.pairs(lanes.items, gap: lanes.gaps)
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
}
