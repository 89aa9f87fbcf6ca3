/// Works out, for an unplaced session, what refuses each place and which relaxations would work.
struct Explainer {
    let solver: Solver
    var p: CompiledProblem { solver.compiled }

    private static let roomRules: Set<String> = ["candidate rooms", "required features", "room capacity"]
    private static let timeRules: Set<String> = ["allowed start times"]
    private static let weekRules: Set<String> = ["room clash", "conflict-set clash", "closures and unavailability"]

    /// Refusals and alternatives of one unplaced session; with `relaxing` false, only the alternatives
    /// in its own rooms and times.
    func explain(_ reference: SessionReference, in state: SearchState, relaxing: Bool = true) -> UnplacedExplanation {
        finish(draft(reference, in: state), in: state, relaxing: relaxing)
    }

    /// What an explanation knows before the search through other rooms and times.
    struct Draft {
        var reference: SessionReference
        var rooms: [Int]
        var starts: [Int]
        var refusals: [Refusal] = []
        var counts: [String: Int] = [:]
        var candidates: [Alternative] = []
    }

    /// The refusals at every candidate room and allowed start, and the alternatives among them.
    func draft(_ reference: SessionReference, in state: SearchState) -> Draft {
        let session = Int(p.firstSession[reference.activity]) + reference.session
        let activity = solver.problem.activities[reference.activity]
        var draft = Draft(
            reference: reference, rooms: (activity.candidateRooms ?? Set(0..<p.roomCount)).sorted(),
            starts: (0..<p.slotCount).filter {
                (activity.allowedStarts?.contains($0) ?? true) && p.context.fits(activity: reference.activity, start: $0)
            })
        for room in draft.rooms {
            for start in draft.starts {
                let reasons = self.reasons(session, room: room, start: start, in: state)
                if reasons.isEmpty {
                    draft.candidates.append(alternative(.asRequested, session, room, start, activity.weeks, [], state))
                    continue
                }
                draft.refusals.append(Refusal(room: room, start: start, reasons: reasons))
                for reason in reasons { draft.counts[reason.constraint, default: 0] += 1 }
                if let weeks = freeWeeks(session, room: room, start: start, reasons: reasons, in: state) {
                    draft.candidates.append(alternative(
                        .alternateWeeks, session, room, start, weeks, reasons.map(\.constraint), state))
                }
            }
        }
        return draft
    }

    /// The explanation of a draft, with the alternatives in other rooms and times if `relaxing`.
    func finish(_ draft: Draft, in state: SearchState, relaxing: Bool) -> UnplacedExplanation {
        let session = Int(p.firstSession[draft.reference.activity]) + draft.reference.session
        let activity = solver.problem.activities[draft.reference.activity]
        var candidates = draft.candidates
        if relaxing {
            candidates += relaxations(
                session, activity: activity, rooms: Set(draft.rooms), starts: Set(draft.starts), in: state)
        }
        return UnplacedExplanation(
            session: draft.reference, activityID: activity.id, refusals: draft.refusals, refusalCounts: draft.counts,
            alternatives: rank(candidates))
    }

    /// The hard rules refusing (room, start).
    func refusingRules(_ session: Int, room: Int, start: Int, in state: SearchState) -> [any Constraint] {
        solver.evaluator.all.filter { constraint in
            constraint.setting.level == .hard && !(constraint is UnplacedSessions)
                && constraint.placementDelta(session, room: room, start: start, in: state) > 0
        }
    }

    /// Hard rules refusing (room, start), each with the placed sessions in the way.
    func reasons(_ session: Int, room: Int, start: Int, in state: SearchState) -> [RefusalReason] {
        refusingRules(session, room: room, start: start, in: state).map { constraint -> RefusalReason in
            let blockers = constraint.blockers(session, room: room, start: start, in: state).map { other in
                let reference = solver.reference(other)
                return Blocker(
                    activity: reference.activity, activityID: solver.problem.activities[reference.activity].id,
                    session: reference.session, room: Int(state.room[other]), start: Int(state.start[other]),
                    pinned: p.pinned[other])
            }
            return RefusalReason(constraint: constraint.name, blockers: blockers)
        }
    }

    /// The activity's weeks in which no blocker runs and the room is open, if the refusal is only about weeks.
    private func freeWeeks(
        _ session: Int, room: Int, start: Int, reasons: [RefusalReason], in state: SearchState
    ) -> WeekPattern? {
        guard reasons.allSatisfy({ Explainer.weekRules.contains($0.constraint) }) else { return nil }
        let a = p.activity(of: session)
        var taken: UInt64 = 0
        for slot in start..<(start + Int(p.duration[a])) {
            if p.context.unavailable[a * p.slotCount + slot] { return nil }
            taken |= p.context.closedWeeks[room * p.slotCount + slot]
        }
        for reason in reasons {
            for blocker in reason.blockers { taken |= solver.problem.activities[blocker.activity].weeks.bits }
        }
        let free = WeekPattern(bits: p.patternBits[Int(p.patternOf[a])] & ~taken)
        return free.isEmpty ? nil : free
    }

    /// Places that only break the request's own room or time wishes.
    private func relaxations(
        _ session: Int, activity: Activity, rooms: Set<Int>, starts: Set<Int>, in state: SearchState
    ) -> [Alternative] {
        var found: [Alternative] = []
        for room in 0..<p.roomCount {
            for start in 0..<p.slotCount where p.context.fits(activity: p.activity(of: session), start: start) {
                let inRooms = rooms.contains(room)
                let inStarts = starts.contains(start)
                guard inRooms != inStarts else { continue }
                // Only the names matter here; finding the sessions in the way would scan them all.
                let names = refusingRules(session, room: room, start: start, in: state).map(\.name)
                let allowed = inRooms ? Explainer.timeRules : Explainer.roomRules
                guard !names.isEmpty, names.allSatisfy(allowed.contains) else { continue }
                found.append(alternative(inRooms ? .otherTime : .otherRoom, session, room, start, activity.weeks, names, state))
            }
        }
        return found
    }

    private func alternative(
        _ kind: Alternative.Kind, _ session: Int, _ room: Int, _ start: Int, _ weeks: WeekPattern, _ relaxes: [String],
        _ state: SearchState
    ) -> Alternative {
        let soft = solver.evaluator.all.filter { $0.setting.level == .soft }.reduce(0) { sum, constraint in
            sum + constraint.scale * constraint.placementDelta(session, room: room, start: start, in: state)
        }
        return Alternative(kind: kind, room: room, start: start, weeks: weeks, softCost: soft, relaxes: relaxes)
    }

    /// Best of each kind first (so a person sees different options), then by soft cost.
    private func rank(_ candidates: [Alternative]) -> [Alternative] {
        let sorted = candidates.sorted { ($0.softCost, $0.room, $0.start) < ($1.softCost, $1.room, $1.start) }
        var chosen: [Alternative] = []
        for kind in [Alternative.Kind.asRequested, .alternateWeeks, .otherTime, .otherRoom] {
            if let first = sorted.first(where: { $0.kind == kind }) { chosen.append(first) }
        }
        for candidate in sorted where chosen.count < 3 && !chosen.contains(candidate) { chosen.append(candidate) }
        return Array(chosen.prefix(3)).sorted { ($0.softCost, $0.room, $0.start) < ($1.softCost, $1.room, $1.start) }
    }
}
