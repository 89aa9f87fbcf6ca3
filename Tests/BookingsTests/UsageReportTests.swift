import BookingStore
import Bookings
import CivilTime
import Testing

@Suite struct UsageReportTests {
    typealias F = WorkflowFixture

    @Test func closuresTakeTheirHoursOffTheOpeningHours() throws {
        let room = try #require(try F.store().read { try $0.room(F.hall) })
        let day = try F.date("2027-02-08")
        let partly = try Closure(scope: .room(F.hall), firstDay: day, hours: TimeRange(parsing: "15:00-18:00"), reason: "Pregled")
        let again = try Closure(scope: .everywhere, firstDay: day, hours: TimeRange(parsing: "17:00-19:00"), reason: "Vaja")
        #expect(UsageReport.minutesOpen(room, on: day, closures: []) == 360)
        #expect(UsageReport.minutesOpen(room, on: day, closures: [partly, again]) == 180)
        let allDay = try Closure(scope: .venue(F.golnik), firstDay: day, reason: "Praznik")
        #expect(UsageReport.minutesOpen(room, on: day, closures: [allDay]) == 0)
    }

    @Test func weeksAndTotalsCountApprovedOccurrencesGroupsAndActivities() throws {
        let store = try F.store()
        var bookings = [try F.booking("zbor", "2027-01-11T18:00", rule: "FREQ=WEEKLY;COUNT=2", state: .approved),
                        try F.booking("sola", "2027-01-12T18:00", rule: nil, minutes: 60, state: .approved),
                        try F.booking("sola", "2027-01-13T18:00", rule: nil, state: .tentative)]
        for index in bookings.indices { bookings[index].id = Int64(index + 1) }
        let report = try UsageReport(rooms: try store.read { try $0.rooms(in: nil) }.filter { $0.ref == F.hall }, closures: [], bookings: bookings,
                                     zones: [:], from: F.date("2027-01-11"), through: F.date("2027-01-24"))
        #expect(report.rows.map(\.week) == ["2027-W02", "2027-W03", nil])
        #expect(report.rows.map(\.bookedMinutes) == [180, 120, 300])
        #expect(report.rows.map(\.openMinutes) == [2520, 2520, 5040])
        #expect(report.rows.map(\.groups) == [2, 1, 2])
        #expect(report.rows.map(\.activities) == [2, 1, 2])
        #expect(abs(report.totals[0].share - 300.0 / 5040.0) < 1e-12)
    }

    /// A closed date is neither open nor booked: it used to count as booked hours in a room that had
    /// none open that day.
    @Test func closedDatesAreNotCountedAsBooked() throws {
        let store = try F.store()
        var booking = try F.booking("zbor", "2027-01-11T18:00", rule: "FREQ=WEEKLY;COUNT=2", state: .approved)
        booking.id = 1
        let closure = try Closure(scope: .venue(F.golnik), firstDay: F.date("2027-01-18"), reason: "Volitve")
        let report = try UsageReport(rooms: try store.read { try $0.rooms(in: nil) }.filter { $0.ref == F.hall }, closures: [closure], bookings: [booking],
                                     zones: [:], from: F.date("2027-01-11"), through: F.date("2027-01-24"))
        #expect(report.rows.map(\.bookedMinutes) == [120, 0, 120])
        #expect(report.rows.map(\.activities) == [1, 0, 1])
        #expect(report.rows.map(\.openMinutes) == [2520, 2160, 4680])
    }
}
