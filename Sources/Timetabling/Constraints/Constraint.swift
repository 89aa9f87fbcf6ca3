/// One rule of the timetable, evaluated incrementally during search and in full for checks and reports.
///
/// The delta contract: `placementDelta` is asked about a session that is currently *unplaced* in `state`
/// and returns the raw (unweighted) penalty with the session at (room, start) minus the penalty without it.
/// A move is evaluated as a sequence of unplace/place steps, which makes any compound move exact.
protocol Constraint: Sendable {
    /// Readable name used in score breakdowns and explanations.
    var name: String { get }
    /// The rule in one sentence.
    var rule: String { get }
    /// Level and weight.
    var setting: ConstraintSetting { get }
    /// What the raw penalty is multiplied by: the setting's weight, or 1 where sites weigh units themselves.
    var scale: Int { get }
    /// The same rule counting every unit as 1, for the penalty column of a score breakdown.
    var counting: any Constraint { get }
    /// Raw penalty change of placing the (unplaced) session at (room, start).
    func placementDelta(_ session: Int, room: Int, start: Int, in state: SearchState) -> Int
    /// Raw penalty of the whole assignment, recounted from `state.room`/`state.start` without the counters;
    /// adds each activity's share to `perActivity`.
    func fullPenalty(in state: SearchState, perActivity: inout [Int]) -> Int
    /// Sessions already placed that make placing the session at (room, start) break this rule.
    func blockers(_ session: Int, room: Int, start: Int, in state: SearchState) -> [Int]
}

extension Constraint {
    func blockers(_ session: Int, room: Int, start: Int, in state: SearchState) -> [Int] { [] }
    var scale: Int { setting.weight }
    var counting: any Constraint { self }
}

/// A soft constraint whose units may carry the weights of the sites they are charged to.
///
/// With `units` set, the raw penalty is already the sum of each unit's weight and `scale` is 1;
/// without, every unit counts 1 and the setting's weight applies, as for any other constraint.
protocol SiteWeighted: Constraint {
    /// Weight of a unit charged to each room, owner or conflict set (see `SiteWeightedConstraint`).
    var units: [Int32]? { get set }
}

extension SiteWeighted {
    var scale: Int { units == nil ? setting.weight : 1 }

    var counting: any Constraint {
        var plain = self
        plain.units = nil
        return plain
    }

    /// Weight of one unit charged to `index`.
    @inline(__always) func unit(_ index: Int) -> Int {
        if let units { Int(units[index]) } else { 1 }
    }
}

/// A constraint whose penalty depends on one session's own placement only, so it can be tabulated.
protocol UnaryConstraint: Constraint {
    /// Raw penalty of a session of `activity` at (room, start).
    func penalty(activity: Int, room: Int, start: Int, in context: UnaryContext) -> Int
    /// Weight of a unit of penalty in `room`: 1 unless the room's site sets its own.
    func unitWeight(room: Int) -> Int
    /// Which of room and start the penalty depends on; a hard rule of one kind drops whole rows or
    /// columns of an activity's candidate places (see `CandidatePlaces`).
    var reads: UnaryReads { get }
}

/// What a unary rule's penalty depends on besides the activity.
enum UnaryReads: Sendable {
    case room
    case start
    case both
}

extension UnaryConstraint {
    func unitWeight(room: Int) -> Int { 1 }
    var reads: UnaryReads { .both }

    func placementDelta(_ session: Int, room: Int, start: Int, in state: SearchState) -> Int {
        unitWeight(room: room) * penalty(activity: state.p.activity(of: session), room: room, start: start, in: state.p.context)
    }

    func fullPenalty(in state: SearchState, perActivity: inout [Int]) -> Int {
        var total = 0
        for session in 0..<state.p.sessionCount where state.isPlaced(session) {
            let activity = state.p.activity(of: session)
            let room = Int(state.room[session])
            let cost = unitWeight(room: room)
                * penalty(activity: activity, room: room, start: Int(state.start[session]), in: state.p.context)
            total += cost
            perActivity[activity] += cost
        }
        return total
    }
}

/// Builds the active constraints (a positive weight, for the problem or for some site) from the settings.
enum ConstraintCatalog {
    static func unaryConstraints(_ settings: ConstraintSettings, _ sites: SiteWeightTables) -> [any UnaryConstraint] {
        let all: [any UnaryConstraint] = [
            CandidateRooms(setting: settings.candidateRooms),
            RequiredFeatures(setting: settings.requiredFeatures),
            Capacity(setting: settings.capacity, mode: settings.capacityPenalty, units: sites.units(.capacity)),
            Unavailability(setting: settings.unavailability),
            RefusedPlaces(setting: settings.refusedPlaces),
            AllowedStarts(setting: settings.allowedStarts),
            PreferredTimes(setting: settings.preferredTimes, units: sites.units(.preferredTimes)),
            PreferredRooms(setting: settings.preferredRooms, units: sites.units(.preferredRooms)),
        ]
        return all.filter(isActive)
    }

    /// The constraints that need the rest of the assignment to evaluate.
    static func relationalConstraints(_ settings: ConstraintSettings, _ sites: SiteWeightTables) -> [any Constraint] {
        let all: [any Constraint] = [
            RoomClash(setting: settings.roomClash),
            ConflictClash(setting: settings.conflictClash),
            UnplacedSessions(setting: settings.unplaced),
            RoomStability(setting: settings.roomStability, units: sites.units(.roomStability)),
            DaySpread(setting: settings.daySpread, units: sites.units(.daySpread)),
            Compactness(setting: settings.compactness, units: sites.units(.compactness)),
            EnergyClustering(setting: settings.energyClustering, units: sites.units(.energyClustering)),
            Fairness(setting: settings.fairness),
            MinimalChange(setting: settings.minimalChange, units: sites.units(.minimalChange)),
        ]
        return all.filter(isActive)
    }

    static func all(_ settings: ConstraintSettings, _ sites: SiteWeightTables) -> [any Constraint] {
        relationalConstraints(settings, sites) + unaryConstraints(settings, sites).map { $0 as any Constraint }
    }

    /// A positive weight for the problem, or for some unit a site weighs.
    private static func isActive(_ constraint: any Constraint) -> Bool {
        if let weighted = constraint as? any SiteWeighted, let units = weighted.units { return units.contains { $0 > 0 } }
        return constraint.setting.weight > 0
    }
}
