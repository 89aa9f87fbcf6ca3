extension Solver {
    /// Scores a given assignment; pinned sessions are added, placements outside the problem are skipped.
    public func evaluate(_ placements: [Placement]) -> (score: Score, breakdown: ScoreBreakdown) {
        let state = makeState(placements)
        let breakdown = self.breakdown(state)
        return (breakdown.total, breakdown)
    }

    /// The plan for a given assignment, with its score, breakdown and explanations.
    public func plan(for placements: [Placement], explain: Bool = true) -> Plan {
        makePlan(makeState(placements), options: SolverOptions(explain: explain), iterations: [], elapsed: 0)
    }

    func makeState(_ placements: [Placement]) -> SearchState {
        var state = SearchState(compiled)
        for session in 0..<compiled.sessionCount where compiled.pinned[session] {
            state.place(session, room: Int(compiled.pinnedRoom[session]), start: Int(compiled.pinnedStart[session]))
        }
        for placement in placements {
            // Placements that do not fit the problem are skipped, so their sessions count as unplaced.
            guard problem.activities.indices.contains(placement.activity),
                (0..<problem.activities[placement.activity].sessions).contains(placement.session),
                problem.rooms.indices.contains(placement.room),
                problem.grid.fits(start: placement.start, duration: problem.activities[placement.activity].duration)
            else { continue }
            let session = Int(compiled.firstSession[placement.activity]) + placement.session
            guard !state.isPlaced(session) else { continue }
            state.place(session, room: placement.room, start: placement.start)
        }
        return state
    }

    /// The plan of `state`. Every unplaced session first gets its refusals and the alternatives in its
    /// own rooms and times; then, while `explainUntil` allows, the search through other rooms and times
    /// (the costly part) is added session by session, so that hundreds of unplaced sessions fit the budget.
    func makePlan(
        _ state: SearchState, options: SolverOptions, iterations: [Int], elapsed: Double,
        explainUntil deadline: ContinuousClock.Instant? = nil
    ) -> Plan {
        let unplaced = (0..<compiled.sessionCount).filter { !state.isPlaced($0) }.map(reference)
        let explainer = Explainer(solver: self)
        let drafts = options.explain ? unplaced.map { explainer.draft($0, in: state) } : []
        let explanations = drafts.map { draft in
            explainer.finish(draft, in: state, relaxing: deadline.map { ContinuousClock.now < $0 } ?? true)
        }
        return Plan(
            placements: state.placements(), unplaced: unplaced, score: evaluator.fullScore(state),
            breakdown: breakdown(state), explanations: explanations, iterations: iterations, elapsed: elapsed)
    }

    func reference(_ session: Int) -> SessionReference {
        let activity = compiled.activity(of: session)
        return SessionReference(activity: activity, session: session - Int(compiled.firstSession[activity]))
    }

    func breakdown(_ state: SearchState) -> ScoreBreakdown {
        var lines: [ConstraintScore] = []
        var hard = Array(repeating: 0, count: compiled.activityCount)
        var soft = hard
        var costs = Array(repeating: [String: Int](), count: compiled.activityCount)
        var total = Score.zero
        for constraint in evaluator.all {
            var perActivity = Array(repeating: 0, count: compiled.activityCount)
            let scale = constraint.scale
            let raw = constraint.fullPenalty(in: state, perActivity: &perActivity)
            let cost = scale * raw
            // Where sites weigh the units, the raw penalty is a weighted sum; a plain copy counts the units.
            let weightedBySite = (constraint as? any SiteWeighted)?.units != nil
            var counts = Array(repeating: 0, count: compiled.activityCount)
            let penalty = weightedBySite ? constraint.counting.fullPenalty(in: state, perActivity: &counts) : raw
            let level = constraint.setting.level
            lines.append(ConstraintScore(
                name: constraint.name, rule: constraint.rule, level: level, weight: constraint.setting.weight,
                weightedBySite: weightedBySite,
                penalty: penalty, cost: cost))
            if level == .hard { total.hard += cost } else { total.soft += cost }
            for (activity, share) in perActivity.enumerated() where share != 0 {
                if level == .hard { hard[activity] += scale * share } else { soft[activity] += scale * share }
                costs[activity][constraint.name, default: 0] += scale * share
            }
        }
        let activities = (0..<compiled.activityCount).filter { hard[$0] != 0 || soft[$0] != 0 }.map {
            ActivityScore(
                activity: $0, id: problem.activities[$0].id, score: Score(hard: hard[$0], soft: soft[$0]), costs: costs[$0])
        }
        return ScoreBreakdown(constraints: lines, activities: activities, total: total)
    }
}
