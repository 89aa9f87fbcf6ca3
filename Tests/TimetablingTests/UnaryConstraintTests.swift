import Testing

@testable import Timetabling

@Suite struct CapacityTests {
    let problem = Fixture.problem(activities: [Activity(id: "Ples", sessions: 2, size: 20)])

    @Test func aSessionInATooSmallRoomIsPenalisedOnce() throws {
        let placements = [Fixture.at(0, 0, room: 1, start: 0), Fixture.at(0, 1, room: 0, start: 4)]
        #expect(try ConstraintVerifier(problem).penalty(Capacity(setting: .hard(1), mode: .perSession), given: placements) == 1)
    }

    @Test func perPersonModeCountsPeopleOverCapacity() throws {
        let placements = [Fixture.at(0, 0, room: 1, start: 0), Fixture.at(0, 1, room: 1, start: 4)]
        #expect(try ConstraintVerifier(problem).penalty(Capacity(setting: .soft(1), mode: .perPersonOver), given: placements) == 16)
    }
}

@Suite struct RequiredFeaturesTests {
    @Test func aRoomWithoutTheRequiredFeatureIsPenalised() throws {
        let problem = Fixture.problem(activities: [Activity(id: "Predavanje", sessions: 2, size: 10, requiredFeatures: ["projektor"])])
        let placements = [Fixture.at(0, 0, room: 0, start: 0), Fixture.at(0, 1, room: 1, start: 4)]
        #expect(try ConstraintVerifier(problem).penalty(RequiredFeatures(setting: .hard(1)), given: placements) == 1)
    }
}

@Suite struct CandidateRoomsTests {
    @Test func aRoomOutsideTheCandidatesIsPenalised() throws {
        let problem = Fixture.problem(activities: [Activity(id: "Kuharski tečaj", sessions: 2, size: 8, candidateRooms: [1])])
        let placements = [Fixture.at(0, 0, room: 0, start: 0), Fixture.at(0, 1, room: 1, start: 4)]
        #expect(try ConstraintVerifier(problem).penalty(CandidateRooms(setting: .hard(1)), given: placements) == 1)
    }
}

@Suite struct UnavailabilityTests {
    @Test func aClosedRoomIsPenalisedPerSlotInSharedWeeks() throws {
        var problem = Fixture.problem(activities: [
            Activity(id: "Zbor", sessions: 1, duration: 2, size: 20),
            Activity(id: "Joga", sessions: 1, size: 10, weeks: .alternate(weeks: 10, startingAt: 1)),
        ])
        problem.roomClosures = [RoomClosure(room: 0, slots: [1, 2], weeks: .alternate(weeks: 10, startingAt: 0))]
        let placements = [Fixture.at(0, room: 0, start: 0), Fixture.at(1, room: 0, start: 2)]
        // Zbor overlaps the closure in slot 1; Joga runs only in the weeks the room is open.
        #expect(try ConstraintVerifier(problem).penalty(Unavailability(setting: .hard(1)), given: placements) == 1)
    }

    @Test func aSlotTheActivityIsUnavailableIsPenalised() throws {
        var problem = Fixture.problem(activities: [Activity(id: "Zbor", sessions: 2, size: 20)])
        problem.unavailability = [ActivityUnavailability(activity: 0, slots: [4])]
        let placements = [Fixture.at(0, 0, room: 0, start: 4), Fixture.at(0, 1, room: 0, start: 5)]
        #expect(try ConstraintVerifier(problem).penalty(Unavailability(setting: .hard(1)), given: placements) == 1)
    }
}

@Suite struct AllowedStartsTests {
    @Test func aStartOutsideTheAllowedOnesIsPenalised() throws {
        let problem = Fixture.problem(activities: [Activity(id: "Zbor", sessions: 2, allowedStarts: [2, 6], size: 20)])
        let placements = [Fixture.at(0, 0, room: 0, start: 2), Fixture.at(0, 1, room: 0, start: 3)]
        #expect(try ConstraintVerifier(problem).penalty(AllowedStarts(setting: .hard(1)), given: placements) == 1)
    }
}

@Suite struct PreferredTimesTests {
    @Test func aStartOutsideThePreferredOnesIsPenalised() throws {
        let problem = Fixture.problem(activities: [
            Activity(id: "Zbor", sessions: 2, size: 20, preferredStarts: [3]), Activity(id: "Joga", sessions: 1, size: 5),
        ])
        let placements = [Fixture.at(0, 0, room: 0, start: 3), Fixture.at(0, 1, room: 0, start: 7), Fixture.at(1, room: 0, start: 9)]
        #expect(try ConstraintVerifier(problem).penalty(PreferredTimes(setting: .soft(1)), given: placements) == 1)
    }
}

@Suite struct PreferredRoomsTests {
    @Test func aRoomOutsideThePreferredOnesIsPenalised() throws {
        let problem = Fixture.problem(activities: [Activity(id: "Zbor", sessions: 2, size: 10, preferredRooms: [1])])
        let placements = [Fixture.at(0, 0, room: 0, start: 3), Fixture.at(0, 1, room: 1, start: 7)]
        #expect(try ConstraintVerifier(problem).penalty(PreferredRooms(setting: .soft(1)), given: placements) == 1)
    }
}
