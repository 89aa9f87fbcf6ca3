@testable import Bookings
import CivilTime
import Foundation
import Testing
import Timetabling

/// A venue's own weights of the scheduler's wishes: checked, stored, and reaching the engine as its site's.
@Suite("Scheduling: a venue's weights of the scheduler's wishes")
struct SchedulingWeightsTests {
    static let golnik = Slug(folding: "golnik")
    static let record = "policy of venue golnik"

    @Test func wishesAreNamedAsInTheSetupFileAndWeighedZeroToAHundred() throws {
        let weights = try SchedulingWeights(["energy_clustering": 5, "minimal_change": 0], record: Self.record)
        #expect(weights[.energyClustering] == 5)
        #expect(weights[.minimalChange] == 0)
        #expect(weights[.preferredTimes] == nil)
        #expect(weights.siteWeights == [.energyClustering: 5, .minimalChange: 0])
        #expect(throws: InvalidValue(record: Self.record, field: "weights", value: "energy_clustring", rule: """
            must name wishes the scheduler weighs (did you mean "energy_clustering"?): preferred_times, preferred_rooms, \
            room_stability, day_spread, energy_clustering, minimal_change
            """)) { try SchedulingWeights(["energy_clustring": 5], record: Self.record) }
        #expect(throws: InvalidValue(record: Self.record, field: "weights.day_spread", value: "101", rule: "must be between 0 and 100")) {
            try SchedulingWeights(["day_spread": 101], record: Self.record)
        }
    }

    @Test func aPolicyStoredBeforeWeightsExistedReadsAsTheMunicipalitys() throws {
        let old = #"{"venue":"golnik","bufferMinutes":15,"roomKinds":{}}"#
        let policy = try JSONDecoder().decode(VenuePolicy.self, from: Data(old.utf8))
        #expect(policy == (try VenuePolicy(venue: Self.golnik, bufferMinutes: 15)))
        let weighed = try VenuePolicy(venue: Self.golnik, weights: SchedulingWeights(["preferred_times": 3], record: Self.record))
        let again = try JSONDecoder().decode(VenuePolicy.self, from: JSONEncoder().encode(weighed))
        #expect(again == weighed)
        #expect(!weighed.isUnrestricted)
    }

    @Test func eachVenueIsASiteAndItsWeightsGoToTheEngine() throws {
        var input = try KS.input(requests: [])
        input.policies[Self.golnik] = try VenuePolicy(venue: Self.golnik, weights: SchedulingWeights(["energy_clustering": 4], record: Self.record))
        let elsewhere = Slug(folding: "strazisce")
        input.policies[elsewhere] = try VenuePolicy(
            venue: elsewhere, weights: SchedulingWeights(["energy_clustering": 9], record: "policy of venue strazisce"))
        let problem = try SchedulingProblem(input).problem
        #expect(problem.rooms.map(\.site) == ["golnik", "golnik", "zlato-polje", "zlato-polje"])
        // Stražišče has no rooms in this problem, so its weights have nothing to weigh.
        #expect(problem.siteWeights == ["golnik": [.energyClustering: 4]])
    }

    @Test(arguments: [("golnik", "request-1"), ("zlato-polje", "request-2")])
    func theVenueThatWeighsPreferredTimesMoreGetsTheContestedTime(venue: String, winner: String) throws {
        // One choir asks for a rehearsal in each venue; both want Monday 18:00, and they cannot overlap.
        let ask = { (id: Int64, venue: String) in
            try KS.request(id: id, minutes: 90, windows: [KS.window([.monday], "16:00-20:00")],
                           preferred: [KS.window([.monday], "18:00-19:30")], venues: [venue])
        }
        var input = try KS.input(requests: [ask(1, "golnik"), ask(2, "zlato-polje")])
        let slug = Slug(folding: venue)
        input.policies[slug] = try VenuePolicy(venue: slug, weights: SchedulingWeights(["preferred_times": 8], record: "policy"))
        let scheduling = try SchedulingProblem(input)
        let plan = try Solver(problem: scheduling.problem).solve(options: SolverOptions(seed: 2, timeLimit: nil, iterationLimit: 3_000))
        #expect(plan.unplaced.isEmpty)
        let index = try #require(scheduling.problem.activities.firstIndex { $0.id == winner })
        #expect(plan.placements.first { $0.activity == index }?.start == (try KS.slot(.monday, "18:00")))
    }
}
