import Testing

@testable import Timetabling

/// The compound room-stability move: an activity's sessions end up in one room, occupants step aside.
@Suite struct RoomGatheringTests {
    /// Two activities over three one-slot days and two equal rooms; "Zbor" is split over both rooms
    /// and "Orkester" sits in room 0 on day 1, where it blocks a plain move.
    private func search(pinOrkester: Bool = false) -> LocalSearch {
        var problem = Problem(grid: TimeGrid(days: 3, slotsPerDay: 1))
        problem.rooms = [Room(id: "Dvorana", capacity: 30), Room(id: "Klub", capacity: 30)]
        problem.activities = [Activity(id: "Zbor", sessions: 3, size: 20), Activity(id: "Orkester", sessions: 1, size: 20)]
        if pinOrkester { problem.pinned = [Placement(activity: 1, session: 0, room: 0, start: 1)] }
        let p = CompiledProblem(problem)
        let evaluator = Evaluator(p)
        var state = SearchState(p)
        state.place(0, room: 0, start: 0)
        state.place(1, room: 1, start: 1)
        state.place(2, room: 1, start: 2)
        state.place(3, room: 0, start: 1)
        return LocalSearch(evaluator: evaluator, state: state, score: evaluator.fullScore(state), seed: 1)
    }

    @Test func scatteredSessionsMoveIntoOneRoomAndTheOccupantStepsAside() {
        var search = search()
        let before = search.score
        search.gatherIntoRoom(of: 0, temperature: 0.01)
        #expect(Array(search.state.room[0...2]) == [0, 0, 0])
        #expect(search.state.room[3] == 1 && search.state.start[3] == 1)
        #expect(search.score.soft == before.soft - 1)
        #expect(search.score == search.evaluator.fullScore(search.state))
    }

    @Test func aPinnedOccupantBlocksTheGatheringAndNothingMoves() {
        var search = search(pinOrkester: true)
        let before = (search.state.room, search.state.start, search.score)
        search.gatherIntoRoom(of: 0, temperature: 1000)
        #expect(search.state.room == before.0 && search.state.start == before.1)
        #expect(search.score == before.2)
        #expect(search.score == search.evaluator.fullScore(search.state))
    }
}
