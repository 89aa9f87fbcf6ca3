import CivilTime
import Timetabling

/// Places a term's requests in rooms and weekly times around the fixed bookings, and stores the
/// placements as tentative bookings for an administrator to approve.
public enum Schedule {
    public struct Options: Sendable {
        public var seconds: Double
        public var seed: UInt64
        /// Local-search iterations per worker; with it, a run is reproducible whatever the machine's speed.
        public var iterations: Int?
        public var dryRun: Bool

        public init(seconds: Double = 10, seed: UInt64 = 1, iterations: Int? = nil, dryRun: Bool = false) {
            self.seconds = seconds
            self.seed = seed
            self.iterations = iterations
            self.dryRun = dryRun
        }
    }

    /// The term to schedule: the one named, else the one in progress or next to start, else the last.
    public static func term(_ slug: Slug?, today: LocalDate, reader: any StoreReader) throws -> Term {
        if let slug { return try References(reader).term(slug) }
        let terms = try reader.terms()
        guard let term = terms.first(where: { $0.lastDay >= today }) ?? terms.last else {
            throw NotFound(kind: "term", key: "(any)", suggestions: [])
        }
        return term
    }

    /// Solves and, unless it is a dry run, writes the plan in one transaction that first checks that
    /// nothing the plan rests on changed while the solver ran.
    public static func run(term slug: Slug?, today: LocalDate, storage: any BookingStorage, options: Options,
                           context: ChangeContext = ChangeContext(actor: "scheduler"),
                           progress: (@Sendable (SolverProgress) -> Void)? = nil) throws -> ScheduleReport {
        // The budget covers reading and building the problem too, not only the search.
        let began = ContinuousClock.now
        let input = try storage.read { reader in
            try SchedulingInput(term: term(slug, today: today, reader: reader), reader: reader)
        }
        let scheduling = try SchedulingProblem(input)
        let solver: Solver
        do {
            solver = try Solver(problem: scheduling.problem)
        } catch {
            throw InvalidValue(record: "term \"\(input.term.name)\"", field: "problem", value: "", rule: "could not be built: \(error)")
        }
        var solverOptions = SolverOptions(seed: options.seed, timeLimit: options.iterations == nil ? options.seconds : nil,
                                          iterationLimit: options.iterations)
        solverOptions.began = began
        let plan = solver.solve(options: solverOptions, progress: progress)
        let placed = try plan.placements.compactMap { try scheduling.proposal(for: $0) }
            .sorted { ($0.request.id ?? 0, $0.booking.start) < ($1.request.id ?? 0, $1.booking.start) }
        let (free, refused) = scheduling.keepingRefusedPlacesFree(placed)
        var (proposals, overLimit) = try scheduling.keepingWeeklyLimits(free)
        overLimit = refused + overLimit
        let unplaced = PlanOutcomes.unplaced(scheduling, plan, overLimit: overLimit)
        if !options.dryRun {
            proposals = try storage.write { writer in
                let now = try SchedulingInput(term: input.term, reader: writer)
                guard now.requests == input.requests, now.fixed == input.fixed, now.previous == input.previous,
                      now.rooms == input.rooms, now.closures == input.closures, now.policies == input.policies else {
                    throw StoreConflict("the requests, bookings, rooms, closures or policies changed while the scheduler ran: run it again")
                }
                return try store(proposals, replacing: input.previous, requests: input.requests, unplaced: unplaced, in: writer,
                                 context: context)
            }
        }
        return ScheduleReport(scheduling: scheduling, plan: plan, proposals: proposals, overLimit: overLimit, dryRun: options.dryRun)
    }

    /// Saves the proposals, reusing the ids of the earlier run's bookings of the same request so that
    /// calendar entries keep their UIDs (their SEQUENCE grows when they change); leftovers are removed.
    /// Every booking made, changed or removed goes into the history.
    static func store(_ proposals: [ProposedBooking], replacing previous: [Booking], requests: [Request],
                      unplaced: [Int64: [PlanOutcome.Unplaced]] = [:], in writer: any StoreWriter,
                      context: ChangeContext) throws -> [ProposedBooking] {
        var earlier = Dictionary(grouping: previous.sorted { $0.start < $1.start }, by: \.requestID)
        var saved: [ProposedBooking] = []
        // One for the whole plan, so that the places its messages name are read once.
        let notifier = Notifier(writer, context: context)
        for var proposal in proposals {
            if let reused = earlier[proposal.request.id]?.first {
                earlier[proposal.request.id]?.removeFirst()
                let changed = reused.changesWhatSubscribersSee(comparedWith: proposal.booking)
                proposal.booking.id = reused.id
                proposal.booking.sequence = reused.sequence + (changed ? 1 : 0)
                proposal.booking = try writer.save(proposal.booking)
                if changed {
                    try record(.scheduled, "placed again: \(placeText(proposal.booking))", before: reused,
                               after: proposal.booking, in: writer, context, notifier)
                }
            } else {
                proposal.booking = try writer.save(proposal.booking)
                try record(.scheduled, "placed: \(placeText(proposal.booking))", before: nil, after: proposal.booking,
                           in: writer, context, notifier)
            }
            saved.append(proposal)
        }
        for booking in earlier.values.joined() {
            guard let id = booking.id else { continue }
            try writer.removeBooking(id: id)
            try record(.unscheduled, "no longer placed; the tentative booking was removed", before: booking, after: nil,
                       in: writer, context, notifier)
        }
        // Each request keeps what this plan made of it, so that it can be told later, not only in this run's output.
        let placed = Dictionary(grouping: saved, by: { $0.request.id ?? -1 })
        for var request in requests {
            guard let id = request.id else { continue }
            let bookings = (placed[id] ?? []).compactMap(\.booking.id)
            var outcome = PlanOutcome(at: context.now, bookings: bookings, unplaced: unplaced[id] ?? [])
            // The same outcome keeps the time it was first reached: a re-run that changes nothing writes nothing.
            if let old = request.decisions.outcome, old.bookings == outcome.bookings, old.unplaced == outcome.unplaced {
                outcome.at = old.at
            }
            let status: Request.Status = bookings.isEmpty ? .pending : .scheduled
            if request.status != status || request.decisions.outcome != outcome {
                try notifier.notPlaced(request, outcome: outcome, previous: request.decisions.outcome)
                request.status = status
                request.decisions.outcome = outcome
                try writer.save(request)
            }
        }
        return saved
    }

    private static func record(_ action: HistoryEntry.Action, _ summary: String, before: Booking?, after: Booking?,
                               in writer: any StoreWriter, _ context: ChangeContext, _ notifier: Notifier) throws {
        let entry = try writer.append(HistoryEntry(at: context.now, actor: context.actor, action: action,
                                                   bookingID: after?.id ?? before?.id, summary: summary,
                                                   before: before.map(HistorySnapshot.init(booking:)),
                                                   after: after.map(HistorySnapshot.init(booking:))))
        try notifier.tell(entry)
    }

    /// `golnik/velika-dvorana from 2027-01-12T18:00, FREQ=WEEKLY;UNTIL=…`
    private static func placeText(_ booking: Booking) -> String {
        "\(booking.room) from \(booking.start)" + (booking.recurrence.map { ", \($0)" } ?? "")
    }
}
