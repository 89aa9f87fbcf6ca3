import Foundation

/// Solves a `Problem`: construction, then simulated annealing on `workers` threads, then explanations.
///
/// ```swift
/// let solver = try Solver(problem: problem)
/// let plan = solver.solve(options: SolverOptions(seed: 7, timeLimit: nil, iterationLimit: 200_000))
/// print(plan.score, plan.unplaced.count)
/// ```
public struct Solver: Sendable {
    /// The problem being solved.
    public let problem: Problem
    let compiled: CompiledProblem
    let evaluator: Evaluator

    /// Validates and compiles the problem.
    public init(problem: Problem) throws(ProblemError) {
        try problem.validate()
        self.problem = problem
        compiled = CompiledProblem(problem)
        evaluator = Evaluator(compiled)
    }

    /// Runs the search and returns the best plan found; `progress` is called from worker threads.
    public func solve(options: SolverOptions = .init(), progress: (@Sendable (SolverProgress) -> Void)? = nil) -> Plan {
        let began = options.began ?? ContinuousClock.now
        let budget = options.timeLimit ?? (options.iterationLimit == nil ? 10 : nil)
        // The search leaves a share of the budget to the explanations, which must fit in it too.
        let searchShare = options.explain ? 1 - SolverOptions.explanationShare : 1
        let limits = LocalSearch.Limits(
            iterations: options.iterationLimit,
            seconds: budget.map { $0 * searchShare },
            began: began, cancellation: options.cancellation,
            initialTemperature: options.initialTemperature, finalTemperature: options.finalTemperature)
        let workers = max(1, options.workers)
        let results = ResultBox(count: workers)
        let run: @Sendable (Int) -> Void = { worker in
            results.store(worker, self.search(worker: worker, options: options, limits: limits, progress: progress))
        }
        if workers == 1 {
            run(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: workers, execute: run)
        }
        let outcomes = results.values()
        var chosen = outcomes[0]
        for outcome in outcomes.dropFirst() where outcome.score < chosen.score { chosen = outcome }
        var state = SearchState(compiled)
        for session in 0..<compiled.sessionCount where chosen.start[session] >= 0 {
            state.place(session, room: Int(chosen.room[session]), start: Int(chosen.start[session]))
        }
        if options.unplaceViolations { unplaceViolations(&state) }
        let elapsed = (ContinuousClock.now - began).seconds
        progress?(SolverProgress(
            worker: 0, iteration: outcomes[0].iterations, elapsed: elapsed, best: chosen.score, phase: .explanation))
        // Only a time budget cuts explanations short: a run bounded by iterations stays reproducible.
        let deadline = options.timeLimit.map { began + .seconds($0) }
        return makePlan(
            state, options: options, iterations: outcomes.map(\.iterations), elapsed: elapsed, explainUntil: deadline)
    }

    struct Outcome: Sendable {
        var room: [Int32]
        var start: [Int32]
        var score: Score
        var iterations: Int
    }

    private func search(
        worker: Int, options: SolverOptions, limits: LocalSearch.Limits, progress: (@Sendable (SolverProgress) -> Void)?
    ) -> Outcome {
        let seed = Solver.workerSeed(options.seed, worker)
        progress?(SolverProgress(
            worker: worker, iteration: 0, elapsed: (ContinuousClock.now - limits.began).seconds, best: .zero,
            phase: .construction))
        // The greedy start may take up to half the search's share, as the placing phase after it does.
        let greedyDeadline = limits.seconds.map { limits.began + .seconds($0 / 2) }
        let (state, score) = Construction(evaluator: evaluator).build(seed: seed, until: greedyDeadline)
        progress?(SolverProgress(
            worker: worker, iteration: 0, elapsed: (ContinuousClock.now - limits.began).seconds, best: score, phase: .search))
        var search = LocalSearch(evaluator: evaluator, state: state, score: score, seed: seed &+ 1)
        search.kempeRate = options.kempeRate
        search.hardWeight = options.hardWeight
        var lastReport = -1.0
        search.run(limits) { iteration, best in
            guard let progress else { return }
            let elapsed = (ContinuousClock.now - limits.began).seconds
            if elapsed - lastReport >= 0.1 {
                lastReport = elapsed
                progress(SolverProgress(worker: worker, iteration: iteration, elapsed: elapsed, best: best))
            }
        }
        progress?(SolverProgress(
            worker: worker, iteration: search.iterations, elapsed: (ContinuousClock.now - limits.began).seconds,
            best: search.best))
        return Outcome(room: search.bestRoom, start: search.bestStart, score: search.best, iterations: search.iterations)
    }

    /// Seeds of the workers, derived so that worker 0 of seed s differs from worker 1 of seed s - 1.
    static func workerSeed(_ seed: UInt64, _ worker: Int) -> UInt64 {
        var generator = SeededGenerator(seed: seed ^ (UInt64(worker) &* 0x9E37_79B9_7F4A_7C15))
        return generator.next()
    }

    /// Greedily unplaces the movable session whose removal repairs the most hard penalty, until none does.
    func unplaceViolations(_ state: inout SearchState) {
        let settings = problem.settings.unplaced
        let unplacedCost = settings.level == .hard ? settings.weight : 0
        while true {
            var worst = -1
            var worstGain = 0
            for session in 0..<compiled.sessionCount where state.isPlaced(session) && !compiled.pinned[session] {
                let room = Int(state.room[session])
                let start = Int(state.start[session])
                state.unplace(session)
                let gain = evaluator.delta(session, room: room, start: start, in: state).hard + unplacedCost
                state.place(session, room: room, start: start)
                if gain > worstGain {
                    worstGain = gain
                    worst = session
                }
            }
            guard worst >= 0 else { return }
            state.unplace(worst)
        }
    }
}

/// Collects the workers' outcomes under a lock.
private final class ResultBox: @unchecked Sendable {
    // NSLock guards `outcomes`, written once by each worker thread.
    private let lock = NSLock()
    private var outcomes: [Solver.Outcome?]

    init(count: Int) { outcomes = Array(repeating: nil, count: count) }

    func store(_ worker: Int, _ outcome: Solver.Outcome) {
        lock.lock()
        outcomes[worker] = outcome
        lock.unlock()
    }

    func values() -> [Solver.Outcome] {
        lock.lock()
        defer { lock.unlock() }
        return outcomes.compactMap { $0 }
    }
}
