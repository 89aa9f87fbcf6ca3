import Testing

@testable import Timetabling

/// A time budget bounds the greedy start and the explanations too: past it, the greedy stops, and an
/// unplaced session still gets its refusals and the alternatives in its own rooms and times, but no
/// search through other rooms and times.
@Suite struct TimeBudgetTests {
    let solver: Solver

    init() throws {
        solver = try Solver(problem: ExplanationTests().problem())
    }

    @Test func pastTheDeadlineExplanationsKeepRefusalsAndDropOtherRoomsAndTimes() throws {
        let state = solver.makeState([])
        let late = solver.makePlan(
            state, options: SolverOptions(), iterations: [], elapsed: 0, explainUntil: ContinuousClock.now - .seconds(1))
        let explanation = try #require(late.explanations.first)
        #expect(explanation.refusals.map(\.room) == [0])
        #expect(explanation.refusals.first?.reasons.map(\.constraint) == ["room clash"])
        #expect(explanation.alternatives.map(\.kind) == [.alternateWeeks])
    }

    @Test func withinTheDeadlineExplanationsAreWhole() throws {
        let state = solver.makeState([])
        let early = solver.makePlan(
            state, options: SolverOptions(), iterations: [], elapsed: 0, explainUntil: ContinuousClock.now + .seconds(3_600))
        #expect(Set(early.explanations.first?.alternatives.map(\.kind) ?? []) == [.alternateWeeks, .otherTime, .otherRoom])
    }

    @Test func aBudgetSpentBeforeSolvingStillGivesAPlanWithEverySessionAccountedFor() throws {
        var options = SolverOptions(timeLimit: 1, workers: 1)
        options.began = ContinuousClock.now - .seconds(60)
        let plan = solver.solve(options: options)
        #expect(plan.placements.count + plan.unplaced.count == 2)
        #expect(plan.explanations.count == plan.unplaced.count)
        #expect(plan.elapsed >= 60)
    }

    @Test func pastItsDeadlineTheGreedyStartPlacesOnlyPinnedSessions() throws {
        var problem = RichFixture.problem(seed: 1)
        problem.previousPlan = []
        let solver = try Solver(problem: problem)
        let construction = Construction(evaluator: solver.evaluator)
        let (late, _) = construction.build(seed: 1, until: ContinuousClock.now - .seconds(1))
        let pinned = (0..<solver.compiled.sessionCount).filter { solver.compiled.pinned[$0] }
        #expect((0..<solver.compiled.sessionCount).filter { late.isPlaced($0) } == pinned)
        let (whole, _) = construction.build(seed: 1)
        #expect((0..<solver.compiled.sessionCount).filter { whole.isPlaced($0) }.count > pinned.count)
    }
}
