/// Builds the first assignment: pinned sessions, then the previous plan, then most-constrained-first greedy.
struct Construction {
    let evaluator: Evaluator

    /// The first assignment; past `deadline` the greedy stops and leaves the rest unplaced for the
    /// search, so that a time budget holds however large the problem.
    func build(seed: UInt64, until deadline: ContinuousClock.Instant? = nil) -> (SearchState, Score) {
        let p = evaluator.p
        var state = SearchState(p)
        var rng = SeededGenerator(seed: seed)
        for session in 0..<p.sessionCount where p.pinned[session] {
            state.place(session, room: Int(p.pinnedRoom[session]), start: Int(p.pinnedStart[session]))
        }
        let unplacedGain = p.problem.settings.unplaced.level == .hard ? p.problem.settings.unplaced.weight : 0
        for session in 0..<p.sessionCount where !p.pinned[session] && p.previousStart[session] >= 0 {
            let room = Int(p.previousRoom[session])
            let start = Int(p.previousStart[session])
            let a = p.activity(of: session)
            guard p.allows(a, room: room, start: start) else { continue }
            if evaluator.delta(session, room: room, start: start, in: state).hard <= -unplacedGain {
                state.place(session, room: room, start: start)
            }
        }
        for (index, session) in order(&rng).enumerated() where !state.isPlaced(session) {
            if index % 64 == 0, let deadline, ContinuousClock.now >= deadline { break }
            let a = p.activity(of: session)
            var best: Score?
            var bestPair = -1
            var ties = 0
            for i in p.domain.range(a) {
                let pair = Int(p.domain.items[i])
                let change = evaluator.delta(session, room: pair / p.slotCount, start: pair % p.slotCount, in: state)
                if best == nil || change < best ?? change {
                    best = change
                    bestPair = pair
                    ties = 1
                } else if change == best {
                    ties += 1
                    if rng.below(ties) == 0 { bestPair = pair }
                }
            }
            if let best, best.hard <= -unplacedGain && bestPair >= 0 {
                state.place(session, room: bestPair / p.slotCount, start: bestPair % p.slotCount)
            }
        }
        return (state, evaluator.fullScore(state))
    }

    /// Sessions to place, fewest options per unit of conflict first; ties broken by the seed.
    private func order(_ rng: inout SeededGenerator) -> [Int] {
        let p = evaluator.p
        var degree = Array(repeating: 0, count: p.activityCount)
        for set in 0..<p.setCount {
            var sessions = 0
            for i in p.activitiesOfSet.range(set) {
                let a = Int(p.activitiesOfSet.items[i])
                sessions += Int(p.firstSession[a + 1] - p.firstSession[a])
            }
            for i in p.activitiesOfSet.range(set) { degree[Int(p.activitiesOfSet.items[i])] += sessions }
        }
        let keys = (0..<p.sessionCount).map { session -> (Double, UInt64, Int) in
            let a = p.activity(of: session)
            return (Double(p.domain.count(a)) / Double(1 + degree[a]), rng.next(), session)
        }
        return keys.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
    }
}
