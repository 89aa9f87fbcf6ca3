import ArgumentParser
import CivilTime
import Recurrence

/// Measures recurrence expansion with conversion to UTC, in occurrences per second on one core.
struct RRuleBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rrule",
        abstract: "Expand recurrence rules to UTC instants and print occurrences per second.")

    @Option(help: "Minimum measuring time per scenario, in seconds.")
    var seconds: Double = 0.5

    @Option(help: "The zone of the civil times.")
    var zone: String = "Europe/Ljubljana"

    func run() throws {
        let rules = try ZoneRules(identifier: zone)
        for scenario in try Self.scenarios(zone: rules) {
            let result = measure(scenario.set, zone: rules)
            let rate = Double(result.occurrences) / result.elapsed
            print(
                "\(scenario.name): \(result.occurrences / result.runs) occurrences × \(result.runs) runs "
                    + "in \(format(result.elapsed, 2)) s = \(format(rate / 1_000_000, 2)) M occurrences/s "
                    + "(checksum \(result.checksum))")
        }
    }

    private func measure(_ set: RecurrenceSet, zone: ZoneRules) -> (occurrences: Int, runs: Int, elapsed: Double, checksum: Int64) {
        let clock = ContinuousClock()
        let begin = clock.now
        var occurrences = 0
        var runs = 0
        var checksum: Int64 = 0
        var elapsed = 0.0
        repeat {
            for instant in set.occurrences.utc(in: zone) {
                checksum &+= instant
                occurrences += 1
            }
            runs += 1
            let duration = clock.now - begin
            elapsed = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        } while elapsed < seconds
        return (occurrences, runs, elapsed, checksum)
    }

    private func format(_ value: Double, _ decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        return "\(rounded)"
    }

    static func scenarios(zone: ZoneRules) throws -> [(name: String, set: RecurrenceSet)] {
        func set(_ start: String, _ rule: String, exclusions: [LocalDateTime] = []) throws -> RecurrenceSet {
            try RecurrenceSet(
                start: RecurrenceStart(parsing: start), rule: RecurrenceRule(parsing: rule), exclusions: exclusions,
                zone: zone)
        }
        let dailyStart = try LocalDateTime(iso: "2027-01-01T07:30")
        let exclusions = (0..<1_000).map { dailyStart.adding(seconds: $0 * 3 * 86_400 + 86_400) }
        return [
            ("(a) weekly BYDAY=TU,TH 18:00, 10 years",
             try set("2027-01-05T18:00", "FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20361231T235959")),
            ("(b) monthly BYDAY=-1FR, 50 years",
             try set("2027-01-29T19:00", "FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20761231T235959")),
            ("(c) daily with 1,000 EXDATEs, 10 years",
             try set("2027-01-01T07:30", "FREQ=DAILY;UNTIL=20361231T235959", exclusions: exclusions)),
            ("(d) yearly BYMONTH=3;BYDAY=-1SU, 200 years",
             try set("2027-03-28T02:30", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU;UNTIL=22261231T235959")),
        ]
    }
}
