/// An owner's sessions spread over at least its minimum number of days: penalty 1 per missing day
/// (ITC-2007 minimum working days, weight 5).
struct DaySpread: SiteWeighted {
    let setting: ConstraintSetting
    var units: [Int32]? = nil
    var name: String { "day spread" }
    var rule: String { "The sessions of one owner should fall on at least its minimum number of different days." }

    func placementDelta(_ session: Int, room: Int, start: Int, in state: SearchState) -> Int {
        let p = state.p
        let owner = Int(p.ownerOf[p.activity(of: session)])
        let newDay = state.ownerDayCount(owner * p.dayCount + p.day(of: start)) == 0
        return newDay && state.ownerDistinctDays(owner) < p.ownerMinimumDays[owner] ? -unit(owner) : 0
    }

    func fullPenalty(in state: SearchState, perActivity: inout [Int]) -> Int {
        let p = state.p
        var days = Array(repeating: Set<Int>(), count: p.ownerCount)
        var firstActivity = Array(repeating: -1, count: p.ownerCount)
        for activity in 0..<p.activityCount {
            let owner = Int(p.ownerOf[activity])
            if firstActivity[owner] < 0 { firstActivity[owner] = activity }
            for session in Int(p.firstSession[activity])..<Int(p.firstSession[activity + 1]) where state.isPlaced(session) {
                days[owner].insert(p.day(of: Int(state.start[session])))
            }
        }
        var total = 0
        for owner in 0..<p.ownerCount where days[owner].count < Int(p.ownerMinimumDays[owner]) {
            let cost = unit(owner) * (Int(p.ownerMinimumDays[owner]) - days[owner].count)
            total += cost
            perActivity[firstActivity[owner]] += cost
        }
        return total
    }
}
