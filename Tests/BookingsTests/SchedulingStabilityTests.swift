import BookingStore
@testable import Bookings
import CivilTime
import Testing

@Suite("Schedule.run again: what was placed before stays where it can")
struct SchedulingStabilityTests {
    func fortnightly(_ id: Int64, group: String) throws -> Request {
        try KS.request(id: id, group: group, title: "Vaje \(group)", minutes: 120, pattern: .fortnightly,
                       windows: [KS.window([.wednesday], "18:00-20:00")], venues: ["golnik"], rooms: ["golnik/dvorana"])
    }

    @Test func aFortnightlyRequestKeepsTheWeeksOfItsEarlierBooking() throws {
        var previous = try KS.booking(id: 40, room: "golnik/dvorana", group: "zbor", start: "2027-01-13T18:00",
                                      rule: "FREQ=WEEKLY;INTERVAL=2;UNTIL=20270620T215959Z", state: .tentative)
        previous.requestID = 2
        let requests = [try fortnightly(1, group: "ples"), try fortnightly(2, group: "zbor"), try fortnightly(3, group: "joga")]
        let scheduling = try SchedulingProblem(KS.input(requests: requests, previous: [previous]))
        // Request 2 ran in the even weeks and keeps them; the others share out what is left, odd weeks first.
        #expect(try scheduling.activity("request-2").weeks.weeks.first == 0)
        #expect(try scheduling.activity("request-1").weeks.weeks.first == 1)
        #expect(try scheduling.activity("request-3").weeks.weeks.first == 0)
    }

    @Test func withdrawingOneFortnightlyRequestLeavesTheOthersInTheirWeeks() throws {
        let database = try AppDatabase()
        try database.write { writer in
            try writer.save(KS.spring())
            try writer.save(KS.venue("golnik"))
            for room in try KS.rooms().prefix(2) { try writer.save(room) }
            for group in ["ples", "zbor"] { try writer.save(KS.group(group)) }
            for id in [1, 2] as [Int64] {
                var request = try fortnightly(id, group: id == 1 ? "ples" : "zbor")
                request.id = nil
                try writer.save(request)
            }
        }
        let options = Schedule.Options(iterations: 500)
        let first = try Schedule.run(term: Town.term, today: Town.today, storage: database, options: options)
        let before = try #require(first.placed.first { $0.request == 2 })
        try database.write { writer in
            var withdrawn = try #require(try writer.request(id: 1))
            withdrawn.status = .withdrawn
            try writer.save(withdrawn)
        }
        let second = try Schedule.run(term: Town.term, today: Town.today, storage: database, options: options)
        let after = try #require(second.placed.first { $0.request == 2 })
        #expect(after.booking == before.booking)
        #expect(after.start == before.start)
        #expect(after.room == before.room)
        let stored = try #require(try database.read { try $0.booking(id: after.booking ?? 0) })
        #expect(stored.sequence == 0)
    }

    @Test func aRequestNoLongerPlaceableLosesItsBookingAndIsPendingAgain() throws {
        let database = try Town.database()
        let first = try Town.run(database)
        // Folklora may use only Golnik; an approved hall hire fills both Golnik rooms at all its times.
        let folklora = try #require(first.placed.first { $0.request == 1 })
        try database.write { writer in
            let hires = [("golnik/dvorana", "2027-01-15T18:00", 240), ("golnik/sejna-soba", "2027-01-15T18:00", 240),
                         ("golnik/sejna-soba", "2027-01-12T18:00", 240), ("golnik/dvorana", "2027-01-12T20:00", 120)]
            for (index, (room, start, minutes)) in hires.enumerated() {
                try writer.save(KS.group("najem\(index)"))
                var hire = try KS.booking(id: 1, room: room, group: "najem\(index)", title: "Najem", start: start, minutes: minutes)
                hire.id = nil
                try writer.save(hire)
            }
        }
        let second = try Town.run(database)
        #expect(!second.placed.contains { $0.request == 1 })
        #expect(second.unplaced.contains { $0.request == 1 })
        #expect(try database.read { try $0.booking(id: folklora.booking ?? 0) } == nil)
        #expect(try database.read { try $0.request(id: 1) }?.status == .pending)
        #expect(try IndependentCheck(storage: database, term: Town.term).violations == [])
        let removal = try database.read { try $0.history(booking: folklora.booking) }.filter { $0.action == .unscheduled }
        #expect(removal.map(\.actor) == ["scheduler"])
        #expect(removal.first?.before?.booking?.id == folklora.booking && removal.first?.after == nil)
    }

    @Test func everyPlacementAndEveryChangeOfOneGoesIntoTheHistory() throws {
        let database = try Town.database()
        let first = try Town.run(database)
        let history = try database.read { try $0.history(booking: nil) }.filter { $0.action == .scheduled }
        #expect(Set(history.compactMap(\.bookingID)) == Set(first.placed.compactMap(\.booking)))
        #expect(history.allSatisfy { $0.before == nil && $0.after?.booking?.state == .tentative && $0.summary.hasPrefix("placed: ") })
        _ = try Town.run(database)
        let again = try database.read { try $0.history(booking: nil) }.filter { $0.action == .scheduled }
        // The same seed and budget place everything as before: nothing changed, so nothing more is recorded.
        #expect(again.count == history.count)
    }

    @Test func withoutATermNamedTheOneInProgressOrNextIsPlanned() throws {
        let database = try AppDatabase()
        try database.write { writer in
            try writer.save(Term(name: "Jesen 2026", firstDay: KS.date("2026-09-01"), lastDay: KS.date("2026-12-20")))
            try writer.save(KS.spring())
            try writer.save(Term(name: "Jesen 2027", firstDay: KS.date("2027-09-01"), lastDay: KS.date("2027-12-20")))
        }
        let term = { (today: String) in try database.read { try Schedule.term(nil, today: KS.date(today), reader: $0).slug.value } }
        #expect(try term("2026-10-01") == "jesen-2026")
        #expect(try term("2026-12-21") == "spomlad-2027")
        #expect(try term("2027-06-20") == "spomlad-2027")
        #expect(try term("2027-07-01") == "jesen-2027")
        #expect(try term("2028-01-01") == "jesen-2027")
        #expect(throws: NotFound.self) { try AppDatabase().read { try Schedule.term(nil, today: KS.date("2027-01-01"), reader: $0) } }
    }
}
