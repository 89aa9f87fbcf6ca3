/// A room holds at most one session at a time in any week: penalty 1 per pair of sessions sharing
/// a room, a slot and a week.
struct RoomClash: Constraint {
    let setting: ConstraintSetting
    var name: String { "room clash" }
    var rule: String { "Two sessions may not use the same room in the same slot of the same week." }

    func placementDelta(_ session: Int, room: Int, start: Int, in state: SearchState) -> Int {
        let p = state.p
        let a = p.activity(of: session)
        let patterns = p.patternBits.count
        let overlapping = p.overlapping.range(Int(p.patternOf[a]))
        var total: Int32 = 0
        for slot in start..<(start + Int(p.duration[a])) {
            let base = (room * p.slotCount + slot) * patterns
            for i in overlapping { total += state.roomOccupancy(base + Int(p.overlapping.items[i])) }
        }
        return Int(total)
    }

    func fullPenalty(in state: SearchState, perActivity: inout [Int]) -> Int {
        let p = state.p
        var cells = Array(repeating: [Int](), count: p.roomCount * p.slotCount)
        var total = 0
        for session in 0..<p.sessionCount where state.isPlaced(session) {
            let a = p.activity(of: session)
            let first = Int(state.room[session]) * p.slotCount + Int(state.start[session])
            for cell in first..<(first + Int(p.duration[a])) {
                for other in cells[cell] where p.patternBits[Int(p.patternOf[p.activity(of: other)])] & p.patternBits[Int(p.patternOf[a])] != 0 {
                    total += 1
                    perActivity[a] += 1
                }
                cells[cell].append(session)
            }
        }
        return total
    }

    /// Read from the counters where each slot has at most one occupant (the usual case, and the only
    /// one in a plan without clashes), so that explaining hundreds of unplaced sessions does not scan
    /// every session for every refused place; in session order either way.
    func blockers(_ session: Int, room: Int, start: Int, in state: SearchState) -> [Int] {
        let p = state.p
        let a = p.activity(of: session)
        var found: [Int] = []
        for slot in start..<(start + Int(p.duration[a])) {
            let cell = room * p.slotCount + slot
            let occupants = state.roomTotal(cell)
            if occupants == 0 { continue }
            guard occupants == 1 else { return scannedBlockers(session, room: room, start: start, in: state) }
            let other = Int(state.roomOccupantXor(cell)) - 1
            if other != session && !found.contains(other)
                && p.patternBits[Int(p.patternOf[p.activity(of: other)])] & p.patternBits[Int(p.patternOf[a])] != 0 {
                found.append(other)
            }
        }
        return found.sorted()
    }

    private func scannedBlockers(_ session: Int, room: Int, start: Int, in state: SearchState) -> [Int] {
        let p = state.p
        let a = p.activity(of: session)
        let end = start + Int(p.duration[a])
        return (0..<p.sessionCount).filter { other in
            guard other != session, state.isPlaced(other), state.room[other] == Int32(room) else { return false }
            let b = p.activity(of: other)
            let otherStart = Int(state.start[other])
            return otherStart < end && start < otherStart + Int(p.duration[b])
                && p.patternBits[Int(p.patternOf[b])] & p.patternBits[Int(p.patternOf[a])] != 0
        }
    }
}
