/// Starts in one room an activity may not take: a place an administrator turned down for it. Unlike a
/// room closure it binds only this activity, and unlike unavailability only this room, so the solver
/// can still offer the same time in another room or another time in the same one.
public struct RefusedStarts: Sendable, Hashable {
    /// Activity index.
    public var activity: Int
    /// Room index.
    public var room: Int
    /// Start slots at which a session of the activity may not begin in that room. Starts, not the slots
    /// a session covers, so that the caller decides exactly which sessions overlap what was refused
    /// (a session's held slots include the venue's buffer, which the refusal did not).
    public var starts: Set<Int>

    public init(activity: Int, room: Int, starts: Set<Int>) {
        self.activity = activity
        self.room = room
        self.starts = starts
    }
}
