import Testing

@testable import Timetabling

/// A community hall week in 15-minute slots (16.00–22.00, Monday to Friday) with more requests than room.
@Suite struct HallScenarioTests {
    static let slotsPerDay = 24

    func problem() -> Problem {
        var problem = Problem(grid: TimeGrid(days: 5, slotsPerDay: HallScenarioTests.slotsPerDay))
        problem.rooms = [
            Room(id: "Velika dvorana", capacity: 120, features: ["oder"]), Room(id: "Mala dvorana", capacity: 40),
            Room(id: "Sejna soba", capacity: 12, features: ["projektor"]),
        ]
        var rng = SeededGenerator(seed: 42)
        problem.activities = (0..<48).map { index in
            let evenings = Set((0..<5).flatMap { day in (8..<16).map { day * HallScenarioTests.slotsPerDay + $0 } })
            return Activity(
                id: "Dejavnost \(index)", sessions: 1 + rng.below(2), duration: 4 + 2 * rng.below(3),
                allowedStarts: rng.below(3) == 0 ? evenings : nil, size: 8 + rng.below(60),
                requiredFeatures: rng.below(8) == 0 ? ["oder"] : [], group: "Društvo \(index % 9)",
                weeks: rng.below(4) == 0 ? .alternate(weeks: 15, startingAt: index % 2) : .every)
        }
        problem.conflictSets = [ConflictSet(name: "vaditeljica Mojca", activities: [0, 5, 9, 14])]
        problem.roomClosures = [RoomClosure(room: 0, slots: Set(72..<96), weeks: .single(6))]
        problem.pinned = [Placement(activity: 0, session: 0, room: 0, start: 8)]
        return problem
    }

    @Test func anOverbookedHallGetsAValidPlanAndEveryUnplacedSessionIsExplained() throws {
        let solver = try Solver(problem: problem())
        let plan = solver.solve(options: SolverOptions(seed: 2, timeLimit: nil, iterationLimit: 4_000, workers: 2))
        #expect(plan.breakdown.constraints.filter { $0.level == .hard && $0.name != "unplaced sessions" }.allSatisfy { $0.penalty == 0 })
        #expect(plan.placements.count + plan.unplaced.count == solver.compiled.sessionCount)
        #expect(!plan.unplaced.isEmpty)
        #expect(plan.explanations.count == plan.unplaced.count)
        for explanation in plan.explanations {
            #expect(!explanation.refusals.isEmpty || explanation.alternatives.contains { $0.kind == .asRequested })
            #expect(explanation.alternatives.count <= 3)
        }
        #expect(plan.placements.contains(Placement(activity: 0, session: 0, room: 0, start: 8)))
    }
}
