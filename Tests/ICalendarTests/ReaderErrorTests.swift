import ICalendar
import Testing

@Suite("RFC 5545 reader: malformed input gives the line and what is wrong")
struct ReaderErrorTests {
    func error(_ text: String, limits: ICalendarReader.Limits = .init()) -> String? {
        do {
            _ = try ICalendarReader(limits: limits).read(text)
            return nil
        } catch {
            return error.description
        }
    }

    /// A VCALENDAR holding one VEVENT with the given lines, so the event's first line is line 3.
    func inEvent(_ lines: String...) -> String {
        (["BEGIN:VCALENDAR", "BEGIN:VEVENT"] + lines + ["END:VEVENT", "END:VCALENDAR", ""]).joined(separator: "\r\n")
    }

    @Test func missingColon() {
        #expect(error(inEvent("UID:1", "SUMMARY Vaje")) == "line 4: missing \":\" after the property name in \"SUMMARY Vaje\"")
    }

    @Test func lineNumberIsTheFirstPhysicalLineOfAFoldedLine() {
        #expect(error(inEvent("SUMMARY:Va", " je", "DTSTART:2027011", " 2T25000", "\t0")) ==
            "line 5: DTSTART: invalid DATE-TIME \"20270112T250000\": hour must be 0 to 23, got 25")
    }

    @Test func endWithoutBegin() {
        #expect(error("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\nEND:VEVENT\r\n") == "line 3: END:VEVENT without a matching BEGIN")
    }

    @Test func mismatchedEnd() {
        #expect(error("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VTODO\r\nEND:VCALENDAR\r\n")
            == "line 3: END:VTODO does not match BEGIN:VEVENT on line 2")
    }

    @Test func unterminatedComponent() {
        #expect(error("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Vaje\r\nEND:VCALENDAR\r\n")
            == "line 4: END:VCALENDAR does not match BEGIN:VEVENT on line 2")
        #expect(error("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Vaje\r\n")
            == "line 2: BEGIN:VEVENT is never ended (END:VEVENT is missing)")
    }

    @Test func badDateTimes() {
        #expect(error(inEvent("DTSTART:20270230T180000")) == "line 3: DTSTART: invalid DATE-TIME \"20270230T180000\": February 2027 has 28 days")
        #expect(error(inEvent("DTSTART:2027-01-12T18:00")) == "line 3: DTSTART: invalid DATE-TIME \"2027-01-12T18:00\": expected YYYYMMDDTHHMMSS with an optional Z, e.g. 20270112T180000")
        #expect(error(inEvent("EXDATE;VALUE=DATE:20271301")) == "line 3: EXDATE: invalid DATE \"20271301\": month must be 1 to 12, got 13")
        #expect(error(inEvent("DTSTART;TZID=Europe/Ljubljana:20270112T180000Z")) == "line 3: DTSTART: a UTC date-time (ending in Z) cannot have a TZID")
        #expect(error(inEvent("EXDATE:20270112T180000Z,20270119T180000")) == "line 3: EXDATE: mixes UTC (Z) and local date-times in one property; write them as separate properties")
    }

    @Test func unknownEscape() {
        #expect(error(inEvent("SUMMARY:Vaje\\tzbora")) == "line 3: SUMMARY: unknown escape \"\\t\" in TEXT; only \\\\ \\; \\, \\n are allowed")
        #expect(error(inEvent("SUMMARY:Vaje\\š")) == "line 3: SUMMARY: unknown escape \"\\š\" in TEXT; only \\\\ \\; \\, \\n are allowed")
        #expect(error(inEvent("SUMMARY:Vaje\\")) == "line 3: SUMMARY: the text ends with a lone backslash; write \\\\")
    }

    @Test func lineOfOneMegabyteIsRefusedAtItsLine() {
        let huge = "DESCRIPTION:" + String(repeating: "x", count: 1 << 20)
        #expect(error(inEvent("UID:1", huge)) == "line 4: content line is longer than 65536 octets (after unfolding)")
        let folded = "DESCRIPTION:" + String(repeating: "x\r\n ", count: 70_000)
        #expect(error(inEvent(folded)) == "line 3: content line is longer than 65536 octets (after unfolding)")
    }

    @Test func deeplyNestedComponentsAreRefused() {
        let depth = 100_000
        let text = "BEGIN:VCALENDAR\r\n" + String(repeating: "BEGIN:X-A\r\n", count: depth)
        #expect(error(text) == "line 17: components are nested deeper than 16 levels")
        #expect(error("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nBEGIN:VALARM\r\n", limits: .init(maximumDepth: 2))
            == "line 3: components are nested deeper than 2 levels")
    }

    @Test func structuralMistakes() {
        #expect(error("SUMMARY:Vaje\r\n") == "line 1: property SUMMARY is outside of BEGIN:VCALENDAR … END:VCALENDAR")
        #expect(error("BEGIN:VEVENT\r\nEND:VEVENT\r\n") == "line 1: expected BEGIN:VCALENDAR, got BEGIN:VEVENT")
        #expect(error(" SUMMARY:Vaje\r\n") == "line 1: continuation line (starting with a space or tab) has no content line before it")
        #expect(error("") == "line 1: no BEGIN:VCALENDAR found; is this an iCalendar file?")
        #expect(error("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n") == "line 3: expected one VCALENDAR, found 2")
        #expect(error("BEGIN:VCALENDAR\rEND:VCALENDAR\r\n") == "line 1: carriage return (CR) not followed by a line feed (LF)")
        #expect(error("BEGIN:V CAL\r\n") == "line 1: BEGIN:V CAL is not a component name (letters, digits and \"-\")")
    }

    @Test func parameterMistakes() {
        #expect(error(inEvent("SUMMARY;LANGUAGE:Vaje")) == "line 3: SUMMARY: parameter \"LANGUAGE\" has no \"=\" and value")
        #expect(error(inEvent("SUMMARY;CN=\"Ana:Vaje")) == "line 3: SUMMARY: parameter CN has an unclosed quote")
        #expect(error(inEvent("SUMMARY;CN=\"Ana\"x:Vaje")) == "line 3: SUMMARY: parameter CN: expected \",\", \";\" or \":\" after the quoted value")
        #expect(error(inEvent("SUMMARY;CN=A\"na\":Vaje")) == "line 3: SUMMARY: parameter CN has a double quote inside its value")
        #expect(error(inEvent("SUMMARY;CN=Ana")) == "line 3: SUMMARY: missing \":\" before the value")
        #expect(error(inEvent("SUM MARY:Vaje")) == "line 3: property name \"SUM MARY\" must be letters, digits and \"-\"")
    }

    @Test func otherValueMistakes() {
        #expect(error(inEvent("SEQUENCE:dva")) == "line 3: SEQUENCE: invalid INTEGER \"dva\"")
        #expect(error(inEvent("DURATION:1H")) == "line 3: DURATION: invalid DURATION \"1H\": expected e.g. PT1H30M, P1D or P2W")
        #expect(error(inEvent("DURATION:P1W2D")) == "line 3: DURATION: invalid DURATION \"P1W2D\": expected e.g. PT1H30M, P1D or P2W")
        #expect(error(inEvent("RRULE:FREQ=WEEKLY;;BYDAY=TU")) == "line 3: RRULE: recurrence rule \"FREQ=WEEKLY;;BYDAY=TU\" must be NAME=VALUE parts separated by \";\", e.g. FREQ=WEEKLY;BYDAY=TU")
        #expect(error(inEvent("TZOFFSETTO:-0000")) == "line 3: TZOFFSETTO: invalid UTC-OFFSET \"-0000\": expected +HHMM or -HHMM, e.g. +0100")
    }
}

@Suite("RFC 5545 reader: parameters that decide the value")
struct ValueParameterErrorTests {
    @Test func repeatedValueOrTZIDIsRefused() {
        let text = "BEGIN:VCALENDAR\r\nDTSTART;VALUE=DATE;VALUE=TEXT:20270112\r\nEND:VCALENDAR\r\n"
        #expect(throws: ICalendarError(line: 2, message: "DTSTART: parameter VALUE appears more than once")) {
            try ICalendarReader().read(text)
        }
        let zones = "BEGIN:VCALENDAR\r\nDTSTART;TZID=A;TZID=B:20270112T180000\r\nEND:VCALENDAR\r\n"
        #expect(throws: ICalendarError(line: 2, message: "DTSTART: parameter TZID appears more than once")) {
            try ICalendarReader().read(zones)
        }
    }

    @Test func lowerCaseOtherTypeIsRefusedByTheWriter() {
        let property = Property(name: "X-A", value: .other(type: "boolean", raw: "TRUE"))
        #expect(throws: ICalendarError(message: "property X-A in VEVENT: value type \"boolean\" must be an upper-case name "
            + "other than the modelled types (for those, use the matching Value case)")) {
            try ICalendarWriter.write(Component(name: "VEVENT", properties: [property]))
        }
    }
}
