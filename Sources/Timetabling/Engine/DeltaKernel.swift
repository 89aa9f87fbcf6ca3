/// Static dispatch of the relational constraints' deltas for the hot loop.
///
/// Calling through `any Constraint` copies the existential on every call; an enum of plain structs
/// is trivially copyable and lets the compiler inline each constraint's delta.
enum DeltaKernel: Sendable {
    case roomClash(RoomClash)
    case conflictClash(ConflictClash)
    case unplaced(UnplacedSessions)
    case roomStability(RoomStability)
    case daySpread(DaySpread)
    case compactness(Compactness)
    case energyClustering(EnergyClustering)
    case fairness(Fairness)
    case minimalChange(MinimalChange)

    /// The kernel of a relational constraint; `nil` for a type the kernel does not know.
    init?(_ constraint: any Constraint) {
        switch constraint {
        case let c as RoomClash: self = .roomClash(c)
        case let c as ConflictClash: self = .conflictClash(c)
        case let c as UnplacedSessions: self = .unplaced(c)
        case let c as RoomStability: self = .roomStability(c)
        case let c as DaySpread: self = .daySpread(c)
        case let c as Compactness: self = .compactness(c)
        case let c as EnergyClustering: self = .energyClustering(c)
        case let c as Fairness: self = .fairness(c)
        case let c as MinimalChange: self = .minimalChange(c)
        default: return nil
        }
    }

    @inline(__always) func delta(_ session: Int, room: Int, start: Int, in state: SearchState) -> Int {
        switch self {
        case .roomClash(let c): c.placementDelta(session, room: room, start: start, in: state)
        case .conflictClash(let c): c.placementDelta(session, room: room, start: start, in: state)
        case .unplaced(let c): c.placementDelta(session, room: room, start: start, in: state)
        case .roomStability(let c): c.placementDelta(session, room: room, start: start, in: state)
        case .daySpread(let c): c.placementDelta(session, room: room, start: start, in: state)
        case .compactness(let c): c.placementDelta(session, room: room, start: start, in: state)
        case .energyClustering(let c): c.placementDelta(session, room: room, start: start, in: state)
        case .fairness(let c): c.placementDelta(session, room: room, start: start, in: state)
        case .minimalChange(let c): c.placementDelta(session, room: room, start: start, in: state)
        }
    }
}
