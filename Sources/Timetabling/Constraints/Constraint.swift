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
}

/// A constraint whose penalty depends on one session's own placement only, so it can be tabulated.
protocol UnaryConstraint: Constraint {
    /// Raw penalty of a session of `activity` at (room, start).
    func penalty(activity: Int, room: Int, start: Int, in context: UnaryContext) -> Int
}

extension UnaryConstraint {
    func placementDelta(_ session: Int, room: Int, start: Int, in state: SearchState) -> Int {
        penalty(activity: state.p.activity(of: session), room: room, start: start, in: state.p.context)
    }

    func fullPenalty(in state: SearchState, perActivity: inout [Int]) -> Int {
        var total = 0
        for session in 0..<state.p.sessionCount where state.isPlaced(session) {
            let activity = state.p.activity(of: session)
            let cost = penalty(
                activity: activity, room: Int(state.room[session]), start: Int(state.start[session]),
                in: state.p.context)
            total += cost
            perActivity[activity] += cost
        }
        return total
    }
}

/// Builds the active constraints (weight > 0) from the settings.
enum ConstraintCatalog {
    static func unaryConstraints(_ settings: ConstraintSettings) -> [any UnaryConstraint] {
        let all: [any UnaryConstraint] = [
            CandidateRooms(setting: settings.candidateRooms),
            RequiredFeatures(setting: settings.requiredFeatures),
            Capacity(setting: settings.capacity, mode: settings.capacityPenalty),
            Unavailability(setting: settings.unavailability),
            AllowedStarts(setting: settings.allowedStarts),
            PreferredTimes(setting: settings.preferredTimes),
            PreferredRooms(setting: settings.preferredRooms),
        ]
        return all.filter { $0.setting.weight > 0 }
    }

    /// The constraints that need the rest of the assignment to evaluate.
    static func relationalConstraints(_ settings: ConstraintSettings) -> [any Constraint] {
        let all: [any Constraint] = [
            RoomClash(setting: settings.roomClash),
            ConflictClash(setting: settings.conflictClash),
            UnplacedSessions(setting: settings.unplaced),
            RoomStability(setting: settings.roomStability),
            DaySpread(setting: settings.daySpread),
            Compactness(setting: settings.compactness),
            EnergyClustering(setting: settings.energyClustering),
            Fairness(setting: settings.fairness),
            MinimalChange(setting: settings.minimalChange),
        ]
        return all.filter { $0.setting.weight > 0 }
    }

    static func all(_ settings: ConstraintSettings) -> [any Constraint] {
        relationalConstraints(settings) + unaryConstraints(settings).map { $0 as any Constraint }
    }
}
