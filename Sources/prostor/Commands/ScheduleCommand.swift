import ArgumentParser
import Bookings
import CivilTime
import Foundation
import Timetabling

struct ScheduleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "Place a term's requests in rooms and weekly times, as tentative bookings.",
        discussion: """
            Approved bookings stay where they are; the scheduler places the pending requests (and those \
            it placed before, changing as little as it can) around them, stores the placements as \
            tentative bookings, and explains every request it could not place: which rules refused \
            which rooms and times, what is in the way, and up to three alternatives the group could accept.

            Examples:
              prostor schedule
              prostor schedule --term spomlad-2027 --seconds 30 --seed 7
              prostor schedule --dry-run --json
            """
    )

    @Option(help: "The term to plan; by default the one in progress or next to start.") var term: String?
    @Option(help: "The whole time budget in seconds: building the problem, the search and the explanations.")
    var seconds: Double = 10
    @Option(help: "The seed of the search; the same seed and --iterations give the same plan.") var seed: UInt64 = 1
    @Option(help: "Stop after this many search steps per worker instead of after --seconds.") var iterations: Int?
    @Flag(help: "Show the plan without storing anything.") var dryRun = false
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var operatorOptions: OperatorOptions

    func validate() throws {
        guard seconds > 0, seconds.isFinite else {
            throw ValidationError("--seconds must be a positive, finite number of seconds, got \(seconds)")
        }
        if let iterations, iterations <= 0 { throw ValidationError("--iterations must be positive, got \(iterations)") }
    }

    func run() throws {
        let database = try store.open()
        let bar = isatty(STDERR_FILENO) == 1 && !output.json ? ProgressBar(seconds: iterations == nil ? seconds : nil) : nil
        var progress: (@Sendable (SolverProgress) -> Void)?
        if let bar { progress = { bar.update($0) } }
        let options = Schedule.Options(seconds: seconds, seed: seed, iterations: iterations, dryRun: dryRun)
        let today = try database.read { reader in try CommandClock.today(reader) }
        let report = try Schedule.run(term: term.map { Slug(folding: $0) }, today: today, storage: database,
                                      options: options, context: try operatorOptions.context(), progress: progress)
        bar?.finish()
        if output.json { return try printJSON(report) }
        ScheduleText(report: report).print()
    }
}

/// One line on standard error that shows the search going on, for a person at a terminal.
final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private let seconds: Double?
    private var lastDrawn = -1.0
    private var phase = SolverPhase.construction

    init(seconds: Double?) { self.seconds = seconds }

    func update(_ progress: SolverProgress) {
        lock.lock()
        defer { lock.unlock() }
        // A new phase is drawn at once; within one, ten times a second is enough.
        guard progress.phase != phase || progress.elapsed - lastDrawn >= 0.1 else { return }
        lastDrawn = progress.elapsed
        phase = progress.phase
        let names: [SolverPhase: String] = [.construction: "building", .search: "searching", .explanation: "explaining"]
        var line = "\r\u{1B}[K" + (names[progress.phase] ?? "") + " "
        if let seconds {
            let filled = min(30, Int(progress.elapsed / seconds * 30))
            line += "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: 30 - filled) + "] "
        }
        line += String(format: "%.1f s", progress.elapsed)
        if progress.phase != .construction { line += ", best " + progress.best.description }
        line += "   "
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
