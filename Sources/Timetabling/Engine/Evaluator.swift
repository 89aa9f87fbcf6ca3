/// Sums the weighted deltas of the active constraints; unary ones come from each activity's `CandidatePlaces` table.
/// A constraint whose units carry site weights has scale 1, so every sum here is in weighted units.
struct Evaluator: Sendable {
    let p: CompiledProblem
    let hard: [any Constraint]
    let soft: [any Constraint]
    let all: [any Constraint]
    /// Hard then soft relational deltas with their weights, statically dispatched.
    let kernels: [(kernel: DeltaKernel, weight: Int, hard: Bool)]
    /// Relational constraints the kernel does not know, evaluated through the protocol.
    let others: [any Constraint]

    init(_ p: CompiledProblem) {
        self.p = p
        let relational = ConstraintCatalog.relationalConstraints(p.problem.settings, p.siteWeights)
        hard = relational.filter { $0.setting.level == .hard }
        soft = relational.filter { $0.setting.level == .soft }
        all = ConstraintCatalog.all(p.problem.settings, p.siteWeights)
        kernels = relational.compactMap { constraint in
            DeltaKernel(constraint).map { ($0, constraint.scale, constraint.setting.level == .hard) }
        }
        others = relational.filter { DeltaKernel($0) == nil }
    }

    /// Weighted score change of placing the (unplaced) session at (room, start).
    @inline(__always) func delta(_ session: Int, room: Int, start: Int, in state: SearchState) -> Score {
        let unary = p.places.cost(p.activity(of: session), room: room, start: start)
        var h = unary.hard
        var s = unary.soft
        for entry in kernels {
            let change = entry.weight * entry.kernel.delta(session, room: room, start: start, in: state)
            if entry.hard { h += change } else { s += change }
        }
        for constraint in others {
            let change = constraint.scale * constraint.placementDelta(session, room: room, start: start, in: state)
            if constraint.setting.level == .hard { h += change } else { s += change }
        }
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
            let cost = constraint.scale * constraint.fullPenalty(in: state, perActivity: &perActivity)
            if constraint.setting.level == .hard { score.hard += cost } else { score.soft += cost }
        }
        return score
    }
}
