import CivilTime
import ICalendar
import Testing

/// SplitMix64: a small seeded generator, so a failing document can be rebuilt from its seed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random documents with hostile text: Slovenian letters, emoji, separators, backslashes, line breaks, CR.
struct DocumentGenerator {
    var random: SeededGenerator

    static let pieces = [
        "a", "Z", "7", " ", "š", "č", "ž", "Š", "Č", "Ž", "🎻", "👩‍👩‍👧", ",", ";", ":", "\\", "\n", "\r", "\r\n",
        "\"", "\t", "e\u{301}", "^", "^n", "\\n", "=", "BEGIN:VEVENT", "END:VCALENDAR",
    ]
    static let propertyNames = [
        "SUMMARY", "DESCRIPTION", "LOCATION", "DTSTART", "RDATE", "EXDATE", "RECURRENCE-ID", "X-PROSTOR",
        "CATEGORIES", "GEO", "RRULE", "URL", "SEQUENCE", "TZOFFSETTO", "REQUEST-STATUS", "x-lower", "ATTENDEE",
    ]
    static let componentNames = ["VEVENT", "VTODO", "VALARM", "X-GROUP", "STANDARD", "DAYLIGHT"]

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    mutating func text(maximum: Int = 120) -> String {
        var result = ""
        for _ in 0..<int(0...maximum) { result += pick(Self.pieces) }
        return result
    }

    mutating func plain() -> String {
        String((0..<int(1...40)).map { _ in pick(Array("abcšž/?=&%~.-_09:;,ЖЯ🎻")) })
    }

    mutating func times() -> [LocalDateTime] {
        (0..<int(1...3)).map { _ in LocalDateTime(secondsSinceEpoch: Int64(int(-2_000_000_000...4_000_000_000))) }
    }

    mutating func value() -> Value {
        switch int(0...10) {
        case 0, 1: return .text((0..<int(1...3)).map { _ in text() })
        case 2: return .date((0..<int(1...3)).map { _ in LocalDate(dayNumber: int(-700_000...2_900_000)) })
        case 3:
            let references: [TimeReference] = [.floating, .utc, .zone("Europe/Ljubljana"), .zone(text(maximum: 8) + "x")]
            return .dateTime(times(), pick(references))
        case 4:
            if int(0...3) == 0 { return .duration(CalendarDuration(weeks: int(0...60), isNegative: int(0...1) == 1)) }
            return .duration(CalendarDuration(
                days: int(0...3), hours: int(0...30), minutes: int(0...70), seconds: int(0...70), isNegative: int(0...1) == 1))
        case 5: return .integer(int(Int.min...Int.max))
        case 6: return int(0...1) == 0 ? .uri("https://prostor.si/" + plain()) : .calAddress("mailto:" + plain())
        case 7: return .recur(pick(["FREQ=WEEKLY;BYDAY=TU", "FREQ=MONTHLY;BYDAY=1MO;COUNT=10", "FREQ=DAILY;UNTIL=20270615T215959Z"]))
        case 8: return .utcOffset(int(-86_399...86_399))
        case 9: return .other(type: pick(["PERIOD", "BOOLEAN", "X-STRUCTURED", "FLOAT"]), raw: plain())
        default: return .text([text(maximum: 300)])
        }
    }

    mutating func property() -> Property {
        let parameters = (0..<int(0...3)).map { _ in
            Parameter(name: pick(["CN", "x-a", "LANGUAGE", "X-PROSTOR-NOTE", "MEMBER"]), values: (0..<int(1...3)).map { _ in text(maximum: 20) })
        }
        return Property(name: pick(Self.propertyNames), parameters: parameters, value: value())
    }

    mutating func component(depth: Int) -> Component {
        Component(
            name: pick(Self.componentNames), properties: (0..<int(0...6)).map { _ in property() },
            components: depth == 0 ? [] : (0..<int(0...3)).map { _ in component(depth: depth - 1) })
    }

    mutating func document() -> ICalendarDocument {
        ICalendarDocument(
            properties: (0..<int(0...4)).map { _ in property() }, components: (0..<int(0...4)).map { _ in component(depth: 3) })
    }
}

/// The document as the writer must emit it: TEXT has no carriage return, so CR LF and a lone CR become LF.
func expectedAfterRoundTrip(_ document: ICalendarDocument) -> ICalendarDocument {
    func fix(_ text: String) -> String {
        String(String.UnicodeScalarView(text.replacingOccurrences(of: "\r\n", with: "\n").unicodeScalars.map { $0 == "\r" ? "\n" : $0 }))
    }
    func fix(_ property: Property) -> Property {
        var value = property.value
        if case .text(let values) = value { value = .text(values.map(fix)) }
        if case .dateTime(let times, .zone(let zone)) = value { value = .dateTime(times, .zone(fix(zone))) }
        return Property(
            name: property.name, parameters: property.parameters.map { Parameter(name: $0.name, values: $0.values.map(fix)) },
            value: value)
    }
    func fix(_ component: Component) -> Component {
        Component(name: component.name, properties: component.properties.map(fix), components: component.components.map(fix))
    }
    return ICalendarDocument(properties: document.properties.map(fix), components: document.components.map(fix))
}

@Suite("RFC 5545 round trip: reading what the writer wrote loses nothing")
struct RoundTripTests {
    @Test(arguments: 0..<200)
    func randomDocumentSurvivesWriteAndRead(seed: UInt64) throws {
        var generator = DocumentGenerator(random: SeededGenerator(state: seed))
        let document = generator.document()
        let written = try ICalendarWriter.write(document)
        for line in physicalLines(written) {
            #expect(line.count <= 75)
            #expect(String(validating: line, as: UTF8.self) != nil)
        }
        let read = try ICalendarReader().read(written)
        #expect(read == expectedAfterRoundTrip(document), "seed \(seed)")
        #expect(try ICalendarWriter.write(read) == written, "seed \(seed)")
    }

    @Test func documentWithoutCarriageReturnsRoundTripsExactly() throws {
        let document = try goldenProgramme()
        #expect(try ICalendarReader().read(try ICalendarWriter.write(document)) == document)
    }
}
