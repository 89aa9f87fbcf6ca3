import ArgumentParser
import CurriculumTimetabling
import Foundation
import Timetabling

/// Solves an ITC-2007 Track 3 instance, writes the solution and prints the independent validator's verdict last.
struct CTTBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ctt",
        abstract: "Solve an ITC-2007 curriculum-based timetabling instance (.ctt).",
        discussion: "The last line is `hard=H soft=S`, recomputed by the independent validator from the written solution.")

    @Argument(help: "The .ctt instance file.")
    var file: String

    @Option(help: "Time budget in seconds.")
    var seconds: Double = 60

    @Option(help: "Local-search iterations per worker (makes the run reproducible); overrides --seconds.")
    var iterations: Int?

    @Option(help: "Random seed.")
    var seed: UInt64 = 1

    @Option(help: "Parallel searches; the best one wins.")
    var workers: Int = 2

    @Option(help: "Where to write the solution (course room day period per line).")
    var output: String?

    @Option(help: "Start temperature of simulated annealing.")
    var initialTemperature: Double = 3

    @Option(help: "Final temperature of simulated annealing.")
    var finalTemperature: Double = 0.05

    @Option(help: "Percentage of steps that try a Kempe chain.")
    var kempeRate = 30

    @Option(help: "Soft units a hard violation costs during annealing.")
    var hardWeight = 1_000_000

    @Flag(help: "Print the best score as it improves.")
    var verbose = false

    func validate() throws {
        guard seconds > 0 else { throw ValidationError("--seconds must be positive, got \(seconds)") }
        guard workers > 0 else { throw ValidationError("--workers must be positive, got \(workers)") }
    }

    func run() throws {
        let text: String
        do {
            text = try String(contentsOfFile: file, encoding: .utf8)
        } catch {
            throw CTTError("\(file): cannot read the instance (\(error.localizedDescription))")
        }
        let instance = try CTTInstance(parsing: text)
        let solver = try Solver(problem: instance.problem())
        let options = SolverOptions(
            seed: seed, timeLimit: iterations == nil ? seconds : nil, iterationLimit: iterations, workers: workers,
            unplaceViolations: false, explain: false, initialTemperature: initialTemperature,
            finalTemperature: finalTemperature, kempeRate: kempeRate, hardWeight: hardWeight)
        let verbose = self.verbose
        let plan = solver.solve(options: options) { progress in
            if verbose {
                print(String(format: "%7.2fs worker %d iteration %d best %@", progress.elapsed, progress.worker,
                             progress.iteration, progress.best.description))
            }
        }
        let assignments = instance.assignments(plan.placements)
        let solution = CTTAssignment.formatSolution(assignments)
        if let output {
            try solution.write(toFile: output, atomically: true, encoding: .utf8)
        }
        let written = try output.map { try String(contentsOfFile: $0, encoding: .utf8) } ?? solution
        let cost = CTTCost(instance: instance, assignments: try CTTAssignment.parseSolution(written))
        let rate = Double(plan.iterations.reduce(0, +)) / max(plan.elapsed, 1e-9)
        print("instance \(instance.name): \(instance.courses.count) courses, \(instance.rooms.count) rooms, "
            + "\(instance.curricula.count) curricula")
        print(String(format: "engine %@ in %.1f s, %.0f moves/s over %d workers", plan.score.description, plan.elapsed,
                     rate, workers))
        print("capacity=\(cost.roomCapacity) min-working-days=\(cost.minimumWorkingDays) "
            + "compactness=\(cost.curriculumCompactness) room-stability=\(cost.roomStability)")
        print(cost.description)
    }
}
