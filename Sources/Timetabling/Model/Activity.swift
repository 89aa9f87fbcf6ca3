/// A recurring activity asking for `sessions` sessions a week of `duration` consecutive slots.
public struct Activity: Sendable, Hashable {
    /// Readable identifier used in plans and explanations.
    public var id: String
    /// Sessions per week.
    public var sessions: Int
    /// Consecutive slots of one day that each session occupies.
    public var duration: Int
    /// Start slots the activity accepts; `nil` accepts any start where the session fits the day.
    public var allowedStarts: Set<Int>?
    /// Expected attendance.
    public var size: Int
    /// Features every room of the activity must offer.
    public var requiredFeatures: Set<String>
    /// Room indices the activity may use; `nil` allows every room.
    public var candidateRooms: Set<Int>?
    /// Start slots the activity prefers (soft); empty means no preference.
    public var preferredStarts: Set<Int>
    /// Room indices the activity prefers (soft); empty means no preference.
    public var preferredRooms: Set<Int>
    /// Key that groups sessions for room stability and day spreading; `nil` means the activity itself.
    public var owner: String?
    /// Group (stakeholder) that proposed the activity, for fairness; `nil` means the activity itself.
    public var group: String?
    /// Minimum number of distinct days the owner's sessions should spread over (soft).
    public var minimumDays: Int
    /// Term weeks the activity runs in.
    public var weeks: WeekPattern

    /// Creates an activity; only `id`, `sessions` and `size` are required.
    public init(
        id: String, sessions: Int, duration: Int = 1, allowedStarts: Set<Int>? = nil, size: Int,
        requiredFeatures: Set<String> = [], candidateRooms: Set<Int>? = nil,
        preferredStarts: Set<Int> = [], preferredRooms: Set<Int> = [],
        owner: String? = nil, group: String? = nil, minimumDays: Int = 0, weeks: WeekPattern = .every
    ) {
        self.id = id
        self.sessions = sessions
        self.duration = duration
        self.allowedStarts = allowedStarts
        self.size = size
        self.requiredFeatures = requiredFeatures
        self.candidateRooms = candidateRooms
        self.preferredStarts = preferredStarts
        self.preferredRooms = preferredRooms
        self.owner = owner
        self.group = group
        self.minimumDays = minimumDays
        self.weeks = weeks
    }
}
