import Foundation

/// Simulated annealing over moves, swaps and ejections with exact incremental deltas.
///
/// The cost is `hard * hardWeight + soft`; with the default (huge) hard weight, hard violations are
/// never traded for soft gains, and once the assignment is feasible only hard-neutral moves can pass.
struct LocalSearch {
    let evaluator: Evaluator
    var state: SearchState
    var score: Score
    var rng: SeededGenerator
    let movable: [Int]

    var bestRoom: [Int32]
    var bestStart: [Int32]
    var best: Score
    var iterations = 0

    /// Soft units one hard violation is worth in annealing; large values keep the walk feasible.
    var hardWeight = 1_000_000
    /// Percentage of steps that try a Kempe chain instead of a move or swap.
    var kempeRate = 30
    var kempeBuffers = KempeBuffers()
    /// Percentage of steps that gather an activity into one room; 0 when room stability is not scored.
    var gatherRate = 0

    init(evaluator: Evaluator, state: SearchState, score: Score, seed: UInt64) {
        self.evaluator = evaluator
        self.state = state
        self.score = score
        rng = SeededGenerator(seed: seed)
        let p = evaluator.p
        movable = (0..<p.sessionCount).filter { !p.pinned[$0] && p.domain.count(p.activity(of: $0)) > 0 }
        bestRoom = state.room
        bestStart = state.start
        best = score
        let settings = p.problem.settings
        simpleClashes = p.allUnitDuration && p.patternBits.count == 1 && settings.roomClash.level == .hard
            && settings.roomClash.weight > 0 && settings.conflictClash.level == .hard && settings.conflictClash.weight > 0
        // Active also when only some site weighs room stability.
        gatherRate = evaluator.soft.contains { $0 is RoomStability } ? LocalSearch.defaultGatherRate : 0
    }

    static let defaultGatherRate = 2

    /// One-slot sessions, one week pattern, hard clashes: a non-empty cell then always means a clash.
    let simpleClashes: Bool

    struct Limits: Sendable {
        var iterations: Int?
        var seconds: Double?
        var began: ContinuousClock.Instant
        var cancellation: CancellationFlag?
        var initialTemperature: Double
        var finalTemperature: Double
    }

    mutating func run(_ limits: Limits, report: (Int, Score) -> Void) {
        guard !movable.isEmpty else { return }
        let steps = limits.iterations.map { max(1, $0 / 4) } ?? Int.max
        placeUnplaced(maximumSteps: steps, stall: 50 * movable.count, limits: limits, report: report)
        let checkEvery = 1_000
        var temperature = limits.initialTemperature
        let ratio = limits.finalTemperature / limits.initialTemperature
        #if DEBUG
            var sinceCheck = 0
        #endif
        while true {
            if iterations % checkEvery == 0 {
                let elapsed = (ContinuousClock.now - limits.began).seconds
                var fraction = 0.0
                if let maximum = limits.iterations {
                    if iterations >= maximum { break }
                    fraction = Double(iterations) / Double(maximum)
                }
                if let seconds = limits.seconds {
                    if elapsed >= seconds { break }
                    fraction = max(fraction, elapsed / seconds)
                }
                if limits.cancellation?.isCancelled == true { break }
                temperature = limits.initialTemperature * pow(ratio, fraction)
            }
            iterations += 1
            step(temperature: temperature)
            if score < best {
                best = score
                bestRoom = state.room
                bestStart = state.start
                report(iterations, best)
            }
            #if DEBUG
                sinceCheck += 1
                if sinceCheck >= 5_000 {
                    sinceCheck = 0
                    assert(state.countersMatchRecount(), "search counters drifted from a recount of the assignment")
                    assert(evaluator.fullScore(state) == score, "incremental score drifted from full recomputation")
                }
            #endif
        }
    }

    @inline(__always) private func cost(_ change: Score) -> Int { change.hard * hardWeight + change.soft }

    @inline(__always) mutating func accepts(_ change: Score, temperature: Double) -> Bool {
        let delta = cost(change)
        if delta <= 0 { return true }
        return rng.unit() < exp(-Double(delta) / temperature)
    }

    /// One random neighbour, evaluated and either kept or undone; the mix of moves is `moveMix`.
    private mutating func step(temperature: Double) {
        let p = evaluator.p
        let session = movable[rng.below(movable.count)]
        let a = p.activity(of: session)
        let domain = p.domain.range(a)
        let pair = Int(p.domain.items[domain.lowerBound + rng.below(domain.count)])
        var room = pair / p.slotCount
        var start = pair % p.slotCount
        let oldRoom = Int(state.room[session])
        let oldStart = Int(state.start[session])
        if oldStart >= 0 {
            if gatherRate > 0 && rng.below(100) < gatherRate {
                gatherIntoRoom(of: session, temperature: temperature)
                return
            }
            if kempeRate > 0 && rng.below(100) < kempeRate {
                let target = rng.below(2) == 0 ? emptyDayStart(a) ?? guidedStart(a) ?? start : start
                kempe(session, to: target, temperature: temperature)
                return
            }
            if !p.allUnitDuration && rng.below(8) == 0 && timeSwap(session, temperature: temperature) { return }
            guard let target = plainTarget(session, room: room, start: start, oldRoom: oldRoom, oldStart: oldStart)
            else { return }
            (room, start) = target
        }
        if let other = swapPartner(session, room: room, start: start, oldRoom: oldRoom, oldStart: oldStart) {
            swap(session, other, temperature: temperature)
        } else {
            move(session, room: room, start: start, temperature: temperature)
        }
    }

    /// The single movable session occupying the target in the same slots, if it can take the old place.
    private func swapPartner(_ session: Int, room: Int, start: Int, oldRoom: Int, oldStart: Int) -> Int? {
        let p = evaluator.p
        guard let other = state.loneOccupant(room: room, slot: start) else { return nil }
        let b = p.activity(of: other)
        guard other != session, !p.pinned[other], state.start[other] == Int32(start),
            p.duration[b] == p.duration[p.activity(of: session)]
        else { return nil }
        if oldStart < 0 { return other }
        return p.allows(b, room: oldRoom, start: oldStart) ? other : nil
    }

    private mutating func move(_ session: Int, room: Int, start: Int, temperature: Double) {
        let oldRoom = Int(state.room[session])
        let oldStart = Int(state.start[session])
        if surelyClashes(session, room: room, start: start, oldStart: oldStart) { return }
        var change = Score.zero
        if oldStart >= 0 { change = change + evaluator.unplace(session, in: &state) }
        let gain = evaluator.delta(session, room: room, start: start, in: state)
        if accepts(change + gain, temperature: temperature) {
            state.place(session, room: room, start: start)
            score = score + change + gain
        } else if oldStart >= 0 {
            state.place(session, room: oldRoom, start: oldStart)
        }
    }

    /// Exchanges the places of two sessions; an unplaced session ejects the other.
    private mutating func swap(_ first: Int, _ second: Int, temperature: Double) {
        if swapSurelyClashes(first, second) { return }
        let firstRoom = Int(state.room[first])
        let firstStart = Int(state.start[first])
        let secondRoom = Int(state.room[second])
        let secondStart = Int(state.start[second])
        var change = Score.zero
        if firstStart >= 0 { change = change + evaluator.unplace(first, in: &state) }
        change = change + evaluator.unplace(second, in: &state)
        change = change + evaluator.place(first, room: secondRoom, start: secondStart, in: &state)
        if firstStart >= 0 {
            change = change + evaluator.place(second, room: firstRoom, start: firstStart, in: &state)
        }
        if accepts(change, temperature: temperature) {
            score = score + change
            return
        }
        state.unplace(first)
        if firstStart >= 0 {
            state.unplace(second)
            state.place(first, room: firstRoom, start: firstStart)
        }
        state.place(second, room: secondRoom, start: secondStart)
    }
}

extension Duration {
    /// The duration in seconds as a Double.
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }
}
