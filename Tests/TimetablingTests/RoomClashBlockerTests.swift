import Testing

@testable import Timetabling

/// The sessions a room clash names as in the way, read from the counters, against a scan of every session.
@Suite struct RoomClashBlockerTests {
    @Test(arguments: [UInt64(1), 2, 3])
    func blockersAreThePlacedSessionsSharingRoomTimeAndWeek(seed: UInt64) throws {
        let solver = try Solver(problem: RichFixture.problem(seed: seed))
        let p = solver.compiled
        let clash = RoomClash(setting: .hard(1))
        var state = solver.makeState([])
        var rng = SeededGenerator(seed: seed)
        var crowded = 0
        for _ in 0..<1_500 {
            let session = rng.below(p.sessionCount)
            guard !p.pinned[session] else { continue }
            if state.isPlaced(session) { state.unplace(session) }
            let a = p.activity(of: session)
            let room = rng.below(p.roomCount)
            let start = rng.below(p.slotCount)
            guard p.context.fits(activity: a, start: start) else { continue }
            let end = start + Int(p.duration[a])
            let expected = (0..<p.sessionCount).filter { other in
                guard state.isPlaced(other), Int(state.room[other]) == room else { return false }
                let b = p.activity(of: other)
                let otherStart = Int(state.start[other])
                return otherStart < end && start < otherStart + Int(p.duration[b])
                    && p.patternBits[Int(p.patternOf[a])] & p.patternBits[Int(p.patternOf[b])] != 0
            }
            #expect(clash.blockers(session, room: room, start: start, in: state) == expected)
            if (start..<end).contains(where: { state.roomTotal(room * p.slotCount + $0) > 1 }) { crowded += 1 }
            state.place(session, room: room, start: start)
        }
        // Both ways of finding them were exercised: cells with one occupant and crowded cells.
        #expect(crowded > 0)
    }
}
