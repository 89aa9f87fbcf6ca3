/// A session's room offers every feature its activity requires: penalty 1 per session otherwise.
struct RequiredFeatures: UnaryConstraint {
    let setting: ConstraintSetting
    var reads: UnaryReads { .room }
    var name: String { "required features" }
    var rule: String { "A session's room must offer every feature its activity requires." }

    func penalty(activity: Int, room: Int, start: Int, in context: UnaryContext) -> Int {
        context.hasFeatures[activity * context.roomCount + room] ? 0 : 1
    }
}
