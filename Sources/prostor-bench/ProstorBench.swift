import ArgumentParser

/// `prostor-bench`: the benchmarks, each a subcommand that prints its figures. Run them in a release
/// build (`swift run -c release prostor-bench …`); timings of a debug build mean nothing.
@main
struct ProstorBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prostor-bench",
        abstract: "Prostor benchmarks (release build).",
        subcommands: [CTTBench.self, ScheduleBench.self, RRuleBench.self, OccurrencesBench.self, ConflictsBench.self, FeedBench.self,
                      StoreBench.self]
    )
}
