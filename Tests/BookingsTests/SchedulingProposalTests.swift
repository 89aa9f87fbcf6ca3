@testable import Bookings
import CivilTime
import Testing
import Timetabling

@Suite("proposal(for:): a placement as the tentative booking it becomes")
struct SchedulingProposalTests {
    let zone: ZoneRules

    init() throws { zone = try ZoneRules(identifier: "Europe/Ljubljana") }

    /// The proposal for placing session 0 of the activity `id` in `room` at `day` `time`.
    func propose(_ requests: [Request], _ id: String, room: Int, _ day: Weekday, _ time: String, closures: [Closure] = [],
                 term: Term? = nil) throws -> ProposedBooking {
        var input = try KS.input(requests: requests, closures: closures)
        if let term { input.term = term }
        let scheduling = try SchedulingProblem(input)
        let activity = try #require(scheduling.problem.activities.firstIndex { $0.id == id })
        let placement = Placement(activity: activity, session: 0, room: room, start: try KS.slot(day, time))
        return try #require(try scheduling.proposal(for: placement))
    }

    @Test func aWeeklyPlacementRepeatsWeeklyToTheEndOfTheTermFromItsFirstDate() throws {
        let request = try KS.request(id: 1, group: "folklora", title: "Vaje folklorne skupine", minutes: 120,
                                     windows: [KS.window([.tuesday, .friday], "18:00-22:00")])
        let proposal = try propose([request], "request-1", room: 0, .friday, "20:00")
        let booking = proposal.booking
        #expect(booking.start == (try KS.at("2027-01-15T20:00")))
        // 20 June 23:59:59 in Ljubljana is 21:59:59 UTC (summer time).
        #expect(booking.recurrence == "FREQ=WEEKLY;UNTIL=20270620T215959Z")
        #expect(booking.room == (try KS.ref("golnik/dvorana")))
        #expect(booking.state == .tentative)
        #expect(booking.requestID == 1)
        #expect(booking.group == Slug(folding: "folklora"))
        #expect(booking.title == "Vaje folklorne skupine")
        #expect(booking.durationMinutes == 120)
        #expect(booking.id == nil && booking.sequence == 0)
        #expect(booking.exceptions.isEmpty && proposal.closedDates.isEmpty)
        #expect(proposal.request == request)
        try booking.validateRecurrence(zone: zone)
        let occurrences = try booking.occurrences(from: KS.date("2027-01-01"), through: KS.date("2027-12-31"), zone: zone)
        #expect(occurrences.count == 23)
        #expect(occurrences.last?.start == (try KS.at("2027-06-18T20:00")))
    }

    @Test func aTermEndingInWinterEndsAtTheUTCOfWinterTime() throws {
        let request = try KS.request(id: 1, windows: [KS.window([.monday], "17:00-21:00")])
        let term = try Term(slug: Slug(folding: "spomlad-2027"), name: "Januar", firstDay: KS.date("2027-01-13"), lastDay: KS.date("2027-01-31"))
        let booking = try propose([request], "request-1", room: 1, .monday, "17:30", term: term).booking
        #expect(booking.start == (try KS.at("2027-01-18T17:30")))
        #expect(booking.recurrence == "FREQ=WEEKLY;UNTIL=20270131T225959Z")
        try booking.validateRecurrence(zone: zone)
    }

    @Test func aFortnightlyPlacementRepeatsEveryOtherWeekInTheWeeksOfItsParity() throws {
        let requests = try (1...2).map { id in
            try KS.request(id: id, pattern: .fortnightly, windows: [KS.window([.monday, .wednesday], "18:00-21:00")])
        }
        let even = try propose(requests, "request-1", room: 0, .wednesday, "19:00").booking
        #expect(even.start == (try KS.at("2027-01-13T19:00")))
        #expect(even.recurrence == "FREQ=WEEKLY;INTERVAL=2;UNTIL=20270620T215959Z")
        let odd = try propose(requests, "request-2", room: 0, .wednesday, "19:00").booking
        #expect(odd.start == (try KS.at("2027-01-20T19:00")))
        #expect(odd.recurrence == "FREQ=WEEKLY;INTERVAL=2;UNTIL=20270620T215959Z")
        let grid = WeekGrid(term: try KS.spring())
        for (booking, parity) in [(even, 0), (odd, 1)] {
            try booking.validateRecurrence(zone: zone)
            let weeks = try booking.occurrences(from: KS.date("2027-01-01"), through: KS.date("2027-12-31"), zone: zone)
                .map { grid.week(of: $0.start.date) }
            #expect(weeks == grid.weeks(.fortnightly, on: .wednesday, parity: parity))
        }
    }

    @Test func aMonthlyPlacementRepeatsOnTheNthWeekdayOfTheMonth() throws {
        let first = try KS.request(id: 1, pattern: .monthly(ordinal: 1), windows: [KS.window([.monday], "18:00-21:00")])
        let booking = try propose([first], "request-1", room: 1, .monday, "18:00").booking
        #expect(booking.start == (try KS.at("2027-02-01T18:00")))
        #expect(booking.recurrence == "FREQ=MONTHLY;BYDAY=1MO;UNTIL=20270620T215959Z")
        try booking.validateRecurrence(zone: zone)
        let dates = try booking.occurrences(from: KS.date("2027-01-01"), through: KS.date("2027-12-31"), zone: zone).map(\.start.date)
        #expect(dates == (try ["2027-02-01", "2027-03-01", "2027-04-05", "2027-05-03", "2027-06-07"].map(KS.date)))
    }

    @Test func aLastOfMonthPlacementUsesMinusOne() throws {
        let last = try KS.request(id: 2, pattern: .monthly(ordinal: -1), windows: [KS.window([.wednesday], "15:00-19:00")])
        let booking = try propose([last], "request-2", room: 0, .wednesday, "16:00").booking
        #expect(booking.start == (try KS.at("2027-01-27T16:00")))
        #expect(booking.recurrence == "FREQ=MONTHLY;BYDAY=-1WE;UNTIL=20270620T215959Z")
        try booking.validateRecurrence(zone: zone)
        let dates = try booking.occurrences(from: KS.date("2027-01-01"), through: KS.date("2027-12-31"), zone: zone).map(\.start.date)
        #expect(dates == (try ["2027-01-27", "2027-02-24", "2027-03-31", "2027-04-28", "2027-05-26"].map(KS.date)))
    }

    @Test func aPlacementOfAGivenDateHasNoRule() throws {
        let request = try KS.request(id: 5, minutes: 120, pattern: .dates([KS.date("2027-02-18"), KS.date("2027-03-11")]),
                                     windows: [KS.window([.thursday], "17:00-21:00")])
        let booking = try propose([request], "request-5@2027-03-11", room: 2, .thursday, "18:30").booking
        #expect(booking.start == (try KS.at("2027-03-11T18:30")))
        #expect(booking.recurrence == nil)
        try booking.validateRecurrence(zone: zone)
    }

    @Test func datesInClosuresAreCancelledWithTheClosuresReason() throws {
        let request = try KS.request(id: 1, minutes: 120, windows: [KS.window([.monday], "17:00-21:00")])
        let closures = [
            try Closure(scope: .everywhere, firstDay: KS.date("2027-03-29"), reason: "Velikonočni ponedeljek"),
            try Closure(scope: .venue(Slug(folding: "golnik")), firstDay: KS.date("2027-02-08"), hours: KS.hours("19:00-20:00"),
                        reason: "Prešernov dan"),
            try Closure(scope: .room(KS.ref("golnik/dvorana")), firstDay: KS.date("2027-04-12"), lastDay: KS.date("2027-04-18"),
                        reason: "Obnova parketa"),
            // Not this room, not these hours, not a Monday: none of these takes a date.
            try Closure(scope: .room(KS.ref("golnik/sejna-soba")), firstDay: KS.date("2027-01-18"), reason: "Pleskanje"),
            try Closure(scope: .everywhere, firstDay: KS.date("2027-01-25"), hours: KS.hours("08:00-12:00"), reason: "Dopoldne"),
            try Closure(scope: .everywhere, firstDay: KS.date("2027-05-01"), lastDay: KS.date("2027-05-02"), reason: "Praznik dela"),
        ]
        let proposal = try propose([request], "request-1", room: 0, .monday, "18:00", closures: closures)
        let closed = try ["2027-02-08", "2027-03-29", "2027-04-12"].map(KS.date)
        #expect(proposal.closedDates == closed)
        #expect(proposal.booking.exceptions == [
            OccurrenceException(originalDate: closed[0], change: .cancelled, reason: "zaprto: Prešernov dan"),
            OccurrenceException(originalDate: closed[1], change: .cancelled, reason: "zaprto: Velikonočni ponedeljek"),
            OccurrenceException(originalDate: closed[2], change: .cancelled, reason: "zaprto: Obnova parketa"),
        ])
        try proposal.booking.validateRecurrence(zone: zone)
        let dates = try proposal.booking.occurrences(from: KS.date("2027-01-01"), through: KS.date("2027-12-31"), zone: zone).map(\.start.date)
        #expect(dates.count == 20)
        #expect(Set(dates).isDisjoint(with: closed))
    }

    @Test func aPinnedBookingIsNoProposal() throws {
        let booking = try KS.booking(id: 7, room: "golnik/dvorana", start: "2027-01-12T18:00")
        let scheduling = try SchedulingProblem(KS.input(requests: [], fixed: [booking]))
        let placement = try #require(scheduling.problem.pinned.first)
        #expect(try scheduling.proposal(for: placement) == nil)
    }
}
