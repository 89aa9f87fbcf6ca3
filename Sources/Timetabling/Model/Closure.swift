/// A room that cannot be used in some slots of some weeks: holidays, renovation, opening hours.
public struct RoomClosure: Sendable, Hashable {
    /// Room index.
    public var room: Int
    /// Closed slot indices of the grid.
    public var slots: Set<Int>
    /// Weeks in which the closure holds.
    public var weeks: WeekPattern

    /// Creates a closure of `room` in `slots` during `weeks`.
    public init(room: Int, slots: Set<Int>, weeks: WeekPattern = .every) {
        self.room = room
        self.slots = slots
        self.weeks = weeks
    }
}

/// Slots in which an activity cannot take place (its people are unavailable).
public struct ActivityUnavailability: Sendable, Hashable {
    /// Activity index.
    public var activity: Int
    /// Unavailable slot indices of the grid.
    public var slots: Set<Int>

    /// Creates an unavailability of `activity` in `slots`.
    public init(activity: Int, slots: Set<Int>) {
        self.activity = activity
        self.slots = slots
    }
}
