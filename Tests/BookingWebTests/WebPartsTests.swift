@testable import BookingWeb
import Bookings
import CivilTime
import Testing

/// The small parts behind the routes, each against values worked out by hand.
@Suite struct WebPartsTests {
    func date(_ text: String) throws -> LocalDate { try LocalDate(iso: text) }

    @Test func isoWeeksStartOnTheMondayOfTheWeekHoldingJanuary4() throws {
        #expect(try CalendarSelection.monday(ofISOWeek: "2027-W07") == date("2027-02-15"))
        #expect(try CalendarSelection.monday(ofISOWeek: "2027-W01") == date("2027-01-04"))
        #expect(try CalendarSelection.monday(ofISOWeek: "2026-W53") == date("2026-12-28"))
        #expect(throws: InvalidValue.self) { try CalendarSelection.monday(ofISOWeek: "2027-W53") }
        #expect(throws: InvalidValue.self) { try CalendarSelection.monday(ofISOWeek: "2027-7") }
        #expect(CalendarSelection.weekText(try date("2027-01-01")) == "2026-W53")
    }

    @Test func aDateSelectsTheWeekAroundIt() throws {
        let selection = try CalendarSelection(week: nil, date: "2027-02-21", today: date("2026-11-25"))
        #expect(selection.monday == (try date("2027-02-15")))
        #expect(selection.previousWeek == "2027-W06" && selection.nextWeek == "2027-W08")
    }

    @Test func languageFollowsTheQueryThenAcceptLanguageThenSlovenian() {
        #expect(Language.negotiate(query: "en", acceptLanguage: "sl") == .en)
        #expect(Language.negotiate(query: "xx", acceptLanguage: nil) == .sl)
        #expect(Language.negotiate(query: nil, acceptLanguage: "de-DE,de;q=0.9,en;q=0.8") == .en)
        #expect(Language.negotiate(query: nil, acceptLanguage: "en;q=0.5,sl-SI;q=0.9") == .sl)
        #expect(Language.negotiate(query: nil, acceptLanguage: "en;q=0") == .sl)
        #expect(Language.negotiate(query: nil, acceptLanguage: "fr") == .sl)
    }

    @Test func datesAreWrittenAsPeopleHereWriteThem() throws {
        let start = try LocalDateTime(iso: "2027-01-12T18:00:00")
        #expect(CivilFormat(language: .sl).dateTime(start) == "torek, 12. 1. 2027, 18.00")
        #expect(CivilFormat(language: .en).dateTime(start) == "Tuesday, 12 January 2027, 18:00")
        #expect(CivilFormat(language: .sl).range(try date("2027-12-27"), try date("2028-01-02")) == "27. 12. 2027–2. 1. 2028")
    }

    @Test func httpDatesRoundTripInIMFFixdate() {
        #expect(HTTPDate.format(secondsSinceEpoch: 784_111_777) == "Sun, 06 Nov 1994 08:49:37 GMT")
        #expect(HTTPDate.parse("Sun, 06 Nov 1994 08:49:37 GMT") == 784_111_777)
        #expect(HTTPDate.parse("Sunday, 06-Nov-94 08:49:37 GMT") == nil)
    }

    @Test func gzipIsAcceptedUnlessRefused() {
        #expect(FeedRoutes.acceptsGzip("gzip, deflate, br"))
        #expect(FeedRoutes.acceptsGzip("br;q=1.0, gzip;q=0.8"))
        #expect(FeedRoutes.acceptsGzip("*"))
        #expect(!FeedRoutes.acceptsGzip("gzip;q=0"))
        #expect(!FeedRoutes.acceptsGzip("*, gzip;q=0"))
        #expect(!FeedRoutes.acceptsGzip("identity"))
        #expect(!FeedRoutes.acceptsGzip(nil))
    }

    @Test func overlappingActivitiesInOneRoomShareACellAndTheTableStaysRectangular() throws {
        let venue = Slug(folding: "golnik")
        let hours = OpeningHours.daily(try TimeRange(parsing: "08:00-22:00"))
        let rooms = [try Room(venue: venue, slug: Slug(folding: "a"), name: "A", capacity: 10, openingHours: hours),
                     try Room(venue: venue, slug: Slug(folding: "b"), name: "B", capacity: 10, openingHours: hours)]
        func shown(_ room: Int, _ start: String, _ end: String) throws -> ShownOccurrence {
            ShownOccurrence(start: try LocalDateTime(iso: "2027-02-16T\(start):00"), end: try LocalDateTime(iso: "2027-02-16T\(end):00"),
                            room: rooms[room].ref, title: "x", groupName: "g", isTentative: false, isMoved: false)
        }
        let occurrences = [try shown(0, "18:00", "19:30"), try shown(0, "19:00", "20:00"), try shown(1, "18:15", "18:45")]
        let table = DayTable(occurrences: occurrences, rooms: rooms, format: CivilFormat(language: .sl), roomNames: [:])
        #expect(table.rows.map(\.time) == ["18.00", "18.30", "19.00", "19.30"])
        let first = try #require(table.rows.first).cells
        #expect(first.map(\.rowspan) == [4, 2])
        #expect(first[0].activities.count == 2)
        // Every row spans both columns once the cells above are counted.
        var open = [0, 0]
        for row in table.rows {
            var cells = row.cells.makeIterator()
            for column in 0..<2 {
                if open[column] > 0 { open[column] -= 1; continue }
                let next = cells.next()
                let cell = try #require(next)
                open[column] = cell.rowspan - 1
            }
            #expect(cells.next() == nil)
        }
    }
}
