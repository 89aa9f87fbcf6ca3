/// A session starts at one of its activity's allowed starts and ends within its day: penalty 1 otherwise.
struct AllowedStarts: UnaryConstraint {
    let setting: ConstraintSetting
    var reads: UnaryReads { .start }
    var name: String { "allowed start times" }
    var rule: String { "A session must start at a time its activity accepts and end on the same day." }

    func penalty(activity: Int, room: Int, start: Int, in context: UnaryContext) -> Int {
        context.allowedStart[activity * context.slotCount + start] && context.fits(activity: activity, start: start) ? 0 : 1
    }
}
