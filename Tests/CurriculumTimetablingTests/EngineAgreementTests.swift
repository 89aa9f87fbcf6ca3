import CurriculumTimetabling
import Testing
import Timetabling

@Suite struct EngineAgreementTests {
    @Test func theEngineScoresTheToySolutionLikeTheValidator() throws {
        let instance = try CTTInstance(parsing: Fixtures.toy)
        let solver = try Solver(problem: instance.problem())
        let lines = try CTTAssignment.parseSolution("c1 rA 0 0\nc1 rB 1 0\nc2 rB 0 1\nc2 rB 0 2\nc3 rA 1 1\n")
        let (score, _) = solver.evaluate(instance.placements(lines))
        #expect(score == Score(hard: 0, soft: 8))
    }

    @Test func theEnginesScoreOfASolvedInstanceEqualsTheValidators() throws {
        let instance = try Fixtures.instance("comp01")
        let solver = try Solver(problem: instance.problem())
        let plan = solver.solve(options: SolverOptions(
            seed: 3, timeLimit: nil, iterationLimit: 20_000, workers: 2, unplaceViolations: false, explain: false))
        let written = CTTAssignment.formatSolution(instance.assignments(plan.placements))
        let cost = CTTCost(instance: instance, assignments: try CTTAssignment.parseSolution(written))
        #expect(cost.hard == 0)
        #expect(Score(hard: cost.hard, soft: cost.soft) == plan.score)
    }

    @Test(arguments: ["comp01", "comp05", "comp07"])
    func theEnginesSoftCostOfARandomAssignmentEqualsTheValidators(name: String) throws {
        let instance = try Fixtures.instance(name)
        var rng = SeededGenerator(seed: 11)
        var lines: [CTTAssignment] = []
        for course in instance.courses {
            for _ in 0..<(course.lectures - rng.below(2)) {
                lines.append(CTTAssignment(
                    course: course.id, room: instance.rooms[rng.below(instance.rooms.count)].id,
                    day: rng.below(instance.days), period: rng.below(instance.periodsPerDay)))
            }
        }
        let (score, _) = try Solver(problem: instance.problem()).evaluate(instance.placements(lines))
        let cost = CTTCost(instance: instance, assignments: lines)
        #expect(score.soft == cost.soft)
        #expect(cost.hard > 0 && score.hard > 0)
    }

    @Test func theMappingMakesTeachersAndCurriculaConflictSets() throws {
        let instance = try Fixtures.instance("comp01")
        let problem = instance.problem()
        #expect(problem.activities.count == 30)
        #expect(problem.conflictSets.filter(\.compact).count == 14)
        #expect(problem.conflictSets.filter { !$0.compact }.count == Set(instance.courses.map(\.teacher)).count)
        #expect(problem.unavailability.reduce(0) { $0 + $1.slots.count } == 53)
    }
}
