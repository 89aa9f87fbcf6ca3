import Testing

@testable import Timetabling

/// The sparse candidate places against a plain reference: every room × every slot, costed by the
/// unary constraints one by one, as the dense tables did.
@Suite struct CandidatePlacesTests {
    static func reference(_ p: CompiledProblem, activity: Int, room: Int, start: Int) -> (hard: Int, soft: Int) {
        guard p.context.fits(activity: activity, start: start) else { return (Int(CandidatePlaces.outsideDay), 0) }
        var cost = (hard: 0, soft: 0)
        for constraint in ConstraintCatalog.unaryConstraints(p.problem.settings, p.siteWeights) {
            let penalty = constraint.scale * constraint.unitWeight(room: room)
                * constraint.penalty(activity: activity, room: room, start: start, in: p.context)
            if constraint.setting.level == .hard { cost.hard += penalty } else { cost.soft += penalty }
        }
        return cost
    }

    static func problems() -> [Problem] {
        [UInt64(1), 2, 3].flatMap { seed in
            var hardCapacity = RichFixture.problem(seed: seed)
            hardCapacity.settings.capacity = .hard(1)
            hardCapacity.settings.capacityPenalty = .perSession
            return [RichFixture.problem(seed: seed), RichFixture.sited(seed: seed), hardCapacity]
        }
    }

    @Test func everyPlaceCostsWhatTheConstraintsSay() throws {
        for problem in Self.problems() {
            let p = try Solver(problem: problem).compiled
            for activity in 0..<p.activityCount {
                for room in 0..<p.roomCount {
                    for start in 0..<p.slotCount {
                        let expected = Self.reference(p, activity: activity, room: room, start: start)
                        let cost = p.places.cost(activity, room: room, start: start)
                        #expect(cost.hard == expected.hard && cost.soft == expected.soft, "activity \(activity) room \(room) start \(start)")
                        #expect(p.allows(activity, room: room, start: start) == (expected.hard == 0))
                    }
                }
            }
        }
    }

    @Test func domainListsTheAllowedPlacesInOrderOfRoomThenStart() throws {
        for problem in Self.problems() {
            let p = try Solver(problem: problem).compiled
            for activity in 0..<p.activityCount {
                let expected = (0..<p.roomCount).flatMap { room in
                    (0..<p.slotCount).filter { Self.reference(p, activity: activity, room: room, start: $0).hard == 0 }
                        .map { Int32(room * p.slotCount + $0) }
                }
                #expect(Array(p.domain.items[p.domain.range(activity)]) == expected)
            }
        }
    }

    @Test func tableHoldsOnlyCandidateRoomsAndAllowedStarts() throws {
        var problem = Problem(grid: TimeGrid(days: 7, slotsPerDay: 96))
        problem.rooms = (0..<50).map { Room(id: "R\($0)", capacity: 30) }
        problem.activities = [Activity(id: "Zbor", sessions: 1, duration: 4, allowedStarts: Set(64..<85), size: 20, candidateRooms: [3, 7])]
        let p = try Solver(problem: problem).compiled
        #expect(Array(p.places.rooms.items[p.places.rooms.range(0)]) == [3, 7])
        #expect(Array(p.places.starts.items[p.places.starts.range(0)]) == (64..<85).map { Int32($0) })
        #expect(p.domain.count(0) == 2 * 21)
    }
}
