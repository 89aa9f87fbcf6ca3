/// A session of an activity with preferred starts uses one of them: penalty 1 per session otherwise.
struct PreferredTimes: UnaryConstraint, SiteWeighted {
    let setting: ConstraintSetting
    var units: [Int32]? = nil
    var reads: UnaryReads { .start }
    var name: String { "preferred times" }
    var rule: String { "A session should start at one of its activity's preferred times, if it has any." }

    func unitWeight(room: Int) -> Int { unit(room) }

    func penalty(activity: Int, room: Int, start: Int, in context: UnaryContext) -> Int {
        guard context.hasStartPreference[activity] else { return 0 }
        return context.preferredStart[activity * context.slotCount + start] ? 0 : 1
    }
}
