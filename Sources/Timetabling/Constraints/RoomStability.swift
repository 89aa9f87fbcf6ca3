/// An owner's sessions stay in one room: penalty 1 per distinct room beyond the first
/// (ITC-2007 room stability, with the course as owner).
struct RoomStability: SiteWeighted {
    let setting: ConstraintSetting
    var units: [Int32]? = nil
    var name: String { "room stability" }
    var rule: String { "All sessions of one owner should use the same room." }

    func placementDelta(_ session: Int, room: Int, start: Int, in state: SearchState) -> Int {
        let p = state.p
        let owner = Int(p.ownerOf[p.activity(of: session)])
        return state.ownerRoomCount(owner * p.roomCount + room) == 0 && state.ownerDistinctRooms(owner) > 0 ? unit(owner) : 0
    }

    func fullPenalty(in state: SearchState, perActivity: inout [Int]) -> Int {
        let p = state.p
        var rooms = Array(repeating: Set<Int32>(), count: p.ownerCount)
        var firstActivity = Array(repeating: -1, count: p.ownerCount)
        for session in 0..<p.sessionCount where state.isPlaced(session) {
            let owner = Int(p.ownerOf[p.activity(of: session)])
            rooms[owner].insert(state.room[session])
            if firstActivity[owner] < 0 { firstActivity[owner] = p.activity(of: session) }
        }
        var total = 0
        for owner in 0..<p.ownerCount where rooms[owner].count > 1 {
            let cost = unit(owner) * (rooms[owner].count - 1)
            total += cost
            perActivity[firstActivity[owner]] += cost
        }
        return total
    }
}
