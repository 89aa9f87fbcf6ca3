import Foundation
import Testing

@testable import Timetabling

@Suite struct SolverTests {
    let options = SolverOptions(seed: 5, timeLimit: nil, iterationLimit: 20_000, workers: 2)

    @Test func theSameSeedGivesTheSamePlan() throws {
        let solver = try Solver(problem: RichFixture.problem(seed: 7))
        let first = solver.solve(options: options)
        let second = solver.solve(options: options)
        #expect(first.placements == second.placements)
        #expect(first.score == second.score)
        #expect(first.iterations == second.iterations)
    }

    @Test func pinnedSessionsNeverMove() throws {
        var problem = RichFixture.problem(seed: 8)
        problem.pinned += [Placement(activity: 10, session: 0, room: 0, start: 13)]
        let plan = try Solver(problem: problem).solve(options: options)
        for pinned in problem.pinned { #expect(plan.placements.contains(pinned)) }
    }

    @Test func aFeasibleProblemIsSolvedWithoutHardViolations() throws {
        var problem = Problem(grid: TimeGrid(days: 5, slotsPerDay: 4))
        problem.rooms = [Room(id: "Dvorana", capacity: 50), Room(id: "Klub", capacity: 20)]
        problem.activities = (0..<8).map { Activity(id: "A\($0)", sessions: 3, size: $0 < 4 ? 40 : 15, minimumDays: 3) }
        problem.conflictSets = [ConflictSet(name: "trener", activities: [0, 4, 5])]
        let plan = try Solver(problem: problem).solve(options: options)
        #expect(plan.score.hard == 0)
        #expect(plan.unplaced.isEmpty)
        #expect(plan.placements.count == 24)
    }

    @Test func alternateWeekActivitiesAreBothPlacedInTheOnlyRoomAndSlot() throws {
        var problem = Problem(grid: TimeGrid(days: 1, slotsPerDay: 1))
        problem.rooms = [Room(id: "Sejna soba", capacity: 10)]
        problem.activities = [
            Activity(id: "Čebelarji", sessions: 1, size: 8, weeks: .alternate(weeks: 14, startingAt: 0)),
            Activity(id: "Filatelisti", sessions: 1, size: 6, weeks: .alternate(weeks: 14, startingAt: 1)),
        ]
        let plan = try Solver(problem: problem).solve(options: options)
        #expect(plan.score == .zero)
        #expect(plan.placements.count == 2)
    }

    @Test func cancellationStopsTheSearch() throws {
        let flag = CancellationFlag()
        flag.cancel()
        let solver = try Solver(problem: RichFixture.problem(seed: 9))
        let plan = solver.solve(options: SolverOptions(seed: 1, timeLimit: 60, workers: 1, cancellation: flag))
        #expect(plan.elapsed < 5)
        #expect(plan.iterations == [0])
    }

    @Test func progressReportsTheBestScore() throws {
        let reports = ProgressLog()
        var options = self.options
        options.unplaceViolations = false
        let plan = try Solver(problem: RichFixture.problem(seed: 3)).solve(options: options) { reports.append($0) }
        let finals = (0..<2).compactMap { worker in reports.values.last { $0.worker == worker } }
        #expect(finals.map(\.iteration) == [20_000, 20_000])
        #expect(finals.map(\.best).min() == plan.score)
    }

    @Test func anInvalidProblemIsRejectedWithAMessage() {
        var problem = Fixture.problem(activities: [Activity(id: "Zbor", sessions: 1, duration: 9, size: 10)])
        #expect(throws: ProblemError("activity \"Zbor\": duration must be 1...4 slots, got 9")) { try Solver(problem: problem) }
        problem.activities[0].duration = 1
        problem.pinned = [Placement(activity: 0, session: 1, room: 0, start: 0)]
        #expect(throws: ProblemError("pinned placement of \"Zbor\": session 1 is not in 0..<1")) { try Solver(problem: problem) }
    }
}

/// Collects progress reports from worker threads.
final class ProgressLog: @unchecked Sendable {
    // The lock guards `items`; reports arrive from several threads.
    private let lock = NSLock()
    private var items: [SolverProgress] = []

    func append(_ progress: SolverProgress) { lock.withLock { items.append(progress) } }
    var values: [SolverProgress] { lock.withLock { items } }
}
