import Testing

@testable import Timetabling

@Suite struct RoomStabilityTests {
    @Test func eachExtraRoomOfAnOwnerIsPenalisedOnce() throws {
        let problem = Fixture.problem(activities: [
            Activity(id: "Zbor", sessions: 3, size: 10), Activity(id: "Zbor – vaja", sessions: 1, size: 10, owner: "Zbor"),
        ])
        let placements = [
            Fixture.at(0, 0, room: 0, start: 0), Fixture.at(0, 1, room: 0, start: 4), Fixture.at(0, 2, room: 1, start: 8),
            Fixture.at(1, room: 1, start: 12),
        ]
        #expect(try ConstraintVerifier(problem).penalty(RoomStability(setting: .soft(1)), given: placements) == 1)
    }

    @Test func oneRoomForAllSessionsIsNotPenalised() throws {
        let problem = Fixture.problem(activities: [Activity(id: "Zbor", sessions: 2, size: 10)])
        let placements = [Fixture.at(0, 0, room: 1, start: 0), Fixture.at(0, 1, room: 1, start: 4)]
        #expect(try ConstraintVerifier(problem).penalty(RoomStability(setting: .soft(1)), given: placements) == 0)
    }
}

@Suite struct DaySpreadTests {
    @Test func eachDayMissingBelowTheMinimumIsPenalised() throws {
        let problem = Fixture.problem(activities: [Activity(id: "Telovadba", sessions: 4, size: 10, minimumDays: 4)])
        let placements = [
            Fixture.at(0, 0, room: 0, start: 0), Fixture.at(0, 1, room: 0, start: 1), Fixture.at(0, 2, room: 0, start: 2),
            Fixture.at(0, 3, room: 0, start: 4),
        ]
        #expect(try ConstraintVerifier(problem).penalty(DaySpread(setting: .soft(5)), given: placements) == 2)
    }

    @Test func unplacedSessionsCountAsMissingDays() throws {
        let problem = Fixture.problem(activities: [Activity(id: "Telovadba", sessions: 3, size: 10, minimumDays: 3)])
        #expect(try ConstraintVerifier(problem).penalty(DaySpread(setting: .soft(5)), given: [Fixture.at(0, room: 0, start: 0)]) == 2)
    }
}

@Suite struct CompactnessTests {
    let problem = Fixture.problem(
        activities: [
            Activity(id: "Matematika", sessions: 2, size: 10), Activity(id: "Fizika", sessions: 1, size: 10),
            Activity(id: "Kemija", sessions: 1, size: 10),
        ],
        conflictSets: [ConflictSet(name: "1. letnik", activities: [0, 1, 2], compact: true)])

    @Test func aSessionWithoutANeighbourOfItsSetIsPenalised() throws {
        // Day 0: slots 0 and 1 are adjacent; day 1 slot 3 stands alone; slot 4 (day 1, first slot) is no neighbour of slot 3.
        let placements = [
            Fixture.at(0, 0, room: 0, start: 0), Fixture.at(1, room: 0, start: 1), Fixture.at(0, 1, room: 0, start: 3),
            Fixture.at(2, room: 0, start: 4),
        ]
        #expect(try ConstraintVerifier(problem).penalty(Compactness(setting: .soft(2)), given: placements) == 2)
    }

    @Test func setsThatAreNotCompactAreNotPenalised() throws {
        var problem = self.problem
        problem.conflictSets[0].compact = false
        #expect(try ConstraintVerifier(problem).penalty(Compactness(setting: .soft(2)), given: [Fixture.at(1, room: 0, start: 1)]) == 0)
    }

    @Test func multiSlotSessionsTouchingEndToStartAreNeighbours() throws {
        var problem = self.problem
        problem.activities[1].duration = 2
        let placements = [Fixture.at(1, room: 0, start: 0), Fixture.at(2, room: 1, start: 2), Fixture.at(0, 0, room: 0, start: 9)]
        #expect(try ConstraintVerifier(problem).penalty(Compactness(setting: .soft(2)), given: placements) == 1)
    }
}

@Suite struct EnergyClusteringTests {
    @Test func eachExtraBlockOfUseOfARoomInADayIsPenalised() throws {
        let problem = Fixture.problem(activities: [
            Activity(id: "Zbor", sessions: 1, size: 10), Activity(id: "Joga", sessions: 1, size: 10),
            Activity(id: "Šah", sessions: 1, size: 10),
        ])
        let placements = [Fixture.at(0, room: 0, start: 0), Fixture.at(1, room: 0, start: 2), Fixture.at(2, room: 1, start: 3)]
        #expect(try ConstraintVerifier(problem).penalty(EnergyClustering(setting: .soft(1)), given: placements) == 1)
    }

    @Test func backToBackSessionsFormOneBlock() throws {
        let problem = Fixture.problem(activities: [
            Activity(id: "Zbor", sessions: 1, duration: 2, size: 10), Activity(id: "Joga", sessions: 1, size: 10),
        ])
        let placements = [Fixture.at(0, room: 0, start: 0), Fixture.at(1, room: 0, start: 2)]
        #expect(try ConstraintVerifier(problem).penalty(EnergyClustering(setting: .soft(1)), given: placements) == 0)
    }
}

@Suite struct FairnessTests {
    @Test func unplacedSessionsArePenalisedBySquaresPerGroup() throws {
        let problem = Fixture.problem(activities: [
            Activity(id: "Zbor", sessions: 2, size: 10, group: "KUD"), Activity(id: "Ples", sessions: 1, size: 10, group: "KUD"),
            Activity(id: "Joga", sessions: 2, size: 10, group: "Društvo upokojencev"),
        ])
        let placements = [Fixture.at(0, 0, room: 0, start: 0), Fixture.at(2, 0, room: 0, start: 1)]
        // KUD misses 2 sessions (4), the pensioners' society 1 (1).
        #expect(try ConstraintVerifier(problem).penalty(Fairness(setting: .soft(1)), given: placements) == 5)
    }
}

@Suite struct MinimalChangeTests {
    @Test func sessionsMovedOrDroppedFromThePreviousPlanArePenalised() throws {
        var problem = Fixture.problem(activities: [Activity(id: "Zbor", sessions: 3, size: 10)])
        problem.previousPlan = [Fixture.at(0, 0, room: 0, start: 0), Fixture.at(0, 1, room: 0, start: 4), Fixture.at(0, 2, room: 0, start: 8)]
        let placements = [Fixture.at(0, 0, room: 0, start: 0), Fixture.at(0, 1, room: 1, start: 4)]
        #expect(try ConstraintVerifier(problem).penalty(MinimalChange(setting: .soft(1)), given: placements) == 2)
    }
}

@Suite struct UnplacedSessionsTests {
    @Test func eachUnplacedSessionIsPenalisedOnce() throws {
        let problem = Fixture.problem(activities: [Activity(id: "Zbor", sessions: 3, size: 10)])
        #expect(try ConstraintVerifier(problem).penalty(UnplacedSessions(setting: .hard(1)), given: [Fixture.at(0, room: 0, start: 0)]) == 2)
    }
}
