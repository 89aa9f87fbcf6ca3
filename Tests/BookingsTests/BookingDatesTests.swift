import Bookings
import CivilTime
import Testing

/// The one expansion of what takes place: each date of a booking takes place, or is cancelled or
/// closed, with why.
@Suite struct BookingDatesTests {
    typealias F = WorkflowFixture

    /// Mondays 18:00–20:00 in the hall, 11 January to 1 February 2027 (four dates).
    static func mondays(_ exceptions: [OccurrenceException] = []) throws -> Booking {
        var booking = try F.booking("zbor", "2027-01-11T18:00")
        booking.id = 7
        booking.exceptions = exceptions
        return booking
    }

    static func statuses(_ dates: [BookingDate]) -> [String] {
        dates.map { date in
            let day = date.occurrence.originalDate.description
            switch date.status {
            case .takesPlace: return "\(day) \(date.occurrence.start) \(date.occurrence.room)"
            case .cancelled(let reason, let closure): return "\(day) cancelled: \(reason)\(closure.map { " (closed: \($0.reason))" } ?? "")"
            case .closed(let closure): return "\(day) closed: \(closure.reason)"
            }
        }
    }

    @Test func eachDateTakesPlaceOrSaysWhyNot() throws {
        let booking = try Self.mondays([
            OccurrenceException(originalDate: F.date("2027-01-18"), change: .cancelled, reason: "Občni zbor"),
            OccurrenceException(originalDate: F.date("2027-01-25"), change: .moved(to: LocalDateTime(iso: "2027-01-26T19:00:00"), room: F.kitchen)),
        ])
        let closures = [try Closure(scope: .venue(F.golnik), firstDay: F.date("2027-02-01"), reason: "Volitve"),
                        try Closure(scope: .room(F.kitchen), firstDay: F.date("2027-01-11"), reason: "Ne ta prostor")]
        let dates = try BookingDates(booking, closures: closures, zone: nil).dates(from: F.date("2027-01-01"), through: F.date("2027-02-28"))
        #expect(Self.statuses(dates) == [
            "2027-01-11 2027-01-11T18:00 golnik/dvorana",
            "2027-01-18 cancelled: Občni zbor",
            "2027-01-25 2027-01-26T19:00 golnik/kuhinja",
            "2027-02-01 closed: Volitve",
        ])
        #expect(dates.filter(\.takesPlace).map(\.occurrence.isMoved) == [false, true])
        #expect(dates[3].occurrence.start == (try LocalDateTime(iso: "2027-02-01T18:00:00")), "a closed date keeps the time the rule gives it")
    }

    @Test func aClosureOfOtherHoursOrAnotherRoomLeavesTheDateAlone() throws {
        let closures = [try Closure(scope: .room(F.hall), firstDay: F.date("2027-01-11"), hours: TimeRange(parsing: "08:00-12:00"), reason: "Jutro"),
                        try Closure(scope: .room(F.kitchen), firstDay: F.date("2027-01-18"), reason: "Kuhinja"),
                        try Closure(scope: .everywhere, firstDay: F.date("2027-01-25"), hours: TimeRange(parsing: "19:30-23:00"), reason: "Zvečer")]
        let dates = try BookingDates(try Self.mondays(), closures: closures, zone: nil).dates(from: F.date("2027-01-11"), through: F.date("2027-01-31"))
        #expect(Self.statuses(dates) == [
            "2027-01-11 2027-01-11T18:00 golnik/dvorana",
            "2027-01-18 2027-01-18T18:00 golnik/dvorana",
            "2027-01-25 closed: Zvečer",
        ])
    }

    @Test func aCancelledDateInAClosureNamesBothAndADateMovedIntoOneStaysWhereItWasPut() throws {
        let booking = try Self.mondays([
            OccurrenceException(originalDate: F.date("2027-01-11"), change: .cancelled, reason: "closed: Praznik"),
            OccurrenceException(originalDate: F.date("2027-01-18"), change: .moved(to: LocalDateTime(iso: "2027-01-11T20:00:00"), room: nil)),
        ])
        let holiday = try Closure(scope: .everywhere, firstDay: F.date("2027-01-11"), reason: "Praznik")
        let dates = try BookingDates(booking, closures: [holiday], zone: nil).dates(from: F.date("2027-01-11"), through: F.date("2027-01-17"))
        #expect(Self.statuses(dates) == ["2027-01-11 cancelled: closed: Praznik (closed: Praznik)", "2027-01-18 2027-01-11T20:00 golnik/dvorana"])
    }

    @Test func withoutClosuresItIsTheBookingsOccurrences() throws {
        let booking = try Self.mondays([OccurrenceException(originalDate: F.date("2027-01-18"), change: .cancelled)])
        let from = try F.date("2027-01-01"), through = try F.date("2027-03-01")
        #expect(try BookingDates(booking, closures: [], zone: nil).occurrences(from: from, through: through)
            == booking.occurrences(from: from, through: through))
    }
}
