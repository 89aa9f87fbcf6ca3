import Testing

@testable import Timetabling

@Suite struct ExplanationTests {
    /// One hall and a small club room; an approved fortnightly booking holds the hall on Monday at 18.00,
    /// and the choir asks for exactly that room and time every week.
    func problem() -> Problem {
        var problem = Problem(grid: TimeGrid(days: 1, slotsPerDay: 2))
        problem.rooms = [Room(id: "Dvorana", capacity: 80), Room(id: "Klub", capacity: 10)]
        problem.activities = [
            Activity(id: "Odobrena vadba", sessions: 1, size: 30, weeks: .alternate(weeks: 14, startingAt: 0)),
            Activity(id: "Pevski zbor", sessions: 1, allowedStarts: [0], size: 25, candidateRooms: [0]),
        ]
        problem.pinned = [Placement(activity: 0, session: 0, room: 0, start: 0)]
        return problem
    }

    @Test func anUnplaceableSessionNamesTheBlockingConstraintAndPinnedActivity() throws {
        let plan = try Solver(problem: problem()).solve(options: SolverOptions(timeLimit: nil, iterationLimit: 1_000, workers: 1))
        #expect(plan.unplaced == [SessionReference(activity: 1, session: 0)])
        let explanation = try #require(plan.explanations.first)
        #expect(explanation.activityID == "Pevski zbor")
        #expect(explanation.refusals.count == 1)
        let refusal = try #require(explanation.refusals.first)
        #expect(refusal.room == 0 && refusal.start == 0)
        #expect(refusal.reasons.map(\.constraint) == ["room clash"])
        let blocker = try #require(refusal.reasons.first?.blockers.first)
        #expect(blocker.activityID == "Odobrena vadba")
        #expect(blocker.pinned)
        #expect(explanation.refusalCounts == ["room clash": 1])
    }

    @Test func alternativesOfferAlternateWeeksAnotherTimeAndAnotherRoom() throws {
        let solver = try Solver(problem: problem())
        let plan = solver.plan(for: [])
        let alternatives = try #require(plan.explanations.first?.alternatives)
        #expect(Set(alternatives.map(\.kind)) == [.alternateWeeks, .otherTime, .otherRoom])
        let weeks = try #require(alternatives.first { $0.kind == .alternateWeeks })
        #expect(weeks.room == 0 && weeks.start == 0)
        #expect(weeks.weeks.intersection(WeekPattern(weeks: 0..<14)) == .alternate(weeks: 14, startingAt: 1))
        let time = try #require(alternatives.first { $0.kind == .otherTime })
        #expect(time.room == 0 && time.start == 1 && time.relaxes == ["allowed start times"])
        let room = try #require(alternatives.first { $0.kind == .otherRoom })
        #expect(room.room == 1 && room.start == 0 && Set(room.relaxes) == ["candidate rooms", "room capacity"])
    }

    @Test func theBreakdownAddsUpPerConstraintAndPerActivity() throws {
        let solver = try Solver(problem: problem())
        let (score, breakdown) = solver.evaluate([Placement(activity: 1, session: 0, room: 0, start: 0)])
        #expect(score == Score(hard: 1, soft: 0))
        #expect(breakdown.constraints.first { $0.name == "room clash" }?.penalty == 1)
        #expect(breakdown.activities.map(\.id) == ["Pevski zbor"])
        #expect(breakdown.activities.first?.costs == ["room clash": 1])
    }
}
