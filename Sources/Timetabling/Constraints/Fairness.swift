/// Unplaced sessions are spread across groups: penalty is the sum over groups of the square of
/// each group's unplaced sessions, so one group losing three costs more than three groups losing one.
struct Fairness: Constraint {
    let setting: ConstraintSetting
    var name: String { "fairness" }
    var rule: String { "Sessions that cannot be placed should be spread across groups rather than hit one group." }

    func placementDelta(_ session: Int, room: Int, start: Int, in state: SearchState) -> Int {
        let unplaced = Int(state.unplacedPerGroup[Int(state.p.groupOf[state.p.activity(of: session)])])
        return (unplaced - 1) * (unplaced - 1) - unplaced * unplaced
    }

    func fullPenalty(in state: SearchState, perActivity: inout [Int]) -> Int {
        let p = state.p
        var unplaced = Array(repeating: 0, count: p.groupCount)
        var firstActivity = Array(repeating: -1, count: p.groupCount)
        for session in 0..<p.sessionCount {
            let group = Int(p.groupOf[p.activity(of: session)])
            if firstActivity[group] < 0 { firstActivity[group] = p.activity(of: session) }
            if !state.isPlaced(session) { unplaced[group] += 1 }
        }
        var total = 0
        for group in 0..<p.groupCount where unplaced[group] > 0 {
            total += unplaced[group] * unplaced[group]
            perActivity[firstActivity[group]] += unplaced[group] * unplaced[group]
        }
        return total
    }
}
