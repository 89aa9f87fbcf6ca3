/// Everything the solver needs: grid, rooms, activities, conflict sets, closures, pinned and previous placements.
///
/// ```swift
/// var problem = Problem(grid: TimeGrid(days: 5, slotsPerDay: 4))
/// problem.rooms = [Room(id: "Dvorana", capacity: 80)]
/// problem.activities = [Activity(id: "Zbor", sessions: 2, size: 30)]
/// let plan = try Solver(problem: problem).solve()
/// ```
public struct Problem: Sendable {
    /// The weekly grid.
    public var grid: TimeGrid
    /// Rooms, referred to by index.
    public var rooms: [Room]
    /// Activities, referred to by index.
    public var activities: [Activity]
    /// Sets of activities that must not overlap.
    public var conflictSets: [ConflictSet]
    /// Room closures and opening hours.
    public var roomClosures: [RoomClosure]
    /// Slots in which activities are unavailable.
    public var unavailability: [ActivityUnavailability]
    /// Rooms and slots turned down for single activities.
    public var refusedStarts: [RefusedStarts] = []
    /// Fixed sessions the solver never moves (approved bookings).
    public var pinned: [Placement]
    /// The plan in force before, for minimal change; the solver also starts from it.
    public var previousPlan: [Placement]
    /// Levels and weights of the constraints.
    public var settings: ConstraintSettings
    /// Site → the soft weights it sets for penalties charged to it (see `SiteWeightedConstraint`).
    public var siteWeights: [String: SiteWeights]

    /// Creates an empty problem on `grid`.
    public init(
        grid: TimeGrid, rooms: [Room] = [], activities: [Activity] = [], conflictSets: [ConflictSet] = [],
        roomClosures: [RoomClosure] = [], unavailability: [ActivityUnavailability] = [],
        pinned: [Placement] = [], previousPlan: [Placement] = [], settings: ConstraintSettings = .init(),
        siteWeights: [String: SiteWeights] = [:]
    ) {
        self.grid = grid
        self.rooms = rooms
        self.activities = activities
        self.conflictSets = conflictSets
        self.roomClosures = roomClosures
        self.unavailability = unavailability
        self.pinned = pinned
        self.previousPlan = previousPlan
        self.settings = settings
        self.siteWeights = siteWeights
    }
}
