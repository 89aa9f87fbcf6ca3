import Testing

@testable import Timetabling

/// A problem that switches every constraint on: multi-slot sessions, week patterns, closures,
/// compact sets, shared owners, groups, a pinned session and a previous plan.
enum RichFixture {
    static func problem(seed: UInt64) -> Problem {
        var rng = SeededGenerator(seed: seed)
        var problem = Problem(grid: TimeGrid(days: 3, slotsPerDay: 6))
        problem.rooms = [
            Room(id: "Dvorana", capacity: 60, features: ["oder", "klavir"]), Room(id: "Učilnica", capacity: 25, features: ["projektor"]),
            Room(id: "Klub", capacity: 15), Room(id: "Kuhinja", capacity: 10, features: ["kuhinja"]),
        ]
        let patterns: [WeekPattern] = [.every, .alternate(weeks: 12, startingAt: 0), .alternate(weeks: 12, startingAt: 1), .single(3)]
        let features: [Set<String>] = [[], [], ["projektor"], ["klavir"]]
        problem.activities = (0..<12).map { index in
            Activity(
                id: "A\(index)", sessions: 1 + rng.below(3), duration: 1 + rng.below(2),
                allowedStarts: rng.below(3) == 0 ? Set((0..<18).filter { _ in rng.below(2) == 0 }) : nil,
                size: 5 + rng.below(40), requiredFeatures: features[rng.below(features.count)],
                candidateRooms: rng.below(4) == 0 ? [0, 1, 2] : nil,
                preferredStarts: rng.below(2) == 0 ? [rng.below(18), rng.below(18)] : [],
                preferredRooms: rng.below(2) == 0 ? [rng.below(4)] : [],
                owner: "O\(index % 8)", group: "G\(index % 4)", minimumDays: rng.below(3),
                weeks: patterns[rng.below(patterns.count)])
        }
        problem.conflictSets = [
            ConflictSet(name: "S0", activities: [0, 1, 2, 3], compact: true), ConflictSet(name: "S1", activities: [3, 4, 5]),
            ConflictSet(name: "S2", activities: [6, 7, 8, 9], compact: true),
        ]
        problem.roomClosures = [RoomClosure(room: 0, slots: [0, 1, 7], weeks: .alternate(weeks: 12, startingAt: 1))]
        problem.unavailability = [ActivityUnavailability(activity: 2, slots: [3, 4, 5])]
        problem.pinned = [Placement(activity: 11, session: 0, room: 2, start: 8)]
        problem.previousPlan = [Placement(activity: 0, session: 0, room: 1, start: 2), Placement(activity: 5, session: 0, room: 3, start: 13)]
        problem.settings.energyClustering = .soft(1)
        problem.settings.fairness = .soft(2)
        problem.settings.minimalChange = .soft(3)
        problem.settings.capacity = .soft(1)
        problem.settings.capacityPenalty = .perPersonOver
        return problem
    }

    /// The same problem with rooms on two sites that weigh every soft constraint their own way, and
    /// some activities (hence owners and a conflict set) held to one site's rooms.
    static func sited(seed: UInt64) -> Problem {
        var problem = problem(seed: seed)
        for (index, site) in ["golnik", "golnik", "strazisce", nil].enumerated() { problem.rooms[index].site = site }
        for index in problem.activities.indices where index % 3 == 0 { problem.activities[index].candidateRooms = [0, 1] }
        problem.activities[1].candidateRooms = [0]
        problem.activities[2].candidateRooms = [1]
        problem.siteWeights = [
            "golnik": [
                .preferredTimes: 4, .preferredRooms: 0, .capacity: 3, .roomStability: 7, .daySpread: 2, .compactness: 6,
                .energyClustering: 5, .minimalChange: 9,
            ],
            "strazisce": [.preferredTimes: 2, .energyClustering: 0, .minimalChange: 1],
        ]
        return problem
    }
}

@Suite struct IncrementalScoreTests {
    @Test(arguments: [UInt64(1), 2, 3], [false, true])
    func incrementalScoreEqualsFullRecomputationOverRandomMoves(seed: UInt64, sited: Bool) throws {
        let solver = try Solver(problem: sited ? RichFixture.sited(seed: seed) : RichFixture.problem(seed: seed))
        let p = solver.compiled
        var state = solver.makeState([])
        var score = solver.evaluator.fullScore(state)
        var rng = SeededGenerator(seed: seed &+ 100)
        var checked = 0
        for _ in 0..<3_000 {
            let session = rng.below(p.sessionCount)
            guard !p.pinned[session] else { continue }
            let duration = Int(p.duration[p.activity(of: session)])
            if state.isPlaced(session) && rng.below(4) == 0 {
                score = score + solver.evaluator.unplace(session, in: &state)
            } else {
                if state.isPlaced(session) { score = score + solver.evaluator.unplace(session, in: &state) }
                let day = rng.below(3)
                let start = day * 6 + rng.below(6 - duration + 1)
                score = score + solver.evaluator.place(session, room: rng.below(4), start: start, in: &state)
            }
            #expect(score == solver.evaluator.fullScore(state))
            checked += 1
        }
        #expect(checked > 2_000)
    }

    @Test(arguments: [false, true])
    func searchKeepsItsIncrementalScoreExact(sited: Bool) throws {
        let solver = try Solver(problem: sited ? RichFixture.sited(seed: 4) : RichFixture.problem(seed: 4))
        let (state, score) = Construction(evaluator: solver.evaluator).build(seed: 9)
        var search = LocalSearch(evaluator: solver.evaluator, state: state, score: score, seed: 10)
        let limits = LocalSearch.Limits(
            iterations: 20_000, seconds: nil, began: .now, cancellation: nil, initialTemperature: 3, finalTemperature: 0.05)
        search.run(limits) { _, _ in }
        #expect(search.score == solver.evaluator.fullScore(search.state))
        #expect(search.best <= search.score)
    }

    @Test(arguments: [1, 50])
    func kempeChainsKeepTheScoreExactWithWeekPatterns(weeks: Int) throws {
        var problem = RichFixture.problem(seed: 5)
        for index in problem.activities.indices {
            problem.activities[index].duration = 1
            if weeks == 1 { problem.activities[index].weeks = .every }
        }
        let solver = try Solver(problem: problem)
        let (state, score) = Construction(evaluator: solver.evaluator).build(seed: 3)
        var search = LocalSearch(evaluator: solver.evaluator, state: state, score: score, seed: 4)
        search.kempeRate = 60
        let limits = LocalSearch.Limits(
            iterations: 15_000, seconds: nil, began: .now, cancellation: nil, initialTemperature: 5, finalTemperature: 0.5)
        search.run(limits) { _, _ in }
        #expect(search.score == solver.evaluator.fullScore(search.state))
    }
}
