import CivilTime
import ICalendar
import Testing

@Suite("RFC 5545 §3.6.1 VEVENT: typed properties")
struct EventTests {
    @Test func accessorsReadWhatTheyWrite() throws {
        var event = Component.event(
            uid: "booking-7@prostor", timestamp: civil("2026-11-25T12:00"),
            start: .zoned(civil("2027-01-12T18:00"), zone: "Europe/Ljubljana"))
        event.end = .zoned(civil("2027-01-12T19:30"), zone: "Europe/Ljubljana")
        event.recurrenceRule = "FREQ=WEEKLY;BYDAY=TU"
        event.recurrenceDates = [.date(day("2027-02-11"))]
        event.exceptionDates = [.zoned(civil("2027-02-09T18:00"), zone: "Europe/Ljubljana")]
        event.summary = "Joga, začetna skupina"
        event.descriptionText = "Prinesite podlogo."
        event.location = "KS Stražišče"
        event.status = "CONFIRMED"
        event.sequence = 2
        event.created = civil("2026-11-01T10:00")
        event.lastModified = civil("2026-11-02T10:00")
        event.classification = "PUBLIC"
        event.transparency = "OPAQUE"
        event.categories = ["Šport", "Odrasli"]
        event.url = "https://prostor.kranj.si/b/7"
        let read = try ICalendarReader().read(try ICalendarWriter.write(ICalendarDocument(components: [event])))
        let copy = read.components[0]
        #expect(copy == event)
        #expect(copy.uid == "booking-7@prostor")
        #expect(copy.timestamp == civil("2026-11-25T12:00"))
        #expect(copy.start == .zoned(civil("2027-01-12T18:00"), zone: "Europe/Ljubljana"))
        #expect(copy.end == .zoned(civil("2027-01-12T19:30"), zone: "Europe/Ljubljana"))
        #expect(copy.recurrenceRule == "FREQ=WEEKLY;BYDAY=TU")
        #expect(copy.recurrenceDates == [.date(day("2027-02-11"))])
        #expect(copy.exceptionDates == [.zoned(civil("2027-02-09T18:00"), zone: "Europe/Ljubljana")])
        #expect(copy.summary == "Joga, začetna skupina")
        #expect(copy.descriptionText == "Prinesite podlogo.")
        #expect(copy.location == "KS Stražišče")
        #expect(copy.status == "CONFIRMED")
        #expect(copy.sequence == 2)
        #expect(copy.created == civil("2026-11-01T10:00"))
        #expect(copy.lastModified == civil("2026-11-02T10:00"))
        #expect(copy.classification == "PUBLIC")
        #expect(copy.transparency == "OPAQUE")
        #expect(copy.categories == ["Šport", "Odrasli"])
        #expect(copy.url == "https://prostor.kranj.si/b/7")
        #expect(copy.duration == nil)
        #expect(copy.recurrenceID == nil)
    }

    @Test func settingKeepsThePlaceAndNilRemoves() {
        var event = Component.event(uid: "a", timestamp: civil("2026-11-25T12:00"), start: .date(day("2027-01-12")))
        event.summary = "Prvi"
        event.start = .floating(civil("2027-01-12T18:00"))
        #expect(event.properties.map(\.name) == ["UID", "DTSTAMP", "DTSTART", "SUMMARY"])
        event.summary = nil
        event.exceptionDates = [.date(day("2027-01-19"))]
        event.exceptionDates = []
        #expect(event.properties.map(\.name) == ["UID", "DTSTAMP", "DTSTART"])
    }

    @Test func exceptionDatesReplaceTheirPropertiesInPlace() {
        var event = Component(name: "VEVENT")
        event.exceptionDates = [.date(day("2027-01-19"))]
        event.summary = "Vaje"
        event.exceptionDates = [.date(day("2027-01-26")), .utc(civil("2027-02-02T17:00"))]
        #expect(event.properties.map(\.name) == ["EXDATE", "EXDATE", "SUMMARY"])
        #expect(event.exceptionDates == [.date(day("2027-01-26")), .utc(civil("2027-02-02T17:00"))])
    }

    @Test func documentHeaderNamesTheFeed() throws {
        let calendar = ICalendarDocument(productID: "-//Prostor//Prostor 1.0//SL", name: "KS Zlato polje")
        #expect(try ICalendarWriter.write(calendar) == """
            BEGIN:VCALENDAR\r
            VERSION:2.0\r
            PRODID:-//Prostor//Prostor 1.0//SL\r
            CALSCALE:GREGORIAN\r
            X-WR-CALNAME:KS Zlato polje\r
            END:VCALENDAR\r

            """)
    }

    @Test func streamWithTwoCalendarsReadsBoth() throws {
        let one = "BEGIN:VCALENDAR\r\nX-N:1\r\nEND:VCALENDAR\r\n"
        let read = try ICalendarReader().readStream(one + one.replacingOccurrences(of: "1", with: "2"))
        #expect(read.map { $0.property("X-N")?.text } == ["1", "2"])
    }
}
