import CivilTime
import ICalendar
import Testing

@Suite("RFC 5545 §3.3 DATE, DATE-TIME, DURATION and UTC-OFFSET values")
struct DateTimeValueTests {
    func lines(_ event: Component) throws -> [String] {
        physicalLines(try ICalendarWriter.write(event)).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func theFourFormsOfAStart() throws {
        var event = Component(name: "VEVENT")
        event.start = .zoned(civil("2027-01-12T18:00"), zone: "Europe/Ljubljana")
        event.end = .utc(civil("2027-01-12T18:30:15"))
        event.recurrenceID = .floating(civil("2027-01-12T18:00"))
        event.append(Property(name: "X-DAY", value: .date([day("2027-01-12")])))
        event.append(Property(name: "DUE", value: .date([day("0001-02-03")])))
        #expect(try lines(event) == [
            "BEGIN:VEVENT", "DTSTART;TZID=Europe/Ljubljana:20270112T180000", "DTEND:20270112T183015Z",
            "RECURRENCE-ID:20270112T180000", "X-DAY;VALUE=DATE:20270112", "DUE;VALUE=DATE:00010203", "END:VEVENT",
        ])
    }

    @Test func exceptionDatesShareOnePropertyPerKindOfTime() throws {
        var event = Component(name: "VEVENT")
        event.exceptionDates = [
            .zoned(civil("2027-02-09T18:00"), zone: "Europe/Ljubljana"), .date(day("2027-04-27")),
            .zoned(civil("2027-03-02T18:00"), zone: "Europe/Ljubljana"), .utc(civil("2027-05-04T16:00")),
        ]
        #expect(try lines(event) == [
            "BEGIN:VEVENT", "EXDATE;TZID=Europe/Ljubljana:20270209T180000,20270302T180000",
            "EXDATE;VALUE=DATE:20270427", "EXDATE:20270504T160000Z", "END:VEVENT",
        ])
        let read = try ICalendarReader().read(try ICalendarWriter.write(ICalendarDocument(components: [event])))
        #expect(read.components[0].exceptionDates == [
            .zoned(civil("2027-02-09T18:00"), zone: "Europe/Ljubljana"),
            .zoned(civil("2027-03-02T18:00"), zone: "Europe/Ljubljana"), .date(day("2027-04-27")),
            .utc(civil("2027-05-04T16:00")),
        ])
    }

    @Test func readerTakesEachForm() throws {
        let text = """
            BEGIN:VCALENDAR\r
            DTSTART;TZID="Europe/Ljubljana":20270112T180000\r
            DTEND:20270112T183000Z\r
            RECURRENCE-ID:20270112T180000\r
            RDATE;VALUE=DATE:20270112,20270119\r
            EXDATE:20270126\r
            END:VCALENDAR\r

            """
        let read = try ICalendarReader().read(text)
        #expect(read.properties.map(\.value) == [
            .dateTime([civil("2027-01-12T18:00")], .zone("Europe/Ljubljana")),
            .dateTime([civil("2027-01-12T18:30")], .utc), .dateTime([civil("2027-01-12T18:00")], .floating),
            .date([day("2027-01-12"), day("2027-01-19")]), .date([day("2027-01-26")]),
        ])
    }

    @Test(arguments: [
        (CalendarDuration(hours: 1, minutes: 30), "PT1H30M"), (CalendarDuration(days: 1), "P1D"),
        (CalendarDuration(weeks: 2), "P2W"), (CalendarDuration(minutes: 15, isNegative: true), "-PT15M"),
        (CalendarDuration(), "PT0S"), (CalendarDuration(hours: 1, seconds: 5), "PT1H0M5S"),
        (CalendarDuration(days: 1, hours: 2), "P1DT2H"), (CalendarDuration(minutes: 1, seconds: 1), "PT1M1S"),
    ])
    func durationsAreWrittenAndReadBack(duration: CalendarDuration, text: String) throws {
        var event = Component(name: "VEVENT")
        event.duration = duration
        #expect(try lines(event)[1] == "DURATION:" + text)
        let read = try ICalendarReader().read("BEGIN:VCALENDAR\r\nDURATION:\(text)\r\nEND:VCALENDAR\r\n")
        #expect(read.properties[0].value == .duration(duration))
    }

    @Test func durationTotalSecondsCountNominalDays() {
        #expect(CalendarDuration(days: 1, hours: 1, minutes: 30).totalSeconds == 91_800)
        #expect(CalendarDuration(weeks: 1, isNegative: true).totalSeconds == -604_800)
    }

    @Test(arguments: [(3600, "+0100"), (-19_800, "-0530"), (19_845, "+053045"), (0, "+0000")])
    func utcOffsetsAreWrittenAndReadBack(seconds: Int, text: String) throws {
        let component = Component(name: "STANDARD", properties: [Property(name: "TZOFFSETTO", value: .utcOffset(seconds))])
        #expect(try lines(component)[1] == "TZOFFSETTO:" + text)
        let read = try ICalendarReader().read("BEGIN:VCALENDAR\r\nTZOFFSETTO:\(text)\r\nEND:VCALENDAR\r\n")
        #expect(read.properties[0].value == .utcOffset(seconds))
    }

    @Test func allDayStartWithoutValueParameterIsReadAsADate() throws {
        let read = try ICalendarReader().read("BEGIN:VCALENDAR\r\nDTSTART:20271224\r\nEND:VCALENDAR\r\n")
        #expect(read.properties[0].value == .date([day("2027-12-24")]))
    }

    @Test func recurrenceRuleIsKeptAsCheckedText() throws {
        var event = Component(name: "VEVENT")
        event.recurrenceRule = "FREQ=MONTHLY;BYDAY=1MO;COUNT=10"
        #expect(try lines(event)[1] == "RRULE:FREQ=MONTHLY;BYDAY=1MO;COUNT=10")
        event.recurrenceRule = "BYDAY=TU"
        #expect(throws: ICalendarError(
            message: "property RRULE: recurrence rule \"BYDAY=TU\" has no FREQ, e.g. FREQ=WEEKLY;BYDAY=TU (in VEVENT)")) {
            try lines(event)
        }
    }

    @Test func weeksCannotBeMixedWithDays() {
        var duration = CalendarDuration(weeks: 1)
        duration.days = 1
        var event = Component(name: "VEVENT")
        event.duration = duration
        #expect(throws: ICalendarError(
            message: "property DURATION: a duration in weeks cannot also have days or a time; use days instead of weeks (in VEVENT)")) {
            try lines(event)
        }
    }
}

@Suite("RFC 5545 §3.3.10 RECUR kept as text")
struct RecurTextTests {
    @Test func rulePartNamesAreCaseInsensitive() throws {
        let read = try ICalendarReader().read("BEGIN:VCALENDAR\r\nRRULE:freq=weekly;byday=TU\r\nEND:VCALENDAR\r\n")
        #expect(read.properties[0].value == .recur("freq=weekly;byday=TU"))
        #expect(throws: ICalendarError(line: 2, message: "RRULE: recurrence rule \"FREQ=DAILY;freq=WEEKLY\" has freq twice")) {
            try ICalendarReader().read("BEGIN:VCALENDAR\r\nRRULE:FREQ=DAILY;freq=WEEKLY\r\nEND:VCALENDAR\r\n")
        }
    }
}
