/// The assignment being searched plus the counters the constraints read for their deltas.
///
/// Invariant: every counter equals what a recount from `room`/`start` gives; `place` and `unplace`
/// keep it so, and constraints assume the session they are asked about is currently unplaced.
struct SearchState: Sendable {
    let p: CompiledProblem
    /// Per session: room and start slot, -1 when unplaced.
    var room: [Int32]
    var start: [Int32]
    /// Every occupancy and owner counter, laid out by `p.layout` (see `CounterLayout`).
    var counters: [Int32]
    var unplacedPerGroup: [Int32]
    var unplacedCount: Int

    init(_ p: CompiledProblem) {
        self.p = p
        room = Array(repeating: -1, count: p.sessionCount)
        start = Array(repeating: -1, count: p.sessionCount)
        counters = Array(repeating: 0, count: p.layout.count)
        unplacedPerGroup = Array(repeating: 0, count: p.groupCount)
        for session in 0..<p.sessionCount { unplacedPerGroup[Int(p.groupOf[p.activity(of: session)])] += 1 }
        unplacedCount = p.sessionCount
    }

    @inline(__always) func isPlaced(_ session: Int) -> Bool { start[session] >= 0 }

    /// The only session occupying room r in slot t, if exactly one does.
    @inline(__always) func loneOccupant(room r: Int, slot t: Int) -> Int? {
        let cell = r * p.slotCount + t
        return roomTotal(cell) == 1 ? Int(roomOccupantXor(cell)) - 1 : nil
    }

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
        let p = self.p
        let layout = p.layout
        let a = p.activity(of: session)
        let k = Int(p.patternOf[a])
        let patterns = p.patternBits.count
        let length = Int(p.duration[a])
        let mark = Int32(session + 1)
        let sets = p.setsOfActivity.range(a)
        counters.withUnsafeMutableBufferPointer { c in
            for slot in t..<(t + length) {
                let cell = r * p.slotCount + slot
                c[layout.roomOccupancy + cell * patterns + k] += step
                c[layout.roomTotal + cell] += step
                c[layout.roomOccupantXor + cell] ^= mark
                for i in sets {
                    let setCell = Int(p.setsOfActivity.items[i]) * p.slotCount + slot
                    c[layout.setOccupancy + setCell * patterns + k] += step
                    c[layout.setTotal + setCell] += step
                    c[layout.setOccupantXor + setCell] ^= mark
                }
            }
            let o = Int(p.ownerOf[a])
            let roomIndex = layout.ownerRoomCount + o * p.roomCount + r
            if step > 0 && c[roomIndex] == 0 { c[layout.ownerDistinctRooms + o] += 1 }
            c[roomIndex] += step
            if step < 0 && c[roomIndex] == 0 { c[layout.ownerDistinctRooms + o] -= 1 }
            let dayIndex = layout.ownerDayCount + o * p.dayCount + p.day(of: t)
            if step > 0 && c[dayIndex] == 0 { c[layout.ownerDistinctDays + o] += 1 }
            c[dayIndex] += step
            if step < 0 && c[dayIndex] == 0 { c[layout.ownerDistinctDays + o] -= 1 }
        }
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
