/// The first phase: an ejection-chain walk that places unplaced sessions by evicting what blocks them.
///
/// Soft cost is ignored here on purpose: the walk has to cross plateaus of equal hard penalty that
/// annealing on the combined cost rarely crosses. It stops when nothing is unplaced, when it has not
/// improved for a while, or at its share of the budget.
extension LocalSearch {
    mutating func placeUnplaced(maximumSteps: Int, stall: Int, limits: Limits, report: (Int, Score) -> Void) {
        let p = evaluator.p
        var lastImprovement = 0
        var bestHard = score.hard
        var recent = Array(repeating: -stall, count: p.sessionCount)
        var step = 0
        while step < maximumSteps && step - lastImprovement < stall {
            let unplaced = movable.filter { !state.isPlaced($0) }
            if unplaced.isEmpty { break }
            step += 1
            if step % 64 == 0 {
                if limits.cancellation?.isCancelled == true { break }
                if let seconds = limits.seconds, (ContinuousClock.now - limits.began).seconds > seconds / 2 { break }
            }
            let session = unplaced[rng.below(unplaced.count)]
            guard let pair = leastBlockedPair(session, recent: recent, step: step) else { continue }
            score = score + evaluator.place(session, room: pair / p.slotCount, start: pair % p.slotCount, in: &state)
            recent[session] = step
            for other in blockers(session) {
                score = score + evaluator.unplace(other, in: &state)
            }
            if score.hard < bestHard {
                bestHard = score.hard
                lastImprovement = step
            }
            if score < best {
                best = score
                bestRoom = state.room
                bestStart = state.start
                report(iterations, best)
            }
        }
    }

    /// The domain pair with the smallest hard delta, avoiding pairs that evict just-placed sessions.
    private mutating func leastBlockedPair(_ session: Int, recent: [Int], step: Int) -> Int? {
        let p = evaluator.p
        let domain = p.domain.range(p.activity(of: session))
        guard !domain.isEmpty else { return nil }
        if rng.below(20) == 0 { return Int(p.domain.items[domain.lowerBound + rng.below(domain.count)]) }
        var bestCost = (Int.max, Int.max)
        var chosen: Int?
        var ties = 0
        for i in domain {
            let pair = Int(p.domain.items[i])
            let room = pair / p.slotCount
            let start = pair % p.slotCount
            let change = evaluator.delta(session, room: room, start: start, in: state)
            var hard = change.hard * 4
            if hard > bestCost.0 { continue }
            if hard > 0, let other = state.loneOccupant(room: room, slot: start), step - recent[other] < 10 {
                hard += 3
            }
            // Soft cost only breaks ties, so the walk starts the annealing from a better place.
            let cost = (hard, change.soft)
            if cost < bestCost {
                bestCost = cost
                chosen = pair
                ties = 1
            } else if cost == bestCost {
                ties += 1
                if rng.below(ties) == 0 { chosen = pair }
            }
        }
        return chosen
    }

    /// Movable sessions that break a hard rule together with `session`.
    private func blockers(_ session: Int) -> [Int] {
        let p = evaluator.p
        let room = Int(state.room[session])
        let start = Int(state.start[session])
        var found: [Int] = []
        for constraint in evaluator.hard {
            for other in constraint.blockers(session, room: room, start: start, in: state)
            where !p.pinned[other] && !found.contains(other) {
                found.append(other)
            }
        }
        return found
    }
}
