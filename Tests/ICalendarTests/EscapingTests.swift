import ICalendar
import Testing

@Suite("RFC 5545 §3.3.11 TEXT: escaping")
struct EscapingTests {
    func written(_ property: Property) throws -> String {
        try ICalendarWriter.write(Component(name: "VEVENT", properties: [property]))
    }

    @Test func commasSemicolonsBackslashesAndNewlinesAreEscaped() throws {
        let text = try written(Property(name: "SUMMARY", text: "Vaje, 1; del \\ C:\\pot\nnova vrstica"))
        #expect(text.contains("SUMMARY:Vaje\\, 1\\; del \\\\ C:\\\\pot\\nnova vrstica\r\n"))
    }

    @Test func carriageReturnsBecomeNewlines() throws {
        let text = try written(Property(name: "DESCRIPTION", text: "a\r\nb\rc\nd\n\re"))
        #expect(text.contains("DESCRIPTION:a\\nb\\nc\\nd\\n\\ne\r\n"))
    }

    @Test func otherControlCharactersAreDroppedAndTabsKept() throws {
        let text = try written(Property(name: "SUMMARY", text: "a\u{0}b\u{7}c\td\u{7F}"))
        #expect(text.contains("SUMMARY:abc\td\r\n"))
    }

    @Test func injectedLineBreakStaysInsideTheSummary() throws {
        var event = Component.event(uid: "x@prostor", timestamp: civil("2026-11-25T12:00"), start: .date(day("2027-01-12")))
        event.summary = "Vaje\r\nATTENDEE:mailto:x@y"
        let text = try ICalendarWriter.write(ICalendarDocument(productID: "-//Prostor//Test//SL", components: [event]))
        #expect(!physicalLines(text).contains { $0.starts(with: Array("ATTENDEE".utf8)) })
        #expect(text.contains("SUMMARY:Vaje\\nATTENDEE:mailto:x@y\r\n"))
        let read = try ICalendarReader().read(text).components[0]
        #expect(read.summary == "Vaje\nATTENDEE:mailto:x@y")
        #expect(read.property("ATTENDEE") == nil)
        #expect(read.properties.count == event.properties.count)
    }

    @Test func unescapingReadsBothNewlineForms() throws {
        let text = "BEGIN:VCALENDAR\r\nX-NOTE:a\\nb\\Nc\\;d\\,e\\\\f\r\nEND:VCALENDAR\r\n"
        #expect(try ICalendarReader().read(text).property("X-NOTE")?.value == .text(["a\nb\nc;d,e\\f"]))
    }

    @Test func unescapedCommasSeparateTextValues() throws {
        let text = "BEGIN:VCALENDAR\r\nCATEGORIES:Glasba,Otroci\\, mladi,\r\nEND:VCALENDAR\r\n"
        #expect(try ICalendarReader().read(text).property("CATEGORIES")?.value == .text(["Glasba", "Otroci, mladi", ""]))
    }

    @Test func textListIsWrittenWithSeparatingCommas() throws {
        let text = try written(Property(name: "CATEGORIES", value: .text(["Glasba", "Otroci, mladi"])))
        #expect(text.contains("CATEGORIES:Glasba,Otroci\\, mladi\r\n"))
    }

    @Test func nonTextValuesWithALineBreakAreRefused() throws {
        #expect(throws: ICalendarError(message: "property URL: the value contains control character U+000A, "
            + "which only TEXT values can hold (escaped) (in VEVENT)")) {
            try written(Property(name: "URL", value: .uri("https://a\nATTENDEE:x")))
        }
    }
}
