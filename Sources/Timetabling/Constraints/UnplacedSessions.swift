/// Every session is placed: penalty 1 per unplaced session (ITC-2007 counts it as a hard violation).
struct UnplacedSessions: Constraint {
    let setting: ConstraintSetting
    var name: String { "unplaced sessions" }
    var rule: String { "Every session of every activity should be placed." }

    func placementDelta(_ session: Int, room: Int, start: Int, in state: SearchState) -> Int { -1 }

    func fullPenalty(in state: SearchState, perActivity: inout [Int]) -> Int {
        var total = 0
        for session in 0..<state.p.sessionCount where !state.isPlaced(session) {
            total += 1
            perActivity[state.p.activity(of: session)] += 1
        }
        return total
    }
}
