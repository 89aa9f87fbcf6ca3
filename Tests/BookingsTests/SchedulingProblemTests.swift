@testable import Bookings
import CivilTime
import Testing
import Timetabling

@Suite("SchedulingProblem: requests and rooms as the engine's activities and rooms")
struct SchedulingProblemTests {
    @Test func roomsKeepTheirOrderCapacityAndFeatures() throws {
        let scheduling = try SchedulingProblem(KS.input(requests: []))
        #expect(scheduling.problem.rooms.map(\.id) == ["golnik/dvorana", "golnik/sejna-soba", "zlato-polje/dvorana", "zlato-polje/klubska-soba"])
        #expect(scheduling.problem.rooms.map(\.capacity) == [120, 20, 150, 18])
        #expect(scheduling.problem.rooms[0].features == ["piano", "stage"])
        #expect(scheduling.problem.grid == WeekGrid.timeGrid)
    }

    @Test func openingHoursCloseExactlyTheQuarterHoursOutsideThem() throws {
        let open = try OpeningHours([
            .monday: [KS.hours("16:00-22:00")],
            .thursday: [KS.hours("09:00-12:00"), KS.hours("16:00-22:00")],
        ])
        let rooms = [try KS.room("golnik", "dvorana", capacity: 100, open: open)]
        let closures = try SchedulingProblem(KS.input(requests: [], rooms: rooms)).problem.roomClosures
        let closure = try #require(closures.first)
        #expect(closures.count == 1)
        #expect(closure.room == 0)
        #expect(closure.weeks == .every)
        let openSlots = try KS.slots(.monday, from: "16:00", to: "22:00")
            .union(KS.slots(.thursday, from: "09:00", to: "12:00"))
            .union(KS.slots(.thursday, from: "16:00", to: "22:00"))
        #expect(closure.slots == Set(0..<672).subtracting(openSlots))
    }

    @Test func aQuarterHourOnlyPartlyOpenIsClosed() throws {
        let open = try OpeningHours([.friday: [KS.hours("16:10-21:50")]])
        let rooms = [try KS.room("golnik", "dvorana", capacity: 100, open: open)]
        let closure = try #require(try SchedulingProblem(KS.input(requests: [], rooms: rooms)).problem.roomClosures.first)
        #expect(Set(0..<672).subtracting(closure.slots) == (try KS.slots(.friday, from: "16:15", to: "21:45")))
    }

    @Test func aRoomOpenDayAndNightHasNoClosure() throws {
        let rooms = [
            try KS.room("golnik", "dvorana", capacity: 100, open: .daily(KS.hours("00:00-24:00"))),
            try KS.room("golnik", "sejna-soba", capacity: 10, open: .closed),
        ]
        let closures = try SchedulingProblem(KS.input(requests: [], rooms: rooms)).problem.roomClosures
        #expect(closures == [RoomClosure(room: 1, slots: Set(0..<672))])
    }

    @Test func hoursClosedOnEveryDateOfTheTermAreClosedEveryWeek() throws {
        let rooms = try Array(KS.rooms().prefix(3))
        let closures = [
            // Renovation of the Golnik hall for the whole term; the meeting room taken 16:00-18:00 on every day of it.
            try Closure(scope: .room(KS.ref("golnik/dvorana")), firstDay: KS.date("2026-12-01"), lastDay: KS.date("2027-07-31"),
                        reason: "Obnova"),
            try Closure(scope: .venue(Slug(folding: "golnik")), firstDay: KS.date("2027-01-11"), lastDay: KS.date("2027-06-20"),
                        hours: KS.hours("16:00-18:00"), reason: "Šola"),
            // Part of the term only, or one date: dates are cancelled, the hours stay open.
            try Closure(scope: .room(KS.ref("zlato-polje/dvorana")), firstDay: KS.date("2027-01-11"), lastDay: KS.date("2027-06-13"),
                        reason: "Skoraj ves semester"),
            try Closure(scope: .everywhere, firstDay: KS.date("2027-03-29"), reason: "Velikonočni ponedeljek"),
        ]
        let scheduling = try SchedulingProblem(KS.input(requests: [], closures: closures, rooms: rooms))
        let closed = Dictionary(uniqueKeysWithValues: scheduling.problem.roomClosures.map { ($0.room, $0.slots) })
        let daily = try KS.slots(.monday, from: "16:00", to: "22:00")
        #expect(closed[0]?.count == 672)
        var meetingRoomOpen = Set<Int>()
        for day in Weekday.allCases { meetingRoomOpen.formUnion(try KS.slots(day, from: "18:00", to: "22:00")) }
        #expect(Set(0..<672).subtracting(closed[1] ?? []).sorted() == meetingRoomOpen.sorted())
        #expect(closed[2]?.isDisjoint(with: daily) == true)
    }

    @Test func allowedStartsAreTheQuarterHoursAtWhichTheSessionFitsItsWindow() throws {
        let request = try KS.request(id: 1, minutes: 90, windows: [KS.window([.tuesday], "17:00-21:00")])
        let activity = try SchedulingProblem(KS.input(requests: [request])).activity("request-1")
        let expected = try KS.slots(.tuesday, from: "17:00", to: "19:45")
        #expect(expected.count == 11)
        #expect(activity.allowedStarts == expected)
        #expect(activity.duration == 6)
    }

    @Test func startsCoverEveryDayOfEveryWindow() throws {
        let request = try KS.request(id: 1, minutes: 120, windows: [
            KS.window([.tuesday, .thursday], "18:00-21:00"), KS.window([.saturday], "09:00-11:00"),
        ])
        let activity = try SchedulingProblem(KS.input(requests: [request])).activity("request-1")
        let expected = try KS.slots(.tuesday, from: "18:00", to: "19:15").union(KS.slots(.thursday, from: "18:00", to: "19:15"))
            .union([KS.slot(.saturday, "09:00")])
        #expect(activity.allowedStarts == expected)
    }

    @Test func aWindowStartingBetweenQuarterHoursStartsAtTheNextOne() throws {
        let request = try KS.request(id: 1, minutes: 60, windows: [KS.window([.monday], "17:10-18:40")])
        let activity = try SchedulingProblem(KS.input(requests: [request])).activity("request-1")
        #expect(activity.allowedStarts == [try KS.slot(.monday, "17:15"), try KS.slot(.monday, "17:30")])
    }

    @Test func aSessionNotAWholeNumberOfQuarterHoursFitsAWindowOfItsOwnLength() throws {
        // 50 minutes from 17:00 end at 17:50, within the window, though the session holds four slots.
        let request = try KS.request(id: 1, minutes: 50, windows: [KS.window([.wednesday], "17:00-17:50")])
        let activity = try SchedulingProblem(KS.input(requests: [request])).activity("request-1")
        #expect(activity.duration == 4)
        #expect(activity.allowedStarts == [try KS.slot(.wednesday, "17:00")])
    }

    @Test func candidateRoomsAreThoseOfTheVenuesNamedOrAll() throws {
        let requests = [
            try KS.request(id: 1, windows: [KS.window([.monday], "17:00-21:00")], venues: ["zlato-polje"]),
            try KS.request(id: 2, windows: [KS.window([.monday], "17:00-21:00")]),
            try KS.request(id: 3, windows: [KS.window([.monday], "17:00-21:00")], venues: ["golnik", "zlato-polje"]),
        ]
        let scheduling = try SchedulingProblem(KS.input(requests: requests))
        #expect(try scheduling.activity("request-1").candidateRooms == [2, 3])
        #expect(try scheduling.activity("request-2").candidateRooms == [0, 1, 2, 3])
        #expect(try scheduling.activity("request-3").candidateRooms == [0, 1, 2, 3])
    }

    @Test func aVenuePolicyKeepsRoomsReservedForOtherKindsOfGroupOutOfTheCandidates() throws {
        let requests = [
            try KS.request(id: 1, group: "zbor", windows: [KS.window([.monday], "17:00-21:00")]),
            try KS.request(id: 2, group: "sola", windows: [KS.window([.monday], "17:00-21:00")]),
        ]
        var input = try KS.input(requests: requests)
        input.policies[Slug(folding: "golnik")] = try VenuePolicy(venue: Slug(folding: "golnik"), roomKinds: ["dvorana": ["society"]])
        input.groupKinds = [Slug(folding: "zbor"): "society", Slug(folding: "sola"): "school"]
        let scheduling = try SchedulingProblem(input)
        #expect(try scheduling.activity("request-1").candidateRooms == [0, 1, 2, 3])
        #expect(try scheduling.activity("request-2").candidateRooms == [1, 2, 3])
    }

    @Test func preferredWindowsAndRoomsBecomePreferredStartsAndRooms() throws {
        let request = try KS.request(
            id: 1, minutes: 120, windows: [KS.window([.tuesday, .friday], "18:00-22:00")],
            preferred: [KS.window([.tuesday], "20:00-22:00")], rooms: ["golnik/dvorana", "zlato-polje/klubska-soba"])
        let activity = try SchedulingProblem(KS.input(requests: [request])).activity("request-1")
        #expect(activity.preferredStarts == [try KS.slot(.tuesday, "20:00")])
        #expect(activity.preferredRooms == [0, 3])
    }

    @Test func sessionsSizeFeaturesAndOwnerComeFromTheRequest() throws {
        let request = try KS.request(id: 4, group: "ntk", audience: 12, features: ["sports-floor"], minutes: 120, sessions: 2,
                                     windows: [KS.window([.monday, .tuesday, .friday], "18:00-22:00")])
        let activity = try SchedulingProblem(KS.input(requests: [request])).activity("request-4")
        #expect(activity.sessions == 2)
        #expect(activity.minimumDays == 2)
        #expect(activity.size == 12)
        #expect(activity.requiredFeatures == ["sports-floor"])
        #expect(activity.duration == 8)
        #expect(activity.owner == "request-4")
        #expect(activity.group == "ntk")
        #expect(activity.weeks == Timetabling.WeekPattern(weeks: 0...22))
    }

    @Test func aMonthlyRequestRunsInTheWeeksOfItsNthWeekday() throws {
        let request = try KS.request(id: 1, pattern: .monthly(ordinal: 1), windows: [KS.window([.monday], "18:00-21:00")])
        let activity = try SchedulingProblem(KS.input(requests: [request])).activity("request-1")
        #expect(activity.weeks.weeks == [3, 7, 12, 16, 21])
    }

    @Test func aDayOnWhichThePatternHasNoDateInTheTermOffersNoStart() throws {
        // A summer week from Monday to Friday: Saturday is not in the term, and 8 July is no first Thursday.
        var input = try KS.input(requests: [
            KS.request(id: 1, windows: [KS.window([.friday, .saturday], "17:00-21:00")]),
            KS.request(id: 2, pattern: .monthly(ordinal: 1), windows: [KS.window([.monday, .thursday], "17:00-21:00")]),
        ])
        input.term = try Term(slug: Slug(folding: "spomlad-2027"), name: "Poletni teden", firstDay: KS.date("2027-07-05"),
                              lastDay: KS.date("2027-07-09"))
        let scheduling = try SchedulingProblem(input)
        for (index, activity) in scheduling.problem.activities.enumerated() {
            let starts = try #require(activity.allowedStarts)
            #expect(!starts.isEmpty)
            #expect(Set(starts.map(WeekGrid.weekday(ofSlot:))) == [index == 0 ? .friday : .monday])
            // Every start the engine may choose becomes a booking.
            for start in starts {
                #expect(try scheduling.proposal(for: Placement(activity: index, session: 0, room: 0, start: start)) != nil)
            }
        }
    }

    @Test func fortnightlyRequestsTakeAlternateParitiesInTurn() throws {
        let requests = try (1...3).map { id in
            try KS.request(id: id, pattern: .fortnightly, windows: [KS.window([.wednesday], "18:00-21:00")])
        }
        let scheduling = try SchedulingProblem(KS.input(requests: requests))
        #expect(try scheduling.activity("request-1").weeks.weeks == Array(stride(from: 0, through: 22, by: 2)))
        #expect(try scheduling.activity("request-2").weeks.weeks == Array(stride(from: 1, through: 21, by: 2)))
        #expect(try scheduling.activity("request-3").weeks.weeks == Array(stride(from: 0, through: 22, by: 2)))
    }

    @Test func eachActivityRemembersTheRequestItPlaces() throws {
        let requests = [
            try KS.request(id: 1, windows: [KS.window([.monday], "17:00-21:00")]),
            try KS.request(id: 2, windows: [KS.window([.tuesday], "17:00-21:00")]),
        ]
        let scheduling = try SchedulingProblem(KS.input(requests: requests))
        #expect(scheduling.sources == [.request(requests[0], date: nil), .request(requests[1], date: nil)])
        #expect(scheduling.problem.pinned.isEmpty)
        #expect(scheduling.problem.previousPlan.isEmpty)
    }
}
