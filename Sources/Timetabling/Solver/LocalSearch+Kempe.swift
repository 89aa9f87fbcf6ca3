/// Kempe-chain moves: swap two start slots for a connected group of sessions that share people.
///
/// Moving one session to another slot forces the sessions of its conflict sets that sit there to
/// move back, and so on; the whole chain moves at once, so the move never creates a conflict-set clash.
/// Each session keeps its room if that is free at its new time, else takes the free room it fits best.
extension LocalSearch {
    /// Longer chains are dropped before evaluation: on comp02/comp05 chains of 5 or more sessions were
    /// well over half the Kempe work, yet almost never accepted (about 1 in 3,000 against 1 in 5 for
    /// chains of one to four).
    static let maximumChain = 6

    mutating func kempe(_ session: Int, to target: Int, temperature: Double) {
        let p = evaluator.p
        let origin = Int(state.start[session])
        guard origin >= 0, origin != target, p.allUnitDuration else { return }
        // The buffers are moved out and back so their storage is reused instead of allocated per move.
        var chain = kempeBuffers.chain
        var rooms = kempeBuffers.rooms
        var starts = kempeBuffers.starts
        kempeBuffers = KempeBuffers()
        defer { kempeBuffers = KempeBuffers(chain: chain, rooms: rooms, starts: starts) }
        chain.removeAll(keepingCapacity: true)
        rooms.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        chain.append(session)
        var index = 0
        while index < chain.count {
            let member = chain[index]
            index += 1
            let a = p.activity(of: member)
            let other = Int(state.start[member]) == origin ? target : origin
            for i in p.setsOfActivity.range(a) {
                let set = Int(p.setsOfActivity.items[i])
                let cell = set * p.slotCount + other
                guard state.setTotal(cell) > 0 else { continue }
                if state.setTotal(cell) == 1 && p.patternBits.count == 1 {
                    // A lone occupant is known from the XOR without scanning the set's sessions.
                    let candidate = Int(state.setOccupantXor(cell)) - 1
                    if chain.contains(candidate) { continue }
                    if p.pinned[candidate] || chain.count >= LocalSearch.maximumChain { return }
                    chain.append(candidate)
                    continue
                }
                for j in p.activitiesOfSet.range(set) {
                    let b = Int(p.activitiesOfSet.items[j])
                    guard p.patternBits[Int(p.patternOf[a])] & p.patternBits[Int(p.patternOf[b])] != 0 else { continue }
                    for candidate in Int(p.firstSession[b])..<Int(p.firstSession[b + 1])
                    where Int(state.start[candidate]) == other && !chain.contains(candidate) {
                        if p.pinned[candidate] || chain.count >= LocalSearch.maximumChain { return }
                        chain.append(candidate)
                    }
                }
            }
        }
        for member in chain {
            rooms.append(Int(state.room[member]))
            starts.append(Int(state.start[member]))
        }
        var change = Score.zero
        for member in chain { change = change + evaluator.unplace(member, in: &state) }
        for position in chain.indices {
            let member = chain[position]
            let newStart = starts[position] == origin ? target : origin
            let room = bestRoom(for: member, at: newStart, preferring: rooms[position])
            change = change + evaluator.place(member, room: room, start: newStart, in: &state)
        }
        if accepts(change, temperature: temperature) {
            score = score + change
            return
        }
        for member in chain { state.unplace(member) }
        for position in chain.indices {
            let member = chain[position]
            state.place(member, room: rooms[position], start: starts[position])
        }
    }

    /// Reusable storage for the chain being evaluated and its members' old rooms and starts.
    struct KempeBuffers {
        var chain: [Int] = []
        var rooms: [Int] = []
        var starts: [Int] = []
    }

    /// The session's own room if free and allowed at `start`, else the free allowed room of least unary cost.
    func bestRoom(for session: Int, at start: Int, preferring room: Int) -> Int {
        let p = evaluator.p
        let a = p.activity(of: session)
        if state.roomTotal(room * p.slotCount + start) == 0 && p.allows(a, room: room, start: start) {
            return room
        }
        // Only the activity's own rooms can be allowed, so the others are never looked at.
        return p.places.cheapestRoom(a, at: start) { state.roomTotal($0 * p.slotCount + start) == 0 } ?? room
    }
}
