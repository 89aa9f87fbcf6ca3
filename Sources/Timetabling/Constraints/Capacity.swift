/// A session fits its room: penalty 1 per session in a room that is too small, or (ITC-2007)
/// 1 per person over the room's capacity.
struct Capacity: UnaryConstraint, SiteWeighted {
    let setting: ConstraintSetting
    let mode: CapacityPenalty
    var units: [Int32]? = nil
    var reads: UnaryReads { .room }
    var name: String { "room capacity" }
    var rule: String { "A session's attendance may not exceed its room's capacity." }

    func unitWeight(room: Int) -> Int { unit(room) }

    func penalty(activity: Int, room: Int, start: Int, in context: UnaryContext) -> Int {
        let over = Int(context.size[activity] - context.capacity[room])
        guard over > 0 else { return 0 }
        return mode == .perSession ? 1 : over
    }
}
