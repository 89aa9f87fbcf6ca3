/// The assignment being searched plus the counters the constraints read for their deltas.
///
/// Invariant: every counter equals what a recount from `room`/`start` gives; `place` and `unplace`
/// keep it so, and constraints assume the session they are asked about is currently unplaced.
struct SearchState: Sendable {
    let p: CompiledProblem
    /// Per session: room and start slot, -1 when unplaced.
    var room: [Int32]
    var start: [Int32]
    /// `[(r * slotCount + t) * patternCount + k]`: sessions of pattern k occupying room r in slot t.
    var roomOccupancy: [Int32]
    /// `[r * slotCount + t]`: sessions occupying room r in slot t, any pattern.
    var roomTotal: [Int32]
    /// `[r * slotCount + t]`: the sessions themselves, for swaps and explanations.
    var roomOccupants: [[Int32]]
    /// `[(c * slotCount + t) * patternCount + k]` and totals, per conflict set.
    var setOccupancy: [Int32]
    var setTotal: [Int32]
    /// `[o * roomCount + r]` sessions of owner o in room r; distinct rooms per owner.
    var ownerRoomCount: [Int32]
    var ownerDistinctRooms: [Int32]
    /// `[o * dayCount + d]` sessions of owner o on day d; distinct days per owner.
    var ownerDayCount: [Int32]
    var ownerDistinctDays: [Int32]
    var unplacedPerGroup: [Int32]
    var unplacedCount: Int

    init(_ p: CompiledProblem) {
        self.p = p
        let patterns = p.patternBits.count
        room = Array(repeating: -1, count: p.sessionCount)
        start = Array(repeating: -1, count: p.sessionCount)
        roomOccupancy = Array(repeating: 0, count: p.roomCount * p.slotCount * patterns)
        roomTotal = Array(repeating: 0, count: p.roomCount * p.slotCount)
        roomOccupants = Array(repeating: [], count: p.roomCount * p.slotCount)
        setOccupancy = Array(repeating: 0, count: p.setCount * p.slotCount * patterns)
        setTotal = Array(repeating: 0, count: p.setCount * p.slotCount)
        ownerRoomCount = Array(repeating: 0, count: p.ownerCount * p.roomCount)
        ownerDistinctRooms = Array(repeating: 0, count: p.ownerCount)
        ownerDayCount = Array(repeating: 0, count: p.ownerCount * p.dayCount)
        ownerDistinctDays = Array(repeating: 0, count: p.ownerCount)
        unplacedPerGroup = Array(repeating: 0, count: p.groupCount)
        for session in 0..<p.sessionCount { unplacedPerGroup[Int(p.groupOf[p.activity(of: session)])] += 1 }
        unplacedCount = p.sessionCount
    }

    @inline(__always) func isPlaced(_ session: Int) -> Bool { start[session] >= 0 }

    /// Puts an unplaced session at (room, start) and updates every counter.
    mutating func place(_ session: Int, room r: Int, start t: Int) {
        update(session, room: r, start: t, by: 1)
        room[session] = Int32(r)
        start[session] = Int32(t)
        unplacedPerGroup[Int(p.groupOf[p.activity(of: session)])] -= 1
        unplacedCount -= 1
    }

    /// Takes a placed session out and updates every counter.
    mutating func unplace(_ session: Int) {
        update(session, room: Int(room[session]), start: Int(start[session]), by: -1)
        room[session] = -1
        start[session] = -1
        unplacedPerGroup[Int(p.groupOf[p.activity(of: session)])] += 1
        unplacedCount += 1
    }

    private mutating func update(_ session: Int, room r: Int, start t: Int, by step: Int32) {
        let a = p.activity(of: session)
        let k = Int(p.patternOf[a])
        let patterns = p.patternBits.count
        let length = Int(p.duration[a])
        for slot in t..<(t + length) {
            let cell = r * p.slotCount + slot
            roomOccupancy[cell * patterns + k] += step
            roomTotal[cell] += step
            if step > 0 {
                roomOccupants[cell].append(Int32(session))
            } else if let index = roomOccupants[cell].firstIndex(of: Int32(session)) {
                roomOccupants[cell].swapAt(index, roomOccupants[cell].count - 1)
                roomOccupants[cell].removeLast()
            }
            for i in p.setsOfActivity.range(a) {
                let setCell = Int(p.setsOfActivity.items[i]) * p.slotCount + slot
                setOccupancy[setCell * patterns + k] += step
                setTotal[setCell] += step
            }
        }
        let o = Int(p.ownerOf[a])
        let roomIndex = o * p.roomCount + r
        if step > 0 && ownerRoomCount[roomIndex] == 0 { ownerDistinctRooms[o] += 1 }
        ownerRoomCount[roomIndex] += step
        if step < 0 && ownerRoomCount[roomIndex] == 0 { ownerDistinctRooms[o] -= 1 }
        let dayIndex = o * p.dayCount + p.day(of: t)
        if step > 0 && ownerDayCount[dayIndex] == 0 { ownerDistinctDays[o] += 1 }
        ownerDayCount[dayIndex] += step
        if step < 0 && ownerDayCount[dayIndex] == 0 { ownerDistinctDays[o] -= 1 }
    }

    /// Placements of the sessions that are placed.
    func placements() -> [Placement] {
        (0..<p.sessionCount).compactMap { session in
            guard isPlaced(session) else { return nil }
            let a = p.activity(of: session)
            return Placement(
                activity: a, session: session - Int(p.firstSession[a]), room: Int(room[session]),
                start: Int(start[session]))
        }
    }
}
