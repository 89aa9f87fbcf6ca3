import BookingStore
import Bookings
import CivilTime
import Foundation
import ICalendar
import Testing

/// A booking stored before the recurrence bounds (or written into the database by hand) may hold a rule
/// `Booking.checkExtent` refuses today. No view may expand it past those bounds: ten years from its start
/// and `RecurrenceRule.maximumCount` dates, whatever the store holds. Before, `UNTIL=99991231` made every
/// feed, agenda and page expand eight thousand years of dates.
@Suite("Stored bookings past the bounds")
struct StoredUnboundedBookingTests {
    typealias F = WorkflowFixture
    let database: AppDatabase
    let start = try! LocalDateTime(iso: "2027-01-11T18:00:00")

    init() throws {
        database = try F.store()
        let daily = try Booking(room: F.hall, group: Slug(folding: "zbor"), title: "Vsak dan do leta 9999", start: start,
                                durationMinutes: 60, recurrence: "FREQ=DAILY;UNTIL=99991231", state: .approved)
        let minutely = try Booking(room: F.kitchen, group: Slug(folding: "sola"), title: "Vsako minuto", start: start,
                                   durationMinutes: 1, recurrence: "FREQ=MINUTELY", state: .approved)
        // Straight into the store, as an older version of Prostor would have saved them: no checks.
        try database.write { writer in
            try writer.save(daily)
            try writer.save(minutely)
            // Open on public holidays, so that every date of the rule takes place and the count is the bound's.
            try writer.save(try VenuePolicy(venue: F.golnik, closedOnPublicHolidays: false))
        }
        #expect(throws: InvalidValue.self) { try daily.validateRecurrence() }
    }

    func stored(_ title: String) throws -> Booking {
        try #require(try database.read { try $0.bookings() }.first { $0.title == title })
    }

    @Test func theOneExpansionStopsTenYearsAfterTheStart() throws {
        let booking = try stored("Vsak dan do leta 9999")
        let dates = try BookingDates(booking, closures: [], zone: nil)
            .dates(from: F.date("2027-01-01"), through: F.date("9999-12-31"))
        #expect(dates.count == Booking.maximumSpanDays)
        #expect(dates.last?.occurrence.originalDate == start.date.adding(days: Booking.maximumSpanDays - 1))
        let later = try BookingDates(booking, closures: [], zone: nil).dates(from: F.date("2040-03-05"), through: F.date("2040-03-11"))
        #expect(later.isEmpty, "a week past the ten years shows nothing")
    }

    @Test func noViewExpandsMoreDatesThanTheCountBound() throws {
        let booking = try stored("Vsako minuto")
        let dates = try BookingDates(booking, closures: [], zone: nil).dates(from: F.date("2027-01-11"), through: F.date("2027-12-31"))
        #expect(dates.count == 10_000, "RecurrenceRule.maximumCount dates, not the 500,000 minutes of the year")
    }

    @Test func theAgendaAndTheFeedEndWhereTheExpansionEnds() throws {
        let data = try database.read { try FeedData($0) }
        let feed = try Feed(scope: .room(F.hall), data: data)
        let agenda = try feed.occurrences(from: F.date("2027-01-01"), through: F.date("9999-12-31"))
        #expect(agenda.count == Booking.maximumSpanDays)
        let series = try #require(feed.series.first)
        #expect(series.lastDay == start.date.adding(days: Booking.maximumSpanDays - 1))
        #expect(try series.lifetime().occurrences.count == Booking.maximumSpanDays)

        // The published rule says the same: a subscriber's calendar does not run to 9999 either.
        let document = try Feed(scope: .all, data: data).document(FeedOptions(host: "test", timestamp: start))
        let rules = document.components(named: "VEVENT").compactMap(\.recurrenceRule)
        let daily = try #require(rules.first { $0.hasPrefix("FREQ=DAILY") })
        #expect(daily == "FREQ=DAILY;UNTIL=20370110T225959Z", "the last day, 10 January 2037, ends at 23:59:59 in Ljubljana")
        // 10,000 minutes from 11 January 18:00: the last is on 18 January at 16:39.
        #expect(rules.contains("FREQ=MINUTELY;UNTIL=20270118T225959Z"), "\(rules)")
    }
}
