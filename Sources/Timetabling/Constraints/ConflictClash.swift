/// Activities sharing people never overlap: penalty 1 per pair of sessions of one conflict set
/// sharing a slot and a week (counted once per set they share).
struct ConflictClash: Constraint {
    let setting: ConstraintSetting
    var name: String { "conflict-set clash" }
    var rule: String { "Two sessions of activities that share people may not overlap in the same week." }

    func placementDelta(_ session: Int, room: Int, start: Int, in state: SearchState) -> Int {
        let p = state.p
        let a = p.activity(of: session)
        let patterns = p.patternBits.count
        let overlapping = p.overlapping.range(Int(p.patternOf[a]))
        var total: Int32 = 0
        for i in p.setsOfActivity.range(a) {
            let setBase = Int(p.setsOfActivity.items[i]) * p.slotCount
            for slot in start..<(start + Int(p.duration[a])) {
                let base = (setBase + slot) * patterns
                for j in overlapping { total += state.setOccupancy(base + Int(p.overlapping.items[j])) }
            }
        }
        return Int(total)
    }

    func fullPenalty(in state: SearchState, perActivity: inout [Int]) -> Int {
        let p = state.p
        var total = 0
        for set in 0..<p.setCount {
            var slots = Array(repeating: [Int](), count: p.slotCount)
            for i in p.activitiesOfSet.range(set) {
                let a = Int(p.activitiesOfSet.items[i])
                for session in Int(p.firstSession[a])..<Int(p.firstSession[a + 1]) where state.isPlaced(session) {
                    let first = Int(state.start[session])
                    for slot in first..<(first + Int(p.duration[a])) {
                        for other in slots[slot] where sharesWeek(a, p.activity(of: other), p) {
                            total += 1
                            perActivity[a] += 1
                        }
                        slots[slot].append(session)
                    }
                }
            }
        }
        return total
    }

    func blockers(_ session: Int, room: Int, start: Int, in state: SearchState) -> [Int] {
        let p = state.p
        let a = p.activity(of: session)
        let end = start + Int(p.duration[a])
        var found: [Int] = []
        for i in p.setsOfActivity.range(a) {
            let set = Int(p.setsOfActivity.items[i])
            for j in p.activitiesOfSet.range(set) {
                let b = Int(p.activitiesOfSet.items[j])
                for other in Int(p.firstSession[b])..<Int(p.firstSession[b + 1])
                where other != session && state.isPlaced(other) && sharesWeek(a, b, p) {
                    let otherStart = Int(state.start[other])
                    if otherStart < end && start < otherStart + Int(p.duration[b]) && !found.contains(other) {
                        found.append(other)
                    }
                }
            }
        }
        return found
    }

    private func sharesWeek(_ a: Int, _ b: Int, _ p: CompiledProblem) -> Bool {
        p.patternBits[Int(p.patternOf[a])] & p.patternBits[Int(p.patternOf[b])] != 0
    }
}
