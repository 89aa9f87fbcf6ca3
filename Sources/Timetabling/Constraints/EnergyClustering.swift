/// A room is used in one block a day, so it is heated and opened once: penalty 1 per separate
/// block of use of a room in a day beyond the first.
struct EnergyClustering: SiteWeighted {
    let setting: ConstraintSetting
    var units: [Int32]? = nil
    var name: String { "energy-aware clustering" }
    var rule: String { "A room's sessions in one day should form one continuous block of use." }

    func placementDelta(_ session: Int, room: Int, start: Int, in state: SearchState) -> Int {
        let p = state.p
        let dayStart = start - start % p.slotsPerDay
        let end = start + Int(p.duration[p.activity(of: session)])
        let base = room * p.slotCount
        let before = extraBlocks(p.slotsPerDay) { state.roomTotal(base + dayStart + $0) > 0 }
        let after = extraBlocks(p.slotsPerDay) { slot in
            (dayStart + slot >= start && dayStart + slot < end) || state.roomTotal(base + dayStart + slot) > 0
        }
        return unit(room) * (after - before)
    }

    func fullPenalty(in state: SearchState, perActivity: inout [Int]) -> Int {
        let p = state.p
        var occupied = Array(repeating: false, count: p.roomCount * p.slotCount)
        var starter = Array(repeating: -1, count: p.roomCount * p.slotCount)
        for session in 0..<p.sessionCount where state.isPlaced(session) {
            let first = Int(state.room[session]) * p.slotCount + Int(state.start[session])
            starter[first] = p.activity(of: session)
            for cell in first..<(first + Int(p.duration[p.activity(of: session)])) { occupied[cell] = true }
        }
        var total = 0
        for room in 0..<p.roomCount {
            for day in 0..<p.dayCount {
                let base = room * p.slotCount + day * p.slotsPerDay
                var blocks = 0
                for slot in 0..<p.slotsPerDay where occupied[base + slot] && (slot == 0 || !occupied[base + slot - 1]) {
                    blocks += 1
                    if blocks > 1 && starter[base + slot] >= 0 { perActivity[starter[base + slot]] += unit(room) }
                }
                total += unit(room) * max(0, blocks - 1)
            }
        }
        return total
    }

    private func extraBlocks(_ slots: Int, _ occupied: (Int) -> Bool) -> Int {
        var blocks = 0
        var previous = false
        for slot in 0..<slots {
            let current = occupied(slot)
            if current && !previous { blocks += 1 }
            previous = current
        }
        return max(0, blocks - 1)
    }
}
