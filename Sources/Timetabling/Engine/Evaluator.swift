/// Sums the weighted deltas of the active constraints; unary ones come from precomputed tables.
struct Evaluator: Sendable {
    let p: CompiledProblem
    let hard: [any Constraint]
    let hardWeights: [Int]
    let soft: [any Constraint]
    let softWeights: [Int]
    let all: [any Constraint]

    init(_ p: CompiledProblem) {
        self.p = p
        let relational = ConstraintCatalog.relationalConstraints(p.problem.settings)
        hard = relational.filter { $0.setting.level == .hard }
        hardWeights = hard.map(\.setting.weight)
        soft = relational.filter { $0.setting.level == .soft }
        softWeights = soft.map(\.setting.weight)
        all = ConstraintCatalog.all(p.problem.settings)
    }

    /// Weighted score change of placing the (unplaced) session at (room, start).
    @inline(__always) func delta(_ session: Int, room: Int, start: Int, in state: SearchState) -> Score {
        let index = p.activity(of: session) * p.pairCount + room * p.slotCount + start
        var h = Int(p.unary.hard[index])
        var s = Int(p.unary.soft[index])
        for i in 0..<hard.count { h += hardWeights[i] * hard[i].placementDelta(session, room: room, start: start, in: state) }
        for i in 0..<soft.count { s += softWeights[i] * soft[i].placementDelta(session, room: room, start: start, in: state) }
        return Score(hard: h, soft: s)
    }

    /// Places the session and returns the score change.
    @inline(__always) func place(_ session: Int, room: Int, start: Int, in state: inout SearchState) -> Score {
        let change = delta(session, room: room, start: start, in: state)
        state.place(session, room: room, start: start)
        return change
    }

    /// Unplaces the session and returns the score change.
    @inline(__always) func unplace(_ session: Int, in state: inout SearchState) -> Score {
        let room = Int(state.room[session])
        let start = Int(state.start[session])
        state.unplace(session)
        return Score.zero - delta(session, room: room, start: start, in: state)
    }

    /// Full recomputation of the score with every constraint, independent of the counters.
    func fullScore(_ state: SearchState) -> Score {
        var perActivity = Array(repeating: 0, count: p.activityCount)
        var score = Score.zero
        for constraint in all {
            let cost = constraint.setting.weight * constraint.fullPenalty(in: state, perActivity: &perActivity)
            if constraint.setting.level == .hard { score.hard += cost } else { score.soft += cost }
        }
        return score
    }
}
