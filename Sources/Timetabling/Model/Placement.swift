/// One session of an activity placed in a room at a start slot.
public struct Placement: Sendable, Hashable {
    /// Activity index.
    public var activity: Int
    /// Session number within the activity, 0..<sessions.
    public var session: Int
    /// Room index.
    public var room: Int
    /// Start slot index of the grid.
    public var start: Int

    /// Creates a placement.
    public init(activity: Int, session: Int, room: Int, start: Int) {
        self.activity = activity
        self.session = session
        self.room = room
        self.start = start
    }
}
