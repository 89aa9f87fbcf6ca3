@testable import Bookings
import CivilTime
import Testing
import Timetabling

@Suite("SchedulingProblem: given dates, fixed bookings, groups and the previous plan")
struct SchedulingFixedTests {
    /// Thursdays 18 February and 11 March, and 1 July after the term.
    func datesRequest() throws -> Request {
        try KS.request(id: 5, minutes: 120, pattern: .dates(["2027-02-18", "2027-03-11", "2027-07-01"].map(KS.date)),
                       windows: [KS.window([.thursday], "17:00-21:00")])
    }

    @Test func aRequestOfGivenDatesBecomesOneActivityPerDateInTheTerm() throws {
        let request = try datesRequest()
        let scheduling = try SchedulingProblem(KS.input(requests: [request]))
        #expect(scheduling.problem.activities.map(\.id) == ["request-5@2027-02-18", "request-5@2027-03-11"])
        #expect(scheduling.sources == [.request(request, date: try KS.date("2027-02-18")), .request(request, date: try KS.date("2027-03-11"))])
        let first = scheduling.problem.activities[0], second = scheduling.problem.activities[1]
        #expect(first.weeks == .single(5))
        #expect(second.weeks == .single(8))
        #expect(first.sessions == 1)
        #expect(first.owner == "request-5")
        #expect(first.allowedStarts == (try KS.slots(.thursday, from: "17:00", to: "19:15")))
        #expect(first.candidateRooms == [0, 1, 2, 3])
    }

    @Test func aClosureOfAllVenuesTakesAwayTheStartsItOverlaps() throws {
        let closures = [
            try Closure(scope: .everywhere, firstDay: KS.date("2027-03-11"), hours: KS.hours("17:00-19:00"), reason: "Volitve"),
            try Closure(scope: .everywhere, firstDay: KS.date("2027-03-10"), reason: "Dan prej"),
        ]
        let scheduling = try SchedulingProblem(KS.input(requests: [datesRequest()], closures: closures))
        #expect(scheduling.problem.activities[0].allowedStarts == (try KS.slots(.thursday, from: "17:00", to: "19:15")))
        #expect(scheduling.problem.activities[1].allowedStarts == [try KS.slot(.thursday, "19:00")])
    }

    @Test func aWholeDayClosureOfAllVenuesLeavesNoStart() throws {
        let closures = [try Closure(scope: .everywhere, firstDay: KS.date("2027-02-15"), lastDay: KS.date("2027-02-19"), reason: "Počitnice")]
        let scheduling = try SchedulingProblem(KS.input(requests: [datesRequest()], closures: closures))
        #expect(scheduling.problem.activities[0].allowedStarts == [])
        #expect(scheduling.problem.activities[1].allowedStarts?.count == 9)
        // The rooms stay, so that the explanation can offer another day of that week.
        #expect(scheduling.problem.activities[0].candidateRooms == [0, 1, 2, 3])
    }

    @Test func aRoomOrVenueClosedAllDayIsNoCandidateForThatDate() throws {
        let closures = [
            try Closure(scope: .room(KS.ref("golnik/dvorana")), firstDay: KS.date("2027-02-18"), reason: "Parket"),
            try Closure(scope: .venue(Slug(folding: "zlato-polje")), firstDay: KS.date("2027-03-01"), lastDay: KS.date("2027-03-11"),
                        reason: "Ogrevanje"),
            try Closure(scope: .room(KS.ref("golnik/sejna-soba")), firstDay: KS.date("2027-02-18"), hours: KS.hours("08:00-10:00"),
                        reason: "Čiščenje"),
        ]
        let scheduling = try SchedulingProblem(KS.input(requests: [datesRequest()], closures: closures))
        #expect(scheduling.problem.activities[0].candidateRooms == [1, 2, 3])
        #expect(scheduling.problem.activities[1].candidateRooms == [0, 1])
    }

    @Test func aRoomClosedForSomeHoursOfTheDateIsNotOfferedAtThoseHours() throws {
        // The only kitchen is inspected 15:00-18:00 on Wednesday 10 March: the session must start at 18:00 or later.
        let rooms = [try KS.room("golnik", "kuhinja", capacity: 12, features: ["kitchen"], open: .daily(KS.hours("15:00-21:00"))),
                     try KS.room("golnik", "sejna-soba", capacity: 20)]
        let closures = [try Closure(scope: .room(KS.ref("golnik/kuhinja")), firstDay: KS.date("2027-03-10"), hours: KS.hours("15:00-18:00"),
                                    reason: "Inšpekcijski pregled kuhinje")]
        let request = try KS.request(id: 9, audience: 8, features: ["kitchen"], minutes: 120, pattern: .dates([KS.date("2027-03-10")]),
                                     windows: [KS.window([.wednesday], "15:00-21:00")])
        let scheduling = try SchedulingProblem(KS.input(requests: [request], closures: closures, rooms: rooms))
        let activity = try scheduling.activity("request-9@2027-03-10")
        #expect(activity.allowedStarts == (try KS.slots(.wednesday, from: "18:00", to: "19:15")))
        #expect(activity.candidateRooms == [0, 1])
        // No place the engine may choose gives a booking whose only date is cancelled.
        for room in try #require(activity.candidateRooms) {
            for start in try #require(activity.allowedStarts) {
                let proposal = try #require(try scheduling.proposal(for: Placement(activity: 0, session: 0, room: room, start: start)))
                #expect(proposal.closedDates == [], "\(WeekGrid.label(ofSlot: start)) in \(scheduling.rooms[room].ref)")
            }
        }
    }

    @Test func aDateOnAnotherWeekdayUsesTheHoursOfTheWindows() throws {
        let request = try KS.request(id: 6, minutes: 60, pattern: .dates([KS.date("2027-02-20")]),
                                     windows: [KS.window([.thursday], "10:00-11:30")])
        let activity = try SchedulingProblem(KS.input(requests: [request])).activity("request-6@2027-02-20")
        #expect(activity.allowedStarts == (try KS.slots(.saturday, from: "10:00", to: "10:45")))
    }

    /// Tuesdays 18:00-20:00 in golnik/dvorana; 9 February cancelled, 16 March moved to Wednesday 17 March in the sejna soba.
    func approvedBooking() throws -> Booking {
        try KS.booking(id: 7, room: "golnik/dvorana", start: "2027-01-12T18:00", exceptions: [
            OccurrenceException(originalDate: KS.date("2027-02-09"), change: .cancelled, reason: "Občni zbor"),
            OccurrenceException(originalDate: KS.date("2027-03-16"),
                                change: .moved(to: KS.at("2027-03-17T18:00"), room: KS.ref("golnik/sejna-soba")), reason: "Zbor krajanov"),
        ])
    }

    @Test func anApprovedBookingIsPinnedInExactlyTheWeeksOfItsOccurrences() throws {
        let booking = try approvedBooking()
        let scheduling = try SchedulingProblem(KS.input(requests: [], fixed: [booking]))
        #expect(scheduling.problem.activities.map(\.id) == ["booking-7#1", "booking-7#2"])
        #expect(scheduling.sources == [.booking(booking), .booking(booking)])
        let weekly = scheduling.problem.activities[0], moved = scheduling.problem.activities[1]
        #expect(weekly.weeks.weeks == (0...22).filter { $0 != 4 && $0 != 9 })
        #expect(moved.weeks.weeks == [9])
        #expect(weekly.duration == 8 && moved.duration == 8)
        #expect(weekly.group == "gasilci" && moved.group == "gasilci")
        #expect(scheduling.problem.pinned == [
            Placement(activity: 0, session: 0, room: 0, start: try KS.slot(.tuesday, "18:00")),
            Placement(activity: 1, session: 0, room: 1, start: try KS.slot(.wednesday, "18:00")),
        ])
    }

    @Test func aFixedBookingOffTheQuarterHourHoldsEveryQuarterItTouches() throws {
        let booking = try KS.booking(id: 8, room: "zlato-polje/dvorana", start: "2027-01-15T17:10", minutes: 60,
                                     rule: "FREQ=WEEKLY;COUNT=3")
        let scheduling = try SchedulingProblem(KS.input(requests: [], fixed: [booking]))
        #expect(scheduling.problem.activities.map(\.id) == ["booking-8"])
        #expect(scheduling.problem.activities[0].duration == 5)
        #expect(scheduling.problem.activities[0].weeks.weeks == [0, 1, 2])
        #expect(scheduling.problem.pinned == [Placement(activity: 0, session: 0, room: 2, start: try KS.slot(.friday, "17:00"))])
    }

    @Test func aGroupsActivitiesAndBookingsFormOneConflictSet() throws {
        let requests = [
            try KS.request(id: 1, group: "gasilci", windows: [KS.window([.monday], "17:00-21:00")]),
            try KS.request(id: 2, group: "zbor", windows: [KS.window([.monday], "17:00-21:00")]),
            try KS.request(id: 3, group: "gasilci", windows: [KS.window([.tuesday], "17:00-21:00")]),
        ]
        let scheduling = try SchedulingProblem(KS.input(requests: requests, fixed: [approvedBooking()]))
        #expect(scheduling.problem.conflictSets == [ConflictSet(name: "group gasilci", activities: [0, 2, 3, 4])])
    }

    @Test func theEarlierRunsTentativeBookingsAreThePreviousPlan() throws {
        let request = try KS.request(id: 1, group: "ntk", minutes: 120, sessions: 2,
                                     windows: [KS.window([.monday, .tuesday, .friday], "18:00-22:00")])
        let previous = try [("2027-01-15T18:00", "golnik/sejna-soba"), ("2027-01-11T19:00", "zlato-polje/dvorana"),
                            ("2027-01-12T20:00", "golnik/dvorana")].enumerated().map { index, place in
            var booking = try KS.booking(id: Int64(20 + index), room: place.1, group: "ntk", start: place.0, state: .tentative)
            booking.requestID = 1
            return booking
        }
        let scheduling = try SchedulingProblem(KS.input(requests: [request], previous: previous))
        #expect(scheduling.problem.previousPlan == [
            Placement(activity: 0, session: 0, room: 2, start: try KS.slot(.monday, "19:00")),
            Placement(activity: 0, session: 1, room: 0, start: try KS.slot(.tuesday, "20:00")),
        ])
    }

    @Test func aPreviousBookingOfADateRequestBelongsToTheActivityOfItsDate() throws {
        var booking = try KS.booking(id: 30, room: "zlato-polje/klubska-soba", start: "2027-03-11T19:00", rule: nil, state: .tentative)
        booking.requestID = 5
        let scheduling = try SchedulingProblem(KS.input(requests: [datesRequest()], previous: [booking]))
        #expect(scheduling.problem.previousPlan == [Placement(activity: 1, session: 0, room: 3, start: try KS.slot(.thursday, "19:00"))])
    }
}
