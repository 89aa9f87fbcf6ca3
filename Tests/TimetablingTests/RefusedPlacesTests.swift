import Testing

@testable import Timetabling

/// A room and time refused for one activity binds that activity in that room only.
@Suite struct RefusedPlacesTests {
    /// Joga (8 people) may use both rooms; start 3 is refused for it in the small room.
    func problem() -> Problem {
        var problem = Fixture.problem(activities: [
            Activity(id: "Joga", sessions: 1, size: 8), Activity(id: "Šah", sessions: 1, size: 8),
        ])
        problem.refusedStarts = [RefusedStarts(activity: 0, room: 1, starts: [3])]
        return problem
    }

    @Test func aRefusedStartIsPenalisedOnlyForItsActivityAndRoom() throws {
        let verifier = ConstraintVerifier(problem())
        let rule = RefusedPlaces(setting: .hard(1))
        #expect(try verifier.penalty(rule, given: [Fixture.at(0, room: 1, start: 3)]) == 1)
        #expect(try verifier.penalty(rule, given: [Fixture.at(0, room: 0, start: 3)]) == 0)
        #expect(try verifier.penalty(rule, given: [Fixture.at(0, room: 1, start: 2)]) == 0)
        #expect(try verifier.penalty(rule, given: [Fixture.at(1, room: 1, start: 3)]) == 0)
    }

    @Test func theSolverPlacesTheActivityElsewhere() throws {
        var problem = problem()
        // Everything but start 3 of the small room is refused or closed: the big room is closed all week.
        problem.roomClosures = [RoomClosure(room: 0, slots: Set(0..<problem.grid.slotCount))]
        problem.activities[0].allowedStarts = [3, 7]
        let plan = try Solver(problem: problem).solve(options: SolverOptions(seed: 1, timeLimit: nil, iterationLimit: 2_000))
        let joga = try #require(plan.placements.first { $0.activity == 0 })
        #expect(plan.score.hard == 0)
        #expect(joga.room == 1 && joga.start == 7)
    }

    @Test func aProblemNamingAnUnknownRoomIsRefused() throws {
        var problem = problem()
        problem.refusedStarts = [RefusedStarts(activity: 0, room: 9, starts: [0])]
        #expect(throws: ProblemError.self) { try Solver(problem: problem) }
    }
}
