/// A recount of every counter from `room` and `start` alone, for the debug check that `place` and
/// `unplace` keep the counters the constraints' deltas read (the invariant of `SearchState`).
extension SearchState {
    /// The counters as a fresh count of the placed sessions gives them, laid out as `counters` is.
    func recountedCounters() -> [Int32] {
        let layout = p.layout
        let patterns = p.patternBits.count
        var expected = Array(repeating: Int32(0), count: layout.count)
        for session in 0..<p.sessionCount where isPlaced(session) {
            let a = p.activity(of: session)
            let k = Int(p.patternOf[a])
            let r = Int(room[session])
            let t = Int(start[session])
            for slot in t..<(t + Int(p.duration[a])) {
                let cell = r * p.slotCount + slot
                expected[layout.roomOccupancy + cell * patterns + k] += 1
                expected[layout.roomTotal + cell] += 1
                expected[layout.roomOccupantXor + cell] ^= Int32(session + 1)
                for i in p.setsOfActivity.range(a) {
                    let setCell = Int(p.setsOfActivity.items[i]) * p.slotCount + slot
                    expected[layout.setOccupancy + setCell * patterns + k] += 1
                    expected[layout.setTotal + setCell] += 1
                    expected[layout.setOccupantXor + setCell] ^= Int32(session + 1)
                }
            }
            let o = Int(p.ownerOf[a])
            expected[layout.ownerRoomCount + o * p.roomCount + r] += 1
            expected[layout.ownerDayCount + o * p.dayCount + p.day(of: t)] += 1
        }
        for o in 0..<p.ownerCount {
            expected[layout.ownerDistinctRooms + o] = Int32((0..<p.roomCount).count {
                expected[layout.ownerRoomCount + o * p.roomCount + $0] > 0
            })
            expected[layout.ownerDistinctDays + o] = Int32((0..<p.dayCount).count {
                expected[layout.ownerDayCount + o * p.dayCount + $0] > 0
            })
        }
        return expected
    }

    /// Whether the counters, and the unplaced counts, equal a recount.
    func countersMatchRecount() -> Bool {
        var unplaced = Array(repeating: Int32(0), count: p.groupCount)
        for session in 0..<p.sessionCount where !isPlaced(session) { unplaced[Int(p.groupOf[p.activity(of: session)])] += 1 }
        return counters == recountedCounters() && unplacedPerGroup == unplaced
            && unplacedCount == unplaced.reduce(0) { $0 + Int($1) }
    }
}
