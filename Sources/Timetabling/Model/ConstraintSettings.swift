/// Whether a constraint must hold (hard) or is a preference (soft).
public enum ConstraintLevel: String, Sendable, Hashable {
    /// Must hold; a plan breaking it is not valid.
    case hard
    /// A preference, traded off by weight.
    case soft
}

/// Level and weight of one constraint; weight 0 switches it off.
public struct ConstraintSetting: Sendable, Hashable {
    /// Hard or soft.
    public var level: ConstraintLevel
    /// Multiplier of the constraint's penalty.
    public var weight: Int

    /// Creates a setting.
    public init(level: ConstraintLevel, weight: Int) {
        self.level = level
        self.weight = weight
    }

    /// A hard setting of `weight`.
    public static func hard(_ weight: Int) -> ConstraintSetting { .init(level: .hard, weight: weight) }
    /// A soft setting of `weight`.
    public static func soft(_ weight: Int) -> ConstraintSetting { .init(level: .soft, weight: weight) }
    /// Switched off.
    public static let off = ConstraintSetting(level: .soft, weight: 0)
}

/// How a room that is too small is penalised.
public enum CapacityPenalty: String, Sendable, Hashable {
    /// 1 per session in a room that is too small (KS: a hard rule).
    case perSession
    /// 1 per person over capacity (ITC-2007: a soft cost).
    case perPersonOver
}

/// Level and weight of every constraint of the engine.
public struct ConstraintSettings: Sendable, Hashable {
    /// Two sessions in one room at one time in a shared week.
    public var roomClash = ConstraintSetting.hard(1)
    /// Two sessions of one conflict set at one time in a shared week.
    public var conflictClash = ConstraintSetting.hard(1)
    /// Session in a room smaller than the activity.
    public var capacity = ConstraintSetting.hard(1)
    /// What the capacity penalty counts.
    public var capacityPenalty = CapacityPenalty.perSession
    /// Room lacking a required feature.
    public var requiredFeatures = ConstraintSetting.hard(1)
    /// Room not among the activity's candidate rooms.
    public var candidateRooms = ConstraintSetting.hard(1)
    /// Session in a closed room or in a slot its activity is unavailable.
    public var unavailability = ConstraintSetting.hard(1)
    /// Session in a room and time refused for its activity.
    public var refusedPlaces = ConstraintSetting.hard(1)
    /// Session starting outside the activity's allowed starts (or running past the end of its day).
    public var allowedStarts = ConstraintSetting.hard(1)
    /// Session left unplaced.
    public var unplaced = ConstraintSetting.hard(1)
    /// Session outside its preferred starts.
    public var preferredTimes = ConstraintSetting.soft(1)
    /// Session outside its preferred rooms.
    public var preferredRooms = ConstraintSetting.soft(1)
    /// Each extra distinct room an owner's sessions use.
    public var roomStability = ConstraintSetting.soft(1)
    /// Each day missing below an owner's minimum number of days.
    public var daySpread = ConstraintSetting.soft(5)
    /// Each session of a compact conflict set with no neighbour of the set in an adjacent slot.
    public var compactness = ConstraintSetting.soft(2)
    /// Each extra separate block of use of a room in a day.
    public var energyClustering = ConstraintSetting.soft(1)
    /// Sum over groups of the square of their unplaced sessions.
    public var fairness = ConstraintSetting.soft(1)
    /// Session placed differently from the previous plan.
    public var minimalChange = ConstraintSetting.soft(1)

    /// Default settings for booking community halls.
    public init() {}
}
