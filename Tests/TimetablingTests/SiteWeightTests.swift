import Testing

@testable import Timetabling

/// Weights a site sets for the penalties charged to it; the big room is at Golnik, the small one at Stražišče.
@Suite struct SiteWeightTests {
    static func problem(_ activities: [Activity], golnik: SiteWeights = [:], strazisce: SiteWeights = [:]) -> Problem {
        var problem = Fixture.problem(activities: activities)
        problem.rooms[0].site = "golnik"
        problem.rooms[1].site = "strazisce"
        problem.siteWeights = ["golnik": golnik, "strazisce": strazisce].filter { !$0.value.isEmpty }
        return problem
    }

    static func line(_ name: String, _ problem: Problem, _ placements: [Placement]) throws -> ConstraintScore? {
        try Solver(problem: problem).evaluate(placements).breakdown.constraints.first { $0.name == name }
    }

    @Test func aPenaltyInARoomCarriesTheWeightOfTheRoomsSite() throws {
        let problem = Self.problem([Activity(id: "Zbor", sessions: 1, size: 10, preferredStarts: [0])], golnik: [.preferredTimes: 4])
        let inGolnik = try #require(try Self.line("preferred times", problem, [Fixture.at(0, room: 0, start: 1)]))
        #expect((inGolnik.penalty, inGolnik.cost, inGolnik.weight, inGolnik.weightedBySite) == (1, 4, 1, true))
        let inStrazisce = try #require(try Self.line("preferred times", problem, [Fixture.at(0, room: 1, start: 1)]))
        #expect((inStrazisce.penalty, inStrazisce.cost) == (1, 1))
    }

    @Test func energyClusteringIsWeighedByTheRoomsSite() throws {
        let problem = Self.problem(
            [Activity(id: "Joga", sessions: 1, size: 10), Activity(id: "Pilates", sessions: 1, size: 10)],
            golnik: [.energyClustering: 5], strazisce: [.energyClustering: 0])
        let apart = { (room: Int) in [Fixture.at(0, room: room, start: 0), Fixture.at(1, room: room, start: 2)] }
        #expect(try Self.line("energy-aware clustering", problem, apart(0))?.cost == 5)
        #expect(try Self.line("energy-aware clustering", problem, apart(1))?.cost == 0)
        #expect(try Self.line("energy-aware clustering", problem, apart(1))?.penalty == 1)
    }

    @Test func anOwnersPenaltyTakesTheWeightOfTheOneSiteAllItsRoomsShare() throws {
        let held = Activity(id: "Zbor", sessions: 2, size: 10, candidateRooms: [0], minimumDays: 2)
        var free = held
        free.candidateRooms = nil
        let sameDay = [Fixture.at(0, 0, room: 0, start: 0), Fixture.at(0, 1, room: 0, start: 2)]
        #expect(try Self.line("day spread", Self.problem([held], golnik: [.daySpread: 2]), sameDay)?.cost == 2)
        // Free to use the rooms of both sites, the owner keeps the problem's weight of 5.
        #expect(try Self.line("day spread", Self.problem([free], golnik: [.daySpread: 2]), sameDay)?.cost == 5)
    }

    @Test func minimalChangeIsChargedToTheRoomOfThePreviousPlan() throws {
        var problem = Self.problem([Activity(id: "Zbor", sessions: 1, size: 10)], golnik: [.minimalChange: 9])
        problem.settings.minimalChange = .soft(1)
        problem.previousPlan = [Fixture.at(0, room: 0, start: 0)]
        #expect(try Self.line("minimal change", problem, [Fixture.at(0, room: 1, start: 0)])?.cost == 9)
        problem.previousPlan = [Fixture.at(0, room: 1, start: 0)]
        #expect(try Self.line("minimal change", problem, [Fixture.at(0, room: 0, start: 0)])?.cost == 1)
    }

    @Test func aSiteCanSwitchOnARuleTheProblemLeavesOff() throws {
        var problem = Self.problem(
            [Activity(id: "Joga", sessions: 1, size: 10), Activity(id: "Pilates", sessions: 1, size: 10)],
            golnik: [.energyClustering: 3])
        problem.settings.energyClustering = .off
        let inGolnik = [Fixture.at(0, room: 0, start: 0), Fixture.at(1, room: 0, start: 2)]
        let inStrazisce = [Fixture.at(0, room: 1, start: 0), Fixture.at(1, room: 1, start: 2)]
        #expect(try Self.line("energy-aware clustering", problem, inGolnik)?.cost == 3)
        #expect(try Self.line("energy-aware clustering", problem, inStrazisce)?.cost == 0)
        problem.siteWeights = [:]
        #expect(try Self.line("energy-aware clustering", problem, inGolnik) == nil)
    }

    @Test(arguments: [(5, 1, 0), (1, 5, 1)], [1, 2])
    func theSolverGivesTheContestedTimeToTheSiteThatWeighsItMore(weights: (golnik: Int, strazisce: Int, winner: Int), slots: Int) throws {
        // Two activities of one group want the first slot; each is held to one site's room. Sessions
        // longer than a slot can only change order by exchanging their times.
        let (golnik, strazisce, winner) = weights
        let wish = { (id: String, room: Int) in
            Activity(id: id, sessions: 1, duration: slots, allowedStarts: [0, slots], size: 10, candidateRooms: [room],
                     preferredStarts: [0])
        }
        var problem = Self.problem(
            [wish("Golnik", 0), wish("Stražišče", 1)], golnik: [.preferredTimes: golnik], strazisce: [.preferredTimes: strazisce])
        problem.conflictSets = [ConflictSet(name: "skupina", activities: [0, 1])]
        problem.settings.energyClustering = .off
        let plan = try Solver(problem: problem).solve(options: SolverOptions(seed: 3, timeLimit: nil, iterationLimit: 2_000, workers: 1))
        #expect(plan.score == Score(hard: 0, soft: 1))
        #expect(plan.placements.first { $0.activity == winner }?.start == 0)
    }

    @Test func siteWeightsNamingNoRoomsSiteANegativeWeightOrAHardRuleAreRefused() {
        let activity = Activity(id: "Zbor", sessions: 1, size: 10)
        #expect(throws: ProblemError("site weights of \"kokrica\": no room belongs to that site")) {
            var problem = Self.problem([activity])
            problem.siteWeights = ["kokrica": [.preferredTimes: 2]]
            _ = try Solver(problem: problem)
        }
        #expect(throws: ProblemError("site weights of \"golnik\": daySpread must not be negative, got -1")) {
            _ = try Solver(problem: Self.problem([activity], golnik: [.daySpread: -1]))
        }
        #expect(throws: ProblemError(
            "site weights of \"golnik\": capacity is a hard rule in this problem, so only soft rules take a site's weight")) {
            _ = try Solver(problem: Self.problem([activity], golnik: [.capacity: 2]))
        }
    }
}
