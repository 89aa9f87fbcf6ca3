import CurriculumTimetabling
import Testing

@Suite struct ValidatorTests {
    func lines(_ text: String) throws -> [CTTAssignment] { try CTTAssignment.parseSolution(text) }

    @Test func aFeasibleHandmadeSolutionCostsWhatTheRulesSay() throws {
        let instance = try CTTInstance(parsing: Fixtures.toy)
        let cost = CTTCost(instance: instance, assignments: try lines("""
            c1 rA 0 0
            c1 rB 1 0
            c2 rB 0 1
            c2 rB 0 2
            c3 rA 1 1
            """))
        // c1 (30 students) in rA (25): 5; c1's lecture on day 1 has no q1 neighbour: 2; c1 uses two rooms: 1.
        #expect(cost.hard == 0)
        #expect((cost.roomCapacity, cost.minimumWorkingDays, cost.curriculumCompactness, cost.roomStability) == (5, 0, 1, 1))
        #expect(cost.soft == 8)
    }

    @Test func everyHardRuleIsCounted() throws {
        let instance = try CTTInstance(parsing: Fixtures.toy)
        let cost = CTTCost(instance: instance, assignments: try lines("""
            c1 rA 0 0
            c3 rA 0 0
            c2 rB 0 0
            c2 rB 1 2
            """))
        #expect((cost.lectures, cost.conflicts, cost.roomOccupancy, cost.availability) == (1, 2, 1, 1))
        #expect(cost.hard == 5)
        // capacity 5; c1 on one day of two: 5; three isolated q1 lectures: 6.
        #expect(cost.soft == 16)
        #expect(cost.description == "hard=5 soft=16")
    }
}
