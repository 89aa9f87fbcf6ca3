import CurriculumTimetabling
import Testing

@testable import Timetabling

/// The search skips moves its counters say will clash; this checks the shortcut against real deltas.
@Suite struct FastRejectionTests {
    @Test func movesSkippedAsSureClashesReallyAddHardPenalty() throws {
        let instance = try Fixtures.instance("comp01")
        let solver = try Solver(problem: instance.problem())
        let plan = solver.solve(options: SolverOptions(
            seed: 4, timeLimit: nil, iterationLimit: 10_000, workers: 1, unplaceViolations: false, explain: false))
        let state = solver.makeState(plan.placements)
        let score = solver.evaluator.fullScore(state)
        try #require(score.hard == 0)
        let search = LocalSearch(evaluator: solver.evaluator, state: state, score: score, seed: 1)
        let p = solver.compiled
        var rng = SeededGenerator(seed: 2)
        var skipped = (moves: 0, swaps: 0)
        for _ in 0..<2_000 {
            let session = rng.below(p.sessionCount)
            let room = rng.below(p.roomCount)
            let start = rng.below(p.slotCount)
            guard state.room[session] != Int32(room) || state.start[session] != Int32(start),
                p.allows(p.activity(of: session), room: room, start: start)
            else { continue }
            if search.surelyClashes(session, room: room, start: start, oldStart: Int(state.start[session])) {
                skipped.moves += 1
                var trial = state
                var change = solver.evaluator.unplace(session, in: &trial)
                change = change + solver.evaluator.place(session, room: room, start: start, in: &trial)
                #expect(change.hard > 0)
            }
            let other = rng.below(p.sessionCount)
            if other != session && search.swapSurelyClashes(session, other) {
                skipped.swaps += 1
                var trial = state
                let (roomA, startA) = (Int(trial.room[session]), Int(trial.start[session]))
                let (roomB, startB) = (Int(trial.room[other]), Int(trial.start[other]))
                var change = solver.evaluator.unplace(session, in: &trial)
                change = change + solver.evaluator.unplace(other, in: &trial)
                change = change + solver.evaluator.place(session, room: roomB, start: startB, in: &trial)
                change = change + solver.evaluator.place(other, room: roomA, start: startA, in: &trial)
                #expect(change.hard > 0)
            }
        }
        #expect(skipped.moves > 100 && skipped.swaps > 100)
    }
}
