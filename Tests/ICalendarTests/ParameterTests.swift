import ICalendar
import Testing

@Suite("RFC 5545 §3.2 parameters and names")
struct ParameterTests {
    func line(_ property: Property) throws -> String {
        let text = try ICalendarWriter.write(Component(name: "VEVENT", properties: [property]))
        return String(decoding: physicalLines(text)[1], as: UTF8.self)
    }

    @Test func valuesWithColonSemicolonOrCommaAreQuoted() throws {
        let organizer = Property(
            name: "ORGANIZER", parameters: [Parameter(name: "CN", value: "KS Golnik: tajnik; Ana, Žan")],
            value: .calAddress("mailto:tajnik@ks-golnik.si"))
        #expect(try line(organizer) == "ORGANIZER;CN=\"KS Golnik: tajnik; Ana, Žan\":mailto:tajnik@ks-golnik.si")
        let plain = Property(name: "SUMMARY", parameters: [Parameter(name: "language", value: "sl")], text: "Vaje")
        #expect(try line(plain) == "SUMMARY;LANGUAGE=sl:Vaje")
    }

    @Test func doubleQuotesAndLineBreaksAreCaretEncodedAndControlsDropped() throws {
        let property = Property(
            name: "LOCATION", parameters: [Parameter(name: "X-NOTE", value: "dvorana \"Zlato polje\"\r\n^2\u{7}")],
            text: "Dvorana")
        #expect(try line(property) == "LOCATION;X-NOTE=dvorana ^'Zlato polje^'^n^^2:Dvorana")
        let read = try ICalendarReader().read(try ICalendarWriter.write(document(with: [property])))
        #expect(read.components[0].property("LOCATION")?.parameter("x-note")?.value == "dvorana \"Zlato polje\"\n^2")
    }

    @Test func multipleValuesAreCommaSeparatedAndEachQuotedAsNeeded() throws {
        let attendee = Property(
            name: "ATTENDEE", parameters: [Parameter(name: "MEMBER", values: ["mailto:zbor@ks.si", "skupina"])],
            value: .calAddress("mailto:ana@ks.si"))
        #expect(try line(attendee) == "ATTENDEE;MEMBER=\"mailto:zbor@ks.si\",skupina:mailto:ana@ks.si")
        let text = "BEGIN:VCALENDAR\r\nX-A;MEMBER=\"mailto:zbor@ks.si\",skupina;cn=\"a:b\":v\r\nEND:VCALENDAR\r\n"
        let read = try ICalendarReader().read(text).property("X-A")
        #expect(read?.parameters == [
            Parameter(name: "MEMBER", values: ["mailto:zbor@ks.si", "skupina"]), Parameter(name: "CN", value: "a:b"),
        ])
    }

    @Test func namesAreUpperCased() throws {
        let property = Property(name: "x-ks-room", parameters: [Parameter(name: "x-floor", value: "1")], text: "Mala")
        #expect(try line(property) == "X-KS-ROOM;X-FLOOR=1:Mala")
    }

    @Test func invalidNamesAreRefused() throws {
        #expect(throws: ICalendarError(
            message: "property name \"X KS\" in VEVENT must be letters, digits and \"-\", e.g. X-KS-ROOM")) {
            try line(Property(name: "X KS", text: "a"))
        }
        #expect(throws: ICalendarError(
            message: "property SUMMARY in VEVENT: parameter name \"X:Y\" must be letters, digits and \"-\"")) {
            try line(Property(name: "SUMMARY", parameters: [Parameter(name: "x:y", value: "1")], text: "a"))
        }
        #expect(throws: ICalendarError(message: "component name \"V EVENT\" must be letters, digits and \"-\", e.g. VEVENT")) {
            try ICalendarWriter.write(Component(name: "V EVENT"))
        }
    }

    @Test func valueAndTZIDFollowFromTheValueNotFromParameters() throws {
        #expect(throws: ICalendarError(
            message: "property DTSTART in VEVENT: VALUE follows from the value's type; do not add it as a parameter")) {
            try line(Property(name: "DTSTART", parameters: [Parameter(name: "VALUE", value: "DATE")], value: .date([day("2027-01-12")])))
        }
        #expect(throws: ICalendarError(
            message: "property DTSTART in VEVENT: TZID follows from the value's time reference; use .zone(\"…\") instead")) {
            try line(Property(
                name: "DTSTART", parameters: [Parameter(name: "TZID", value: "Europe/Ljubljana")],
                value: .dateTime([civil("2027-01-12T18:00")], .floating)))
        }
    }

    @Test func nonDefaultValueTypesGetAValueParameter() throws {
        #expect(try line(Property(name: "X-COUNT", value: .integer(3))) == "X-COUNT;VALUE=INTEGER:3")
        #expect(try line(Property(name: "GEO", value: .other(type: "FLOAT", raw: "46.3;14.3"))) == "GEO:46.3;14.3")
        #expect(try line(Property(name: "RDATE", value: .other(type: "PERIOD", raw: "20270112T170000Z/PT1H")))
            == "RDATE;VALUE=PERIOD:20270112T170000Z/PT1H")
    }
}
