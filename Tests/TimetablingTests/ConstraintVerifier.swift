import Testing

@testable import Timetabling

/// Timefold-style verifier: given a problem and placements, the penalty a constraint gives —
/// and, on the way, a check that the incremental deltas add up to the full recomputation.
struct ConstraintVerifier {
    var problem: Problem

    init(_ problem: Problem) { self.problem = problem }

    /// Raw penalty of `constraint` for `placements` (plus the problem's pinned sessions).
    func penalty(
        _ constraint: any Constraint, given placements: [Placement], sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Int {
        let solver = try Solver(problem: problem)
        var state = SearchState(solver.compiled)
        var scratch = Array(repeating: 0, count: problem.activities.count)
        var incremental = constraint.fullPenalty(in: state, perActivity: &scratch)
        var sessions: [(Int, Int, Int)] = []
        for session in 0..<solver.compiled.sessionCount where solver.compiled.pinned[session] {
            sessions.append((session, Int(solver.compiled.pinnedRoom[session]), Int(solver.compiled.pinnedStart[session])))
        }
        for placement in placements {
            sessions.append((Int(solver.compiled.firstSession[placement.activity]) + placement.session, placement.room, placement.start))
        }
        for (session, room, start) in sessions {
            incremental += constraint.placementDelta(session, room: room, start: start, in: state)
            state.place(session, room: room, start: start)
        }
        var perActivity = Array(repeating: 0, count: problem.activities.count)
        let full = constraint.fullPenalty(in: state, perActivity: &perActivity)
        #expect(incremental == full, "incremental \(incremental) != full \(full)", sourceLocation: sourceLocation)
        #expect(perActivity.reduce(0, +) == full, "per-activity shares do not add up", sourceLocation: sourceLocation)
        return full
    }
}

/// Small problems for the constraint suites.
enum Fixture {
    /// A 5-day grid of 4 slots, two rooms (big with a projector, small), no activities yet.
    static func problem(activities: [Activity] = [], conflictSets: [ConflictSet] = []) -> Problem {
        Problem(
            grid: TimeGrid(days: 5, slotsPerDay: 4),
            rooms: [Room(id: "Velika dvorana", capacity: 80, features: ["projektor"]), Room(id: "Sejna soba", capacity: 12)],
            activities: activities, conflictSets: conflictSets)
    }

    static func at(_ activity: Int, _ session: Int = 0, room: Int, start: Int) -> Placement {
        Placement(activity: activity, session: session, room: room, start: start)
    }
}
