import Foundation

/// How long and how the solver searches.
public struct SolverOptions: Sendable {
    /// Seed of the whole run; the same seed and iteration limit give the same plan.
    public var seed: UInt64
    /// Wall-clock budget in seconds for search and explanations together, counted from `began`;
    /// `nil` for none (with no iteration limit either, 10 seconds).
    public var timeLimit: Double?
    /// When the budget started: pass the time the caller began (before building the problem) so that
    /// building counts too; `nil` starts it when `solve` is called.
    public var began: ContinuousClock.Instant?
    /// Local-search iterations per worker; `nil` for none.
    public var iterationLimit: Int?
    /// Independent searches run in parallel with seeds derived from `seed`; the best plan wins.
    public var workers: Int
    /// Set from any thread to stop the search early; the best plan so far is returned.
    public var cancellation: CancellationFlag?
    /// At the end, unplace sessions that still break a hard rule, so the plan is valid and they are explained.
    public var unplaceViolations: Bool
    /// Whether to build explanations for unplaced sessions.
    public var explain: Bool
    /// Start temperature of simulated annealing, in soft-penalty units.
    public var initialTemperature: Double
    /// Final temperature of simulated annealing.
    public var finalTemperature: Double
    /// Percentage of local-search steps that try a Kempe chain (one-slot sessions only).
    public var kempeRate: Int
    /// Soft units a hard violation costs during annealing; finite values let the walk cross infeasible ground.
    public var hardWeight: Int

    /// Creates options; by default 10 seconds on 2 workers.
    public init(
        seed: UInt64 = 1, timeLimit: Double? = 10, iterationLimit: Int? = nil, workers: Int = 2,
        cancellation: CancellationFlag? = nil, unplaceViolations: Bool = true, explain: Bool = true,
        initialTemperature: Double = 3, finalTemperature: Double = 0.05, kempeRate: Int = 30,
        hardWeight: Int = 1_000_000
    ) {
        self.seed = seed
        self.timeLimit = timeLimit
        self.iterationLimit = iterationLimit
        self.workers = workers
        self.cancellation = cancellation
        self.unplaceViolations = unplaceViolations
        self.explain = explain
        self.initialTemperature = initialTemperature
        self.finalTemperature = finalTemperature
        self.kempeRate = kempeRate
        self.hardWeight = hardWeight
    }

    /// Share of a time budget kept back from the search for the explanations that follow it.
    static let explanationShare = 0.1
}

/// A thread-safe stop flag for a running search.
public final class CancellationFlag: @unchecked Sendable {
    // NSLock guards `cancelled`; the solver polls it every few thousand moves.
    private let lock = NSLock()
    private var cancelled = false

    /// Creates a flag that is not set.
    public init() {}

    /// Asks the search to stop.
    public func cancel() {
        lock.lock()
        cancelled = true
        lock.unlock()
    }

    /// Whether the search was asked to stop.
    public var isCancelled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return cancelled
    }
}

/// A report of the search: the best score of one worker so far.
public struct SolverProgress: Sendable, Hashable {
    /// Worker number, 0..<workers.
    public var worker: Int
    /// Local-search iterations done by the worker.
    public var iteration: Int
    /// Seconds since the solve (or the caller's budget, `SolverOptions.began`) began.
    public var elapsed: Double
    /// Best score the worker has found.
    public var best: Score
    /// What the solver is doing.
    public var phase: SolverPhase = .search
}

/// The phases of a solve, for progress displays.
public enum SolverPhase: String, Sendable, Hashable {
    /// Placing sessions greedily to have a first plan.
    case construction
    /// Improving the plan.
    case search
    /// Explaining the sessions left unplaced.
    case explanation
}
