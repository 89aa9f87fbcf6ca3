/// A soft constraint whose weight a site (for community halls, a venue) may set for itself.
///
/// Each unit of penalty is charged to one place, and carries the weight of that place's site, or the
/// problem's weight when the site sets none:
/// - preferred times, preferred rooms, capacity and energy-aware clustering: the room of the session;
/// - minimal change: the room the session had in the previous plan, whose users are told of the move;
/// - room stability and day spread: the owner's site, the one site all candidate rooms of its
///   activities lie in (an owner free to use rooms of several sites keeps the problem's weight);
/// - compactness: the conflict set's site, in the same way.
///
/// Fairness compares groups with each other across all sites, so it keeps one weight for the problem.
public enum SiteWeightedConstraint: String, CaseIterable, Sendable, Hashable {
    case preferredTimes
    case preferredRooms
    case capacity
    case roomStability
    case daySpread
    case compactness
    case energyClustering
    case minimalChange

    /// The problem-wide setting of this constraint.
    func setting(in settings: ConstraintSettings) -> ConstraintSetting {
        switch self {
        case .preferredTimes: settings.preferredTimes
        case .preferredRooms: settings.preferredRooms
        case .capacity: settings.capacity
        case .roomStability: settings.roomStability
        case .daySpread: settings.daySpread
        case .compactness: settings.compactness
        case .energyClustering: settings.energyClustering
        case .minimalChange: settings.minimalChange
        }
    }

    /// What a penalty unit is charged to.
    var chargedTo: ChargedTo {
        switch self {
        case .preferredTimes, .preferredRooms, .capacity, .energyClustering, .minimalChange: .room
        case .roomStability, .daySpread: .owner
        case .compactness: .conflictSet
        }
    }

    enum ChargedTo { case room, owner, conflictSet }
}

/// The weights one site sets for its own penalties; a constraint it does not name keeps the problem's weight.
public typealias SiteWeights = [SiteWeightedConstraint: Int]
