/// Closures, opening hours and unavailable people: penalty 1 per slot a session spends in a room
/// closed in one of its weeks, or in a slot its activity is unavailable.
struct Unavailability: UnaryConstraint {
    let setting: ConstraintSetting
    var name: String { "closures and unavailability" }
    var rule: String { "A session may not use a closed room or a slot in which its activity is unavailable." }

    func penalty(activity: Int, room: Int, start: Int, in context: UnaryContext) -> Int {
        var total = 0
        let end = min(start + Int(context.duration[activity]), context.slotCount)
        for slot in start..<end {
            if context.unavailable[activity * context.slotCount + slot] { total += 1 }
            if context.closedWeeks[room * context.slotCount + slot] & context.weeks[activity] != 0 { total += 1 }
        }
        return total
    }
}
