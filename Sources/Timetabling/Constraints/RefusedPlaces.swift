/// Places turned down for an activity: penalty 1 for a session starting in a room at a start refused
/// for its activity there. A rule of its own rather than part of unavailability, so that an
/// explanation says "refused" and not "closed".
struct RefusedPlaces: UnaryConstraint {
    let setting: ConstraintSetting
    var name: String { "refused places" }
    var rule: String { "A session may not take a room and time that was refused for its activity." }

    func penalty(activity: Int, room: Int, start: Int, in context: UnaryContext) -> Int {
        guard let starts = context.refused[activity]?[room] else { return 0 }
        return starts.contains(start) ? 1 : 0
    }
}
