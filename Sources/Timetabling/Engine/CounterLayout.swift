/// Where each family of counters starts in `SearchState.counters`.
///
/// All counters live in one flat array so that `update` pays one uniqueness check per move
/// instead of one per family.
struct CounterLayout: Sendable {
    /// `[(r * slotCount + t) * patternCount + k]`: sessions of pattern k occupying room r in slot t.
    let roomOccupancy: Int
    /// `[r * slotCount + t]`: sessions occupying room r in slot t, any pattern.
    let roomTotal: Int
    /// `[r * slotCount + t]`: XOR of (session + 1) over the occupants, so a lone occupant is known
    /// without keeping lists.
    let roomOccupantXor: Int
    /// `[(c * slotCount + t) * patternCount + k]`, per conflict set.
    let setOccupancy: Int
    /// `[c * slotCount + t]`, any pattern.
    let setTotal: Int
    /// `[c * slotCount + t]`: XOR of (session + 1) over the set's occupants.
    let setOccupantXor: Int
    /// `[o * roomCount + r]`: sessions of owner o in room r.
    let ownerRoomCount: Int
    /// `[o]`: distinct rooms of owner o.
    let ownerDistinctRooms: Int
    /// `[o * dayCount + d]`: sessions of owner o on day d.
    let ownerDayCount: Int
    /// `[o]`: distinct days of owner o.
    let ownerDistinctDays: Int
    /// Total length.
    let count: Int

    init(rooms: Int, slots: Int, patterns: Int, sets: Int, owners: Int, days: Int) {
        var next = 0
        func take(_ length: Int) -> Int {
            defer { next += length }
            return next
        }
        roomOccupancy = take(rooms * slots * patterns)
        roomTotal = take(rooms * slots)
        roomOccupantXor = take(rooms * slots)
        setOccupancy = take(sets * slots * patterns)
        setTotal = take(sets * slots)
        setOccupantXor = take(sets * slots)
        ownerRoomCount = take(owners * rooms)
        ownerDistinctRooms = take(owners)
        ownerDayCount = take(owners * days)
        ownerDistinctDays = take(owners)
        count = next
    }
}

extension SearchState {
    @inline(__always) func roomOccupancy(_ i: Int) -> Int32 { counters[p.layout.roomOccupancy + i] }
    @inline(__always) func roomTotal(_ i: Int) -> Int32 { counters[p.layout.roomTotal + i] }
    @inline(__always) func roomOccupantXor(_ i: Int) -> Int32 { counters[p.layout.roomOccupantXor + i] }
    @inline(__always) func setOccupancy(_ i: Int) -> Int32 { counters[p.layout.setOccupancy + i] }
    @inline(__always) func setTotal(_ i: Int) -> Int32 { counters[p.layout.setTotal + i] }
    @inline(__always) func setOccupantXor(_ i: Int) -> Int32 { counters[p.layout.setOccupantXor + i] }
    @inline(__always) func ownerRoomCount(_ i: Int) -> Int32 { counters[p.layout.ownerRoomCount + i] }
    @inline(__always) func ownerDistinctRooms(_ i: Int) -> Int32 { counters[p.layout.ownerDistinctRooms + i] }
    @inline(__always) func ownerDayCount(_ i: Int) -> Int32 { counters[p.layout.ownerDayCount + i] }
    @inline(__always) func ownerDistinctDays(_ i: Int) -> Int32 { counters[p.layout.ownerDistinctDays + i] }
}
