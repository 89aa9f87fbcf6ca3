/// Why one session could not be placed, and what its group could accept instead.
public struct UnplacedExplanation: Sendable {
    /// The session.
    public var session: SessionReference
    /// Activity id.
    public var activityID: String
    /// For each candidate room × allowed start that was refused, the hard rules in the way.
    public var refusals: [Refusal]
    /// How many refusals each constraint took part in, by constraint name.
    public var refusalCounts: [String: Int]
    /// Up to three alternatives ranked by soft cost, best first.
    public var alternatives: [Alternative]
}

/// One (room, start) the session could not take.
public struct Refusal: Sendable, Hashable {
    /// Room index.
    public var room: Int
    /// Start slot.
    public var start: Int
    /// The hard rules that refuse it.
    public var reasons: [RefusalReason]
}

/// One hard rule refusing a place, with the sessions in the way.
public struct RefusalReason: Sendable, Hashable {
    /// Constraint name, e.g. "room clash".
    public var constraint: String
    /// Sessions already placed that cause it (empty for rules about the room or time itself).
    public var blockers: [Blocker]
}

/// A placed session standing in the way.
public struct Blocker: Sendable, Hashable {
    /// Activity index.
    public var activity: Int
    /// Activity id.
    public var activityID: String
    /// Session number within the activity.
    public var session: Int
    /// Room index.
    public var room: Int
    /// Start slot.
    public var start: Int
    /// Whether it is a pinned (approved) session the solver may not move.
    public var pinned: Bool
}

/// Something a group could accept instead of what it asked for.
public struct Alternative: Sendable, Hashable {
    /// What is relaxed.
    public enum Kind: String, Sendable, Hashable {
        /// Free as asked: the session fits here without relaxing anything.
        case asRequested
        /// A room outside the requested ones (too small, lacking a feature or not a candidate).
        case otherRoom
        /// A start outside the accepted times.
        case otherTime
        /// The requested room and time, but only in the weeks that are free.
        case alternateWeeks
    }

    /// What is relaxed.
    public var kind: Kind
    /// Room index.
    public var room: Int
    /// Start slot.
    public var start: Int
    /// Weeks the session would run in.
    public var weeks: WeekPattern
    /// Weighted soft cost of taking it.
    public var softCost: Int
    /// Names of the hard rules it relaxes.
    public var relaxes: [String]
}
