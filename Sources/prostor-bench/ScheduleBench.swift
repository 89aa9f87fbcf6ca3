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
        var scheduling: SchedulingProblem?
        let mapping = try clock.measure { scheduling = try SchedulingProblem(input) }
        guard let scheduling else { return }
        var solver: Solver?
        let compiling = try clock.measure { solver = try Solver(problem: scheduling.problem) }
        guard let solver else { return }
        print("construction: mapping \(format(mapping)) s + engine \(format(compiling)) s = \(format(mapping + compiling)) s, peak memory \(String(format: "%.0f", PeakMemory.megabytes)) MB")
        let planted = municipality.planted.map { place in
            Placement(activity: place.request, session: place.session, room: place.room,
                      start: WeekGrid.slot(place.day, minute: place.minute))
        }
        print("planted plan, scored by the engine: \(solver.evaluate(planted).score)")
        let options = SolverOptions(seed: seed, timeLimit: iterations == nil ? seconds : nil, iterationLimit: iterations,
                                    workers: workers, explain: false)
        let plan = solver.solve(options: options)
        let steps = plan.iterations.reduce(0, +)
        print("search: \(steps) steps in \(String(format: "%.1f", plan.elapsed)) s over \(workers) workers, \(String(format: "%.0f", Double(steps) / max(plan.elapsed, 1e-9))) steps/s")
        print("score \(plan.score), \(plan.unplaced.count) sessions unplaced, peak memory \(String(format: "%.0f", PeakMemory.megabytes)) MB")
        if !noExplain {
            var explained: Plan?
            let explaining = clock.measure { explained = solver.plan(for: plan.placements) }
            print("explanations: \(explained?.explanations.count ?? 0) in \(format(explaining)) s, peak memory \(String(format: "%.0f", PeakMemory.megabytes)) MB")
        }
    }

    private func format(_ duration: Duration) -> String {
        String(format: "%.2f", Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18)
    }
}
