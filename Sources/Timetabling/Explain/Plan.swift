/// The solver's answer: placements, score with breakdown, and why each unplaced session was not placed.
public struct Plan: Sendable {
    /// Placed sessions, pinned ones included.
    public var placements: [Placement]
    /// Sessions left unplaced.
    public var unplaced: [SessionReference]
    /// Total weighted score.
    public var score: Score
    /// The score per constraint and per activity.
    public var breakdown: ScoreBreakdown
    /// One explanation per unplaced session (empty when explanations are off).
    public var explanations: [UnplacedExplanation]
    /// Local-search iterations per worker.
    public var iterations: [Int]
    /// Wall-clock seconds of the solve.
    public var elapsed: Double
}

/// One session of an activity.
public struct SessionReference: Sendable, Hashable {
    /// Activity index.
    public var activity: Int
    /// Session number within the activity.
    public var session: Int
}

/// The score split by constraint and by activity.
public struct ScoreBreakdown: Sendable {
    /// One line per active constraint, in catalogue order.
    public var constraints: [ConstraintScore]
    /// Activities with a non-zero share, by activity index.
    public var activities: [ActivityScore]
    /// Sum of the constraint lines.
    public var total: Score
}

/// What one constraint costs in a plan.
public struct ConstraintScore: Sendable, Hashable {
    /// Readable name.
    public var name: String
    /// The rule in one sentence.
    public var rule: String
    /// Hard or soft.
    public var level: ConstraintLevel
    /// The problem's weight of the constraint.
    public var weight: Int
    /// Whether some site sets its own weight, so that units differ in cost.
    public var weightedBySite: Bool
    /// Unweighted penalty (violations or units).
    public var penalty: Int
    /// `weight × penalty`, or with site weights the sum of each unit's weight.
    public var cost: Int
}

/// An activity's share of the score, with the constraints it pays for.
public struct ActivityScore: Sendable, Hashable {
    /// Activity index.
    public var activity: Int
    /// Activity id.
    public var id: String
    /// Weighted hard and soft share.
    public var score: Score
    /// Weighted cost per constraint name (non-zero only).
    public var costs: [String: Int]
}
