import ArgumentParser
import Bookings
import Foundation
import Timetabling

/// Schedules a generated municipality with a planted feasible plan, through the same mapping as
/// `prostor schedule` (`SchedulingProblem`), and prints what each phase costs.
struct ScheduleBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "Schedule a generated municipality; prints construction time, steps per second, peak memory and the score.",
        discussion: """
            Every request may use the rooms of its group's venue on two or three evenings (16:00-22:00). The \
            generator first plants a feasible plan and checks it without the engine, so hard=0 is reachable.

            Example: prostor-bench schedule --venues 26 --rooms 200 --requests 3000 --seconds 20
            """)

    @Option(help: "Venues (KS).") var venues = 26
    @Option(help: "Rooms, spread evenly over the venues.") var rooms = 200
    @Option(help: "Requests to generate (those the generator cannot plant are left out).") var requests = 3_000
    @Option(help: "Search budget in seconds.") var seconds: Double = 10
    @Option(help: "Search steps per worker instead of --seconds.") var iterations: Int?
    @Option(help: "Parallel searches.") var workers = 2
    @Option(help: "Seed of the generator and of the search.") var seed: UInt64 = 1
    @Flag(help: "Skip the explanations of unplaced sessions.") var noExplain = false
    @Flag(help: "Keep the requests the generator could not plant (an overloaded municipality).") var includeUnplanted = false

    func validate() throws {
        guard venues > 0, rooms >= venues, requests > 0 else {
            throw ValidationError("need at least one venue, a room per venue and a request")
        }
        guard seconds > 0, seconds.isFinite else { throw ValidationError("--seconds must be a positive number, got \(seconds)") }
    }

    func run() throws {
        let clock = ContinuousClock()
        var municipality: MunicipalityGenerator.Municipality?
        let generation = try clock.measure {
            municipality = try MunicipalityGenerator(venues: venues, rooms: rooms, requests: requests, seed: seed,
                                                 includeUnplanted: includeUnplanted).generate()
        }
        guard let municipality else { return }
        let input = municipality.input
        let sessions = input.requests.reduce(0) { $0 + $1.sessionsPerWeek }
        print("municipality: \(venues) venues, \(rooms) rooms, \(input.requests.count) requests (\(municipality.skipped) not plantable, \(includeUnplanted ? "kept" : "left out")), \(sessions) sessions; generated in \(format(generation)) s")
        print("planted plan of \(Set(municipality.planted.map(\.request)).count) requests, checked without the engine: "
            + (try PlantedPlanCheck.violation(municipality) ?? "feasible"))
        // The budget starts before the mapping, as in `Schedule.run`.
        let began = ContinuousClock.now
        var scheduling: SchedulingProblem?
        let mapping = try clock.measure { scheduling = try SchedulingProblem(input) }
        guard let scheduling else { return }
        var solver: Solver?
        let compiling = try clock.measure { solver = try Solver(problem: scheduling.problem) }
        guard let solver else { return }
        print("construction: mapping \(format(mapping)) s + engine \(format(compiling)) s = \(format(mapping + compiling)) s, peak memory \(megabytes) MB")
        var options = SolverOptions(seed: seed, timeLimit: iterations == nil ? seconds : nil, iterationLimit: iterations,
                                    workers: workers, explain: !noExplain)
        options.began = began
        let phases = PhaseClock()
        let plan = solver.solve(options: options) { progress in phases.record(progress) }
        let total = Self.seconds(ContinuousClock.now - began)
        let steps = plan.iterations.reduce(0, +)
        let searching = phases.explanationStart - phases.greedyEnd
        print(String(format: "greedy start: done %.2f s into the budget (the slowest worker)", phases.greedyEnd))
        print(String(format: "search: %d steps in %.1f s over %d workers, %.0f steps/s", steps, searching, workers,
                     Double(steps) / max(searching, 1e-9)))
        print("score \(plan.score), \(plan.unplaced.count) sessions unplaced, peak memory \(megabytes) MB")
        if !noExplain {
            print(String(format: "explanations: %d in %.2f s", plan.explanations.count, total - phases.explanationStart))
        }
        print(String(format: "whole run from the mapping on: %.2f s", total)
            + (iterations == nil ? String(format: " of a %.0f s budget", seconds) : ""))
        let planted = municipality.planted.map { place in
            Placement(activity: place.request, session: place.session, room: place.room,
                      start: WeekGrid.slot(place.day, minute: place.minute))
        }
        print("planted plan, scored by the engine: \(solver.evaluate(planted).score)")
    }

    private var megabytes: String { String(format: "%.0f", PeakMemory.megabytes) }

    private func format(_ duration: Duration) -> String { String(format: "%.2f", Self.seconds(duration)) }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

/// When the workers finished their greedy starts and when the explanations began, from the phase reports.
final class PhaseClock: @unchecked Sendable {
    // NSLock guards the fields below, written from the worker threads.
    private let lock = NSLock()
    private var greedy = 0.0
    private var explanation = 0.0
    private var searching = Set<Int>()

    /// A worker's first report of the search phase is the one it sends when its greedy start is done.
    func record(_ progress: SolverProgress) {
        lock.lock()
        defer { lock.unlock() }
        switch progress.phase {
        case .construction: break
        case .search: if searching.insert(progress.worker).inserted { greedy = max(greedy, progress.elapsed) }
        case .explanation: explanation = progress.elapsed
        }
    }

    var greedyEnd: Double { lock.withLock { greedy } }
    var explanationStart: Double { lock.withLock { explanation } }
}
