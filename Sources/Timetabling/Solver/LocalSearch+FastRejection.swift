/// Shortcuts that reject doomed moves from the counters alone, before any state is touched.
///
/// They apply to one-slot sessions with a single week pattern once the walk is feasible: then any
/// other session in the target room cell, or in one of the session's sets at the target slot, is a clash.
extension LocalSearch {
    /// Whether moving a clash-free session to (room, start) surely creates a clash, so the move
    /// would be rejected anyway: checked on the counters before paying for unplace and place.
    @inline(__always) func surelyClashes(_ session: Int, room: Int, start: Int, oldStart: Int) -> Bool {
        guard simpleClashes, score.hard == 0, hardWeight >= LocalSearch.feasibleWeight, oldStart >= 0 else { return false }
        let p = evaluator.p
        if state.roomTotal(room * p.slotCount + start) > 0 { return true }
        guard start != oldStart else { return false }
        for i in p.setsOfActivity.range(p.activity(of: session))
        where state.setTotal(Int(p.setsOfActivity.items[i]) * p.slotCount + start) > 0 {
            return true
        }
        return false
    }

    /// Whether exchanging two clash-free sessions' places surely creates a conflict-set clash.
    @inline(__always) func swapSurelyClashes(_ first: Int, _ second: Int) -> Bool {
        guard simpleClashes, score.hard == 0, hardWeight >= LocalSearch.feasibleWeight else { return false }
        let firstStart = Int(state.start[first])
        let secondStart = Int(state.start[second])
        guard firstStart >= 0, firstStart != secondStart else { return false }
        let p = evaluator.p
        let a = p.activity(of: first)
        let b = p.activity(of: second)
        return landsOnSet(a, at: secondStart, leaving: b) || landsOnSet(b, at: firstStart, leaving: a)
    }

    /// Whether a session of `a` at `start` meets another member of one of its sets, not counting
    /// the session of `leaving` that moves away from there.
    @inline(__always) private func landsOnSet(_ a: Int, at start: Int, leaving: Int) -> Bool {
        let p = evaluator.p
        for i in p.setsOfActivity.range(a) {
            let set = p.setsOfActivity.items[i]
            var count = state.setTotal(Int(set) * p.slotCount + start)
            if count == 0 { continue }
            for j in p.setsOfActivity.range(leaving) where p.setsOfActivity.items[j] == set { count -= 1 }
            if count > 0 { return true }
        }
        return false
    }

    /// Hard weights from here on never trade a hard violation for soft gains.
    static let feasibleWeight = 100_000
}
