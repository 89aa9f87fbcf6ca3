import Testing

@testable import Timetabling

@Suite struct RoomClashTests {
    let problem = Fixture.problem(activities: [
        Activity(id: "Zbor", sessions: 1, size: 20),
        Activity(id: "Joga", sessions: 1, size: 10),
        Activity(id: "Šah", sessions: 1, size: 8),
    ])

    @Test func twoSessionsInOneRoomAndSlotArePenalisedOnce() throws {
        let verifier = ConstraintVerifier(problem)
        let placements = [Fixture.at(0, room: 0, start: 3), Fixture.at(1, room: 0, start: 3)]
        #expect(try verifier.penalty(RoomClash(setting: .hard(1)), given: placements) == 1)
    }

    @Test func threeSessionsInOneRoomAndSlotArePenalisedPerPair() throws {
        let verifier = ConstraintVerifier(problem)
        let placements = [Fixture.at(0, room: 1, start: 0), Fixture.at(1, room: 1, start: 0), Fixture.at(2, room: 1, start: 0)]
        #expect(try verifier.penalty(RoomClash(setting: .hard(1)), given: placements) == 3)
    }

    @Test func sessionsInDifferentRoomsOrSlotsAreNotPenalised() throws {
        let verifier = ConstraintVerifier(problem)
        let placements = [Fixture.at(0, room: 0, start: 3), Fixture.at(1, room: 1, start: 3), Fixture.at(2, room: 0, start: 4)]
        #expect(try verifier.penalty(RoomClash(setting: .hard(1)), given: placements) == 0)
    }

    @Test func alternateWeekActivitiesShareARoomWithoutClash() throws {
        var problem = self.problem
        problem.activities[0].weeks = .alternate(weeks: 14, startingAt: 0)
        problem.activities[1].weeks = .alternate(weeks: 14, startingAt: 1)
        let verifier = ConstraintVerifier(problem)
        let placements = [Fixture.at(0, room: 0, start: 3), Fixture.at(1, room: 0, start: 3), Fixture.at(2, room: 0, start: 3)]
        // Šah runs every week, so it clashes with both fortnightly activities, which do not clash with each other.
        #expect(try verifier.penalty(RoomClash(setting: .hard(1)), given: placements) == 2)
    }

    @Test func multiSlotSessionsArePenalisedPerSharedSlot() throws {
        var problem = self.problem
        problem.activities[0].duration = 3
        problem.activities[1].duration = 2
        let verifier = ConstraintVerifier(problem)
        let placements = [Fixture.at(0, room: 0, start: 0), Fixture.at(1, room: 0, start: 1)]
        #expect(try verifier.penalty(RoomClash(setting: .hard(1)), given: placements) == 2)
    }
}

@Suite struct ConflictClashTests {
    let problem = Fixture.problem(
        activities: [
            Activity(id: "Zbor", sessions: 2, size: 20), Activity(id: "Orkester", sessions: 1, size: 30),
            Activity(id: "Joga", sessions: 1, size: 10),
        ],
        conflictSets: [ConflictSet(name: "glasbeniki", activities: [0, 1])])

    @Test func activitiesSharingPeopleInOneSlotArePenalised() throws {
        let verifier = ConstraintVerifier(problem)
        let placements = [Fixture.at(0, room: 0, start: 5), Fixture.at(1, room: 1, start: 5), Fixture.at(2, room: 1, start: 6)]
        #expect(try verifier.penalty(ConflictClash(setting: .hard(1)), given: placements) == 1)
    }

    @Test func activitiesOutsideTheSetMayOverlap() throws {
        let verifier = ConstraintVerifier(problem)
        let placements = [Fixture.at(0, room: 0, start: 5), Fixture.at(2, room: 1, start: 5)]
        #expect(try verifier.penalty(ConflictClash(setting: .hard(1)), given: placements) == 0)
    }

    @Test func sessionsOfOneActivityMayNotOverlapEvenWithoutASet() throws {
        var problem = self.problem
        problem.activities[2].sessions = 2
        let verifier = ConstraintVerifier(problem)
        let placements = [Fixture.at(2, 0, room: 0, start: 7), Fixture.at(2, 1, room: 1, start: 7)]
        #expect(try verifier.penalty(ConflictClash(setting: .hard(1)), given: placements) == 1)
    }

    @Test func alternateWeekActivitiesOfOneSetDoNotClash() throws {
        var problem = self.problem
        problem.activities[0].weeks = .alternate(weeks: 10, startingAt: 1)
        problem.activities[1].weeks = .alternate(weeks: 10, startingAt: 0)
        let verifier = ConstraintVerifier(problem)
        let placements = [Fixture.at(0, room: 0, start: 5), Fixture.at(1, room: 1, start: 5)]
        #expect(try verifier.penalty(ConflictClash(setting: .hard(1)), given: placements) == 0)
    }
}
