/// Sessions of a compact conflict set sit next to each other: penalty 1 per session with no session
/// of the same set ending right before it or starting right after it on the same day
/// (ITC-2007 curriculum compactness, weight 2).
struct Compactness: SiteWeighted {
    let setting: ConstraintSetting
    var units: [Int32]? = nil
    var name: String { "compactness" }
    var rule: String { "A session of a compact set should have another session of the set right before or after it." }

    func placementDelta(_ session: Int, room: Int, start: Int, in state: SearchState) -> Int {
        let p = state.p
        let a = p.activity(of: session)
        var delta = 0
        for i in p.setsOfActivity.range(a) {
            let set = Int(p.setsOfActivity.items[i])
            guard p.setCompact[set] else { continue }
            delta += unit(set) * (p.allUnitDuration
                ? unitDelta(set: set, start: start, state: state)
                : blockDelta(session, set: set, start: start, state: state))
        }
        return delta
    }

    /// With one-slot sessions the per-slot counts decide isolation: neighbours at t±1 stop being
    /// isolated when slot t was empty and their far side is empty.
    @inline(__always) private func unitDelta(set: Int, start: Int, state: SearchState) -> Int {
        let p = state.p
        let position = start % p.slotsPerDay
        let base = set * p.slotCount + start
        let here = state.setTotal(base)
        let left = position > 0 ? state.setTotal(base - 1) : 0
        let right = position < p.slotsPerDay - 1 ? state.setTotal(base + 1) : 0
        var delta = left == 0 && right == 0 ? 1 : 0
        if here == 0 {
            if left > 0 && (position < 2 || state.setTotal(base - 2) == 0) { delta -= Int(left) }
            if right > 0 && (position > p.slotsPerDay - 3 || state.setTotal(base + 2) == 0) { delta -= Int(right) }
        }
        return delta
    }

    private func blockDelta(_ session: Int, set: Int, start: Int, state: SearchState) -> Int {
        let p = state.p
        let day = p.day(of: start)
        var blocks = dayBlocks(set: set, day: day, state: state).map(\.block)
        let without = isolatedCount(blocks)
        blocks.append(start..<(start + Int(p.duration[p.activity(of: session)])))
        return isolatedCount(blocks) - without
    }

    func fullPenalty(in state: SearchState, perActivity: inout [Int]) -> Int {
        let p = state.p
        var total = 0
        for set in 0..<p.setCount where p.setCompact[set] {
            for day in 0..<p.dayCount {
                let entries = dayBlocks(set: set, day: day, state: state)
                let blocks = entries.map(\.block)
                for (index, entry) in entries.enumerated() where isIsolated(index, blocks) {
                    total += unit(set)
                    perActivity[entry.activity] += unit(set)
                }
            }
        }
        return total
    }

    private func dayBlocks(set: Int, day: Int, state: SearchState) -> [(activity: Int, block: Range<Int>)] {
        let p = state.p
        var entries: [(activity: Int, block: Range<Int>)] = []
        for i in p.activitiesOfSet.range(set) {
            let a = Int(p.activitiesOfSet.items[i])
            for session in Int(p.firstSession[a])..<Int(p.firstSession[a + 1]) where state.isPlaced(session) {
                let start = Int(state.start[session])
                if p.day(of: start) == day { entries.append((a, start..<(start + Int(p.duration[a])))) }
            }
        }
        return entries
    }

    private func isIsolated(_ index: Int, _ blocks: [Range<Int>]) -> Bool {
        let block = blocks[index]
        return !blocks.indices.contains { other in
            other != index && (blocks[other].upperBound == block.lowerBound || blocks[other].lowerBound == block.upperBound)
        }
    }

    private func isolatedCount(_ blocks: [Range<Int>]) -> Int {
        blocks.indices.filter { isIsolated($0, blocks) }.count
    }
}
