/// A compound move for room stability: every session of an activity goes to one room at once.
///
/// Single moves rarely fix a scattered activity: the first session that changes room adds a distinct
/// room before the last one removes one, so each step on the way is uphill. Here the sessions keep their
/// starts and only change room, swapping with the lone occupant of the target cell when there is one,
/// and the whole change is accepted or undone together.
extension LocalSearch {
    /// Gathers the sessions of `session`'s activity into the room `session` is in.
    mutating func gatherIntoRoom(of session: Int, temperature: Double) {
        let p = evaluator.p
        let a = p.activity(of: session)
        let target = Int(state.room[session])
        let sessions = Int(p.firstSession[a])..<Int(p.firstSession[a + 1])
        guard target >= 0, sessions.count > 1 else { return }
        var touched: [(session: Int, room: Int, start: Int)] = []
        var change = Score.zero
        for member in sessions where state.isPlaced(member) && Int(state.room[member]) != target {
            let start = Int(state.start[member])
            let from = Int(state.room[member])
            let cell = p.pinned[member] || !p.allows(a, room: target, start: start)
                ? RoomCell.blocked : roomCell(for: member, in: target, at: start, from: from)
            if case .blocked = cell {
                undoGathering(touched)
                return
            }
            touched.append((member, from, start))
            change = change + evaluator.unplace(member, in: &state)
            if case .occupied(let other) = cell {
                touched.append((other, target, start))
                change = change + evaluator.unplace(other, in: &state)
                change = change + evaluator.place(other, room: from, start: start, in: &state)
            }
            change = change + evaluator.place(member, room: target, start: start, in: &state)
        }
        if touched.isEmpty { return }
        if accepts(change, temperature: temperature) {
            score = score + change
        } else {
            undoGathering(touched)
        }
    }

    private enum RoomCell {
        case free
        /// Its lone occupant can take the vacated room at the same start.
        case occupied(Int)
        /// Not handled by this move.
        case blocked
    }

    private func roomCell(for member: Int, in target: Int, at start: Int, from: Int) -> RoomCell {
        let p = evaluator.p
        if state.roomTotal(target * p.slotCount + start) == 0 { return .free }
        guard let other = state.loneOccupant(room: target, slot: start) else { return .blocked }
        let b = p.activity(of: other)
        guard !p.pinned[other], b != p.activity(of: member), Int(state.start[other]) == start,
            p.duration[b] == p.duration[p.activity(of: member)], p.allows(b, room: from, start: start)
        else { return .blocked }
        return .occupied(other)
    }

    /// Puts the touched sessions back where they were.
    private mutating func undoGathering(_ touched: [(session: Int, room: Int, start: Int)]) {
        for entry in touched { state.unplace(entry.session) }
        for entry in touched { state.place(entry.session, room: entry.room, start: entry.start) }
    }
}
