@testable import Bookings
import CivilTime
import Testing
import Timetabling

/// A venue's buffer minutes reach the engine as time a session holds its room after it ends.
@Suite("Scheduling: a venue's buffer between bookings")
struct SchedulingBufferTests {
    func input(buffer: Int, requests: [Request], fixed: [Booking] = []) throws -> SchedulingInput {
        var input = try KS.input(requests: requests, fixed: fixed)
        let golnik = Slug(folding: "golnik")
        input.policies[golnik] = try VenuePolicy(venue: golnik, bufferMinutes: buffer)
        return input
    }

    @Test func aRequestHoldsItsRoomForItsLengthAndTheBuffer() throws {
        let onlyGolnik = try KS.request(id: 1, minutes: 90, windows: [KS.window([.monday], "17:00-21:00")], venues: ["golnik"])
        let anywhere = try KS.request(id: 2, minutes: 90, windows: [KS.window([.monday], "17:00-21:00")], venues: ["zlato-polje"])
        let scheduling = try SchedulingProblem(input(buffer: 15, requests: [onlyGolnik, anywhere]))
        #expect(try scheduling.activity("request-1").duration == 7)
        #expect(try scheduling.activity("request-2").duration == 6)
    }

    @Test func aFixedBookingHoldsItsRoomForTheBufferToo() throws {
        let booking = try KS.booking(id: 5, room: "golnik/dvorana", start: "2027-01-12T18:00", minutes: 120)
        let scheduling = try SchedulingProblem(input(buffer: 30, requests: [], fixed: [booking]))
        #expect(try scheduling.activity("booking-5").duration == 10)
    }

    @Test func theBufferMayRunPastClosingTimeButTheSessionMayNot() throws {
        let scheduling = try SchedulingProblem(input(buffer: 15, requests: []))
        let closed = Dictionary(uniqueKeysWithValues: scheduling.problem.roomClosures.map { ($0.room, $0.slots) })
        // Golnik's rooms (0, 1) are open 16:00-22:00: the quarter after closing is open for the buffer only.
        #expect(closed[0]?.contains(try KS.slot(.monday, "22:00")) == false)
        #expect(closed[0]?.contains(try KS.slot(.monday, "22:15")) == true)
        #expect(closed[2]?.contains(try KS.slot(.monday, "22:00")) == true)
    }

    @Test func aPlacedPlanKeepsTheBufferBetweenSessionsOfARoom() throws {
        let requests = try (1...3).map { id in
            try KS.request(id: Int64(id), group: "skupina\(id)", minutes: 60, windows: [KS.window([.monday], "16:00-19:30")],
                           rooms: ["golnik/sejna-soba"])
        }
        var input = try input(buffer: 15, requests: requests)
        input.rooms = [try KS.room("golnik", "sejna-soba", capacity: 20)]
        let scheduling = try SchedulingProblem(input)
        let plan = try Solver(problem: scheduling.problem).solve(options: SolverOptions(seed: 3, timeLimit: nil, iterationLimit: 2000))
        let starts = plan.placements.map { WeekGrid.minute(ofSlot: $0.start) }.sorted()
        #expect(starts.count == 3)
        for (earlier, later) in zip(starts, starts.dropFirst()) { #expect(later - earlier >= 75) }
    }
}

/// A venue's limit of hours a week for a group, applied to the engine's plan.
@Suite("Scheduling: a venue's weekly limit for a group")
struct SchedulingWeeklyLimitTests {
    @Test func sessionsBeyondTheLimitAreTakenBackFirstAskedFirstKept() throws {
        let requests = try (1...3).map { id in
            try KS.request(id: Int64(id), group: "zbor", minutes: 60, windows: [KS.window([.monday, .tuesday, .wednesday], "16:00-22:00")],
                           venues: ["golnik"])
        }
        var input = try KS.input(requests: requests)
        let golnik = Slug(folding: "golnik")
        input.policies[golnik] = try VenuePolicy(venue: golnik, maxHoursPerGroupPerWeek: 2)
        let scheduling = try SchedulingProblem(input)
        let plan = try Solver(problem: scheduling.problem).solve(options: SolverOptions(seed: 1, timeLimit: nil, iterationLimit: 1000))
        let proposals = try plan.placements.compactMap { try scheduling.proposal(for: $0) }
            .sorted { ($0.request.id ?? 0) < ($1.request.id ?? 0) }
        #expect(proposals.count == 3)
        let (kept, overLimit) = try scheduling.keepingWeeklyLimits(proposals)
        #expect(kept.map(\.request.id) == [1, 2])
        #expect(overLimit.map(\.proposal.request.id) == [3])
        #expect(overLimit.first?.rule.hasPrefix("venue golnik allows a group at most 2 hours a week (23 weeks over it, from 2027-W02)") == true)
    }

    @Test func withoutALimitEveryProposalIsKept() throws {
        let request = try KS.request(id: 1, minutes: 600, windows: [KS.window([.monday], "08:00-22:00")])
        var input = try KS.input(requests: [request], rooms: [try KS.room("golnik", "dvorana", capacity: 50, open: .daily(KS.hours("08:00-22:00")))])
        input.policies[Slug(folding: "golnik")] = try VenuePolicy(venue: Slug(folding: "golnik"), bufferMinutes: 0)
        let scheduling = try SchedulingProblem(input)
        let plan = try Solver(problem: scheduling.problem).solve(options: SolverOptions(seed: 1, timeLimit: nil, iterationLimit: 200))
        let proposals = try plan.placements.compactMap { try scheduling.proposal(for: $0) }
        let (kept, overLimit) = try scheduling.keepingWeeklyLimits(proposals)
        #expect(kept.count == 1 && overLimit.isEmpty)
    }
}
