/// Exchanging the start times of two sessions that share a conflict set, each keeping its room.
///
/// One group with sessions in two halls cannot change their order by single moves: the first to move
/// would land on the other. Swapping whole places does not help either, since each may be held to
/// its own hall. One-slot problems get this from Kempe chains; this is the move for longer sessions.
extension LocalSearch {
    /// Tries the exchange with a random partner; false when there was none to try.
    mutating func timeSwap(_ session: Int, temperature: Double) -> Bool {
        let p = evaluator.p
        let a = p.activity(of: session)
        let sets = p.setsOfActivity.range(a)
        guard !sets.isEmpty else { return false }
        let set = Int(p.setsOfActivity.items[sets.lowerBound + rng.below(sets.count)])
        let members = p.activitiesOfSet.range(set)
        let b = Int(p.activitiesOfSet.items[members.lowerBound + rng.below(members.count)])
        let sessions = Int(p.firstSession[b])..<Int(p.firstSession[b + 1])
        guard !sessions.isEmpty, p.duration[b] == p.duration[a] else { return false }
        let other = sessions.lowerBound + rng.below(sessions.count)
        let room = Int(state.room[session])
        let start = Int(state.start[session])
        let otherRoom = Int(state.room[other])
        let otherStart = Int(state.start[other])
        guard other != session, !p.pinned[other], otherStart >= 0, otherStart != start,
            p.allows(a, room: room, start: otherStart),
            p.allows(b, room: otherRoom, start: start)
        else { return false }
        var change = evaluator.unplace(session, in: &state)
        change = change + evaluator.unplace(other, in: &state)
        change = change + evaluator.place(session, room: room, start: otherStart, in: &state)
        change = change + evaluator.place(other, room: otherRoom, start: start, in: &state)
        if accepts(change, temperature: temperature) {
            score = score + change
        } else {
            state.unplace(session)
            state.unplace(other)
            state.place(session, room: room, start: start)
            state.place(other, room: otherRoom, start: otherStart)
        }
        return true
    }
}
