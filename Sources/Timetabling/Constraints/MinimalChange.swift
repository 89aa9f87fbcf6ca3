/// The plan changes little from the previous one: penalty 1 per session of the previous plan that
/// is now in another room, at another time, or unplaced.
struct MinimalChange: SiteWeighted {
    let setting: ConstraintSetting
    var units: [Int32]? = nil
    var name: String { "minimal change" }
    var rule: String { "A session placed in the previous plan should keep its room and time." }

    func placementDelta(_ session: Int, room: Int, start: Int, in state: SearchState) -> Int {
        let p = state.p
        guard p.previousStart[session] >= 0 else { return 0 }
        let kept = p.previousRoom[session] == Int32(room) && p.previousStart[session] == Int32(start)
        return kept ? -unit(Int(p.previousRoom[session])) : 0
    }

    func fullPenalty(in state: SearchState, perActivity: inout [Int]) -> Int {
        let p = state.p
        var total = 0
        for session in 0..<p.sessionCount where p.previousStart[session] >= 0 {
            if state.room[session] != p.previousRoom[session] || state.start[session] != p.previousStart[session] {
                let weight = unit(Int(p.previousRoom[session]))
                total += weight
                perActivity[p.activity(of: session)] += weight
            }
        }
        return total
    }
}
