import BookingStore
@testable import Bookings
import CivilTime
import Testing

@Suite("Schedule.run: a term planned and stored in an in-memory database")
struct SchedulingRunTests {
    @Test func thePlanBreaksNoRuleCheckedWithoutTheEngine() throws {
        let database = try Town.database()
        let report = try Town.run(database)
        // Only the sessions left unplaced cost hard points.
        #expect(report.hard == report.unplaced.count)
        #expect(report.placed.count >= 6)
        let check = try IndependentCheck(storage: database, term: Town.term)
        #expect(check.violations == [])
    }

    @Test func theIndependentCheckFindsDoubleBookingsSmallRoomsClosedDatesTimesOutsideWindowsAndEmptyBookings() throws {
        let database = try Town.database()
        try database.write { writer in
            var clash = try KS.booking(id: 1, room: "golnik/dvorana", group: "td", title: "Vaje tamburašev",
                                       start: "2027-01-12T19:00", state: .tentative)
            clash.id = nil
            clash.requestID = 7
            try writer.save(clash)
            var small = try KS.booking(id: 1, room: "golnik/sejna-soba", group: "mok", title: "Predstavitev", start: "2027-03-11T17:00",
                                       rule: nil, state: .tentative)
            small.id = nil
            small.requestID = 6
            try writer.save(small)
            var closed = try KS.booking(id: 1, room: "golnik/sejna-soba", group: "zbor", title: "Sestanek", start: "2027-03-29T18:00",
                                        minutes: 60, rule: nil, state: .tentative)
            closed.id = nil
            closed.requestID = 8
            try writer.save(closed)
            var never = try KS.booking(id: 1, room: "golnik/sejna-soba", group: "zbor", title: "Odpadlo", start: "2027-02-15T18:00",
                                       minutes: 60, rule: nil, state: .tentative,
                                       exceptions: [OccurrenceException(originalDate: KS.date("2027-02-15"), change: .cancelled)])
            never.id = nil
            never.requestID = 8
            try writer.save(never)
        }
        let violations = try IndependentCheck(storage: database, term: Town.term).violations.joined(separator: "\n")
        #expect(violations.contains("room golnik/dvorana: booking 1 \"Vaje gasilske mladine\" on 2027-01-12T18:00 overlaps booking 2"))
        #expect(violations.contains("booking 3 \"Predstavitev\" on 2027-03-11T17:00: 200 people in golnik/sejna-soba for 20"))
        #expect(violations.contains("booking 2 \"Vaje tamburašev\" on 2027-01-12T19:00: TU 19:00-21:00 outside the windows of request 7"))
        #expect(violations.contains("booking 4 \"Sestanek\" on 2027-03-29T18:00: in the closure \"Velikonočni ponedeljek\""))
        #expect(violations.contains("booking 5 \"Odpadlo\": placed for a request, but never takes place"))
    }

    @Test func aRoomClosedAllTermIsGivenToNoOne() throws {
        let database = try Town.database()
        _ = try database.write { writer in
            try writer.save(Closure(scope: .room(KS.ref("golnik/dvorana")), firstDay: KS.date("2027-01-01"),
                                    lastDay: KS.date("2027-07-01"), reason: "Obnova"))
        }
        let report = try Town.run(database)
        #expect(!report.placed.isEmpty)
        #expect(!report.placed.contains { $0.room == "golnik/dvorana" })
        // The choir needs the piano, which only the closed hall has.
        let choir = try #require(report.unplaced.first { $0.request == 3 })
        #expect(choir.reasons.map(\.constraint).contains("closures and unavailability"))
        #expect(try IndependentCheck(storage: database, term: Town.term).violations == [])
    }

    @Test func approvedBookingsAreNeverMoved() throws {
        let database = try Town.database()
        let before = try database.read { try $0.bookings() }.filter { $0.state == .approved }
        _ = try Town.run(database)
        _ = try Town.run(database, seed: 2)
        let after = try database.read { try $0.bookings() }.filter { $0.state == .approved }
        #expect(after == before)
        #expect(after.count == 1)
    }

    @Test func theSameSeedAndIterationsGiveTheSamePlan() throws {
        let first = try Town.run(Town.database(), dryRun: true)
        let second = try Town.run(Town.database(), dryRun: true)
        #expect(first.placed.map(\.start) == second.placed.map(\.start))
        #expect(first.placed.map(\.room) == second.placed.map(\.room))
        #expect(first.placed.map(\.rrule) == second.placed.map(\.rrule))
        #expect((first.hard, first.soft) == (second.hard, second.soft))
        #expect(first.iterations == second.iterations)
    }

    @Test func aSecondRunKeepsTheBookingIdsAndBumpsSequenceOnlyWhereSomethingChanged() throws {
        let database = try Town.database()
        let first = try Town.run(database)
        let stored = try database.read { try $0.bookings() }.filter { $0.state == .tentative }
        #expect(Set(stored.compactMap(\.id)) == Set(first.placed.compactMap(\.booking)))
        // A closure that takes one date of one placed booking changes that booking only.
        let target = try #require(stored.first { $0.recurrence != nil })
        let date = target.start.date.adding(days: 14)
        _ = try database.write { writer in
            try writer.save(Closure(scope: .room(target.room), firstDay: date, reason: "Dan odprtih vrat"))
        }
        let second = try Town.run(database)
        let restored = try database.read { try $0.bookings() }.filter { $0.state == .tentative }
        #expect(Set(restored.compactMap(\.id)) == Set(stored.compactMap(\.id)))
        #expect(second.placed.count == first.placed.count)
        let earlier = Dictionary(uniqueKeysWithValues: stored.compactMap { booking in booking.id.map { ($0, booking) } })
        for booking in restored {
            let old = try #require(booking.id.flatMap { earlier[$0] })
            #expect(booking.sequence == (old.changesWhatSubscribersSee(comparedWith: booking) ? 1 : 0), "\(booking.title)")
        }
        // The closure is not in the weekly problem, so the plan stays and only the target changes.
        let changed = try #require(restored.first { $0.id == target.id })
        #expect(changed.start == target.start && changed.room == target.room)
        #expect(changed.exceptions.map(\.originalDate).contains(date))
        #expect(restored.filter { $0.sequence > 0 }.map(\.id) == [target.id])
    }

    @Test func aDryRunWritesNothing() throws {
        let database = try Town.database()
        let before = try Snapshot(database)
        let report = try Town.run(database, dryRun: true)
        #expect(report.dryRun)
        #expect(!report.placed.isEmpty)
        #expect(report.placed.allSatisfy { $0.booking == nil })
        #expect(try Snapshot(database) == before)
        _ = try Town.run(database)
        let afterRun = try Snapshot(database)
        #expect(afterRun != before)
        _ = try Town.run(database, seed: 9, dryRun: true)
        #expect(try Snapshot(database) == afterRun)
    }

    @Test func aRequestNoRoomHoldsIsUnplacedForRoomCapacity() throws {
        let report = try Town.run(Town.database())
        let unplaced = try #require(report.unplaced.first { $0.request == 6 })
        #expect(unplaced.title == "Javna predstavitev prostorskega načrta")
        #expect(unplaced.group == "mok")
        #expect(unplaced.date == "2027-03-11")
        // Thursday 17:00-20:00 leaves five starts for two hours, in each of the four rooms.
        #expect(unplaced.placesTried == 20)
        #expect(unplaced.reasons.first?.constraint == "room capacity")
        #expect(unplaced.reasons.first?.places == 20)
        #expect(unplaced.inTheWay == [])
    }

    @Test func aRequestOnlyAnApprovedBookingBlocksNamesThatBooking() throws {
        let report = try Town.run(Town.database())
        let unplaced = try #require(report.unplaced.first { $0.request == 7 })
        #expect(unplaced.reasons.map(\.constraint).contains("room clash"))
        #expect(unplaced.inTheWay == ["approved booking 1 \"Vaje gasilske mladine\" in golnik/dvorana TU 18:00-20:00"])
        let alternateWeeks = try #require(unplaced.alternatives.first { $0.kind == "alternate weeks" })
        #expect(alternateWeeks.room == "golnik/dvorana")
        #expect(alternateWeeks.when == "TU 18:00-20:00")
        #expect(alternateWeeks.weeks == 2)
        #expect(alternateWeeks.weeksAsked == 23)
    }

    @Test func aDateInAClosureOfAllVenuesIsUnplacedWithNoPlaceToTry() throws {
        let report = try Town.run(Town.database())
        let unplaced = try #require(report.unplaced.first { $0.request == 8 })
        #expect(unplaced.date == "2027-03-29")
        #expect(unplaced.placesTried == 0)
        #expect(report.placed.contains { $0.request == 8 && $0.start.hasPrefix("2027-02-15T") })
    }

    @Test func requestsPlacedAtLeastOnceAreScheduledAndTheOthersPending() throws {
        let database = try Town.database()
        let report = try Town.run(database)
        let placed = Set(report.placed.compactMap(\.request))
        #expect(placed == [1, 2, 3, 4, 5, 8])
        let statuses = try database.read { try $0.requests() }.map { ($0.id ?? 0, $0.status) }
        for (id, status) in statuses {
            #expect(status == (placed.contains(id) ? .scheduled : .pending), "request \(id)")
        }
    }

    @Test func eachPlacedSessionIsStoredAsTheTentativeBookingTheReportShows() throws {
        let database = try Town.database()
        let report = try Town.run(database)
        let stored = try database.read { try $0.bookings() }
        for line in report.placed {
            let booking = try #require(stored.first { $0.id == line.booking })
            #expect(booking.state == .tentative)
            #expect(booking.requestID == line.request)
            #expect(booking.start.description == line.start)
            #expect(booking.room.description == line.room)
            #expect(booking.recurrence == line.rrule)
        }
        // Joga asks for two sessions a week: two weekly bookings on different days.
        let joga = report.placed.filter { $0.request == 4 }
        #expect(joga.count == 2)
        #expect(Set(joga.map { $0.when.prefix(2) }).count == 2)
    }
}
