import Testing

@testable import Timetabling

/// The debug check of the search state: its counters equal a recount from the assignment.
@Suite struct SearchStateRecountTests {
    @Test(arguments: [UInt64(1), 2, 3])
    func countersEqualARecountAfterRandomPlacesAndRemovals(seed: UInt64) throws {
        let solver = try Solver(problem: RichFixture.problem(seed: seed))
        let p = solver.compiled
        var state = solver.makeState([])
        var rng = SeededGenerator(seed: seed)
        for _ in 0..<2_000 {
            let session = rng.below(p.sessionCount)
            guard !p.pinned[session] else { continue }
            if state.isPlaced(session) {
                state.unplace(session)
            } else {
                let a = p.activity(of: session)
                let start = rng.below(p.slotCount)
                guard p.context.fits(activity: a, start: start) else { continue }
                state.place(session, room: rng.below(p.roomCount), start: start)
            }
            #expect(state.countersMatchRecount())
        }
    }

    @Test func aCounterOffByOneIsCaught() throws {
        let solver = try Solver(problem: RichFixture.problem(seed: 1))
        var state = solver.makeState([Placement(activity: 0, session: 0, room: 1, start: 2)])
        #expect(state.countersMatchRecount())
        state.counters[solver.compiled.layout.roomTotal + 1 * solver.compiled.slotCount + 2] += 1
        #expect(!state.countersMatchRecount())
    }
}
