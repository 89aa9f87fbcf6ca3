/// A session of an activity with preferred rooms uses one of them: penalty 1 per session otherwise.
struct PreferredRooms: UnaryConstraint, SiteWeighted {
    let setting: ConstraintSetting
    var units: [Int32]? = nil
    var reads: UnaryReads { .room }
    var name: String { "preferred rooms" }
    var rule: String { "A session should take place in one of its activity's preferred rooms, if it has any." }

    func unitWeight(room: Int) -> Int { unit(room) }

    func penalty(activity: Int, room: Int, start: Int, in context: UnaryContext) -> Int {
        guard context.hasRoomPreference[activity] else { return 0 }
        return context.preferredRoom[activity * context.roomCount + room] ? 0 : 1
    }
}
