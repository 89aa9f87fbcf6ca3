import BookingImport
import Bookings
import CivilTime
import Testing

@Suite struct HolidayCalendarTests {
    static func calendar(_ events: String...) -> String {
        (["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//SL"] + events + ["END:VCALENDAR", ""]).joined(separator: "\r\n")
    }

    static func read(_ text: String, from: String = "2027-01-01", through: String = "2027-12-31",
                     scope: Closure.Scope = .everywhere) throws -> HolidayCalendar.Result {
        try HolidayCalendar(file: "prazniki.ics").read(text, scope: scope, from: LocalDate(iso: from), through: LocalDate(iso: through))
    }

    static func spans(_ result: HolidayCalendar.Result) -> [String] {
        result.setup.closures.map { "\($0.value.firstDay)..\($0.value.lastDay) \($0.value.reason)" }
    }

    @Test func anAllDayEventClosesItsDaysWithItsSummaryAsTheReason() throws {
        let result = try Self.read(Self.calendar(
            "BEGIN:VEVENT", "UID:1", "DTSTART;VALUE=DATE:20270208", "SUMMARY:Prešernov dan", "END:VEVENT"))
        #expect(Self.spans(result) == ["2027-02-08..2027-02-08 Prešernov dan"])
        #expect(result.setup.closures.first?.value.scope == .everywhere)
        #expect(result.setup.closures.first?.location.description == "prazniki.ics:4")
    }

    @Test func dtendIsExclusiveForDatesAndDurationCountsDays() throws {
        let result = try Self.read(Self.calendar(
            "BEGIN:VEVENT", "UID:1", "DTSTART;VALUE=DATE:20270501", "DTEND;VALUE=DATE:20270503", "SUMMARY:Praznik dela", "END:VEVENT",
            "BEGIN:VEVENT", "UID:2", "DTSTART;VALUE=DATE:20271025", "DURATION:P5D", "SUMMARY:Jesenske počitnice", "END:VEVENT"))
        #expect(Self.spans(result) == ["2027-05-01..2027-05-02 Praznik dela", "2027-10-25..2027-10-29 Jesenske počitnice"])
    }

    @Test func aYearlyRuleIsExpandedWithinTheWindowLessItsExdates() throws {
        let result = try Self.read(Self.calendar(
            "BEGIN:VEVENT", "UID:1", "DTSTART;VALUE=DATE:19920625", "RRULE:FREQ=YEARLY", "EXDATE;VALUE=DATE:20280625",
            "SUMMARY:Dan državnosti", "END:VEVENT"), from: "2026-06-01", through: "2029-12-31")
        #expect(Self.spans(result) == ["2026-06-25..2026-06-25 Dan državnosti", "2027-06-25..2027-06-25 Dan državnosti",
                                       "2029-06-25..2029-06-25 Dan državnosti"])
    }

    @Test func aMultiDayYearlyHolidayOverlappingTheWindowsStartIsKept() throws {
        let result = try Self.read(Self.calendar(
            "BEGIN:VEVENT", "UID:1", "DTSTART;VALUE=DATE:20001231", "DTEND;VALUE=DATE:20010103", "RRULE:FREQ=YEARLY",
            "SUMMARY:Novo leto", "END:VEVENT"), from: "2027-01-01", through: "2027-06-30")
        #expect(Self.spans(result) == ["2026-12-31..2027-01-02 Novo leto"])
    }

    @Test func timedAndCancelledEventsAreSkippedAndNamed() throws {
        let result = try Self.read(Self.calendar(
            "BEGIN:VEVENT", "UID:1", "DTSTART;TZID=Europe/Ljubljana:20270310T180000", "SUMMARY:Roditeljski sestanek", "END:VEVENT",
            "BEGIN:VEVENT", "UID:2", "DTSTART;VALUE=DATE:20270311", "STATUS:CANCELLED", "SUMMARY:Dan šole", "END:VEVENT"))
        #expect(result.setup.closures.isEmpty)
        #expect(result.skipped == ["prazniki.ics:4: \"Roditeljski sestanek\" is at a time of day, not a whole day",
                                   "prazniki.ics:9: \"Dan šole\" is cancelled"])
    }

    @Test func eventsOutsideTheWindowAreLeftOut() throws {
        let result = try Self.read(Self.calendar(
            "BEGIN:VEVENT", "UID:1", "DTSTART;VALUE=DATE:20261225", "SUMMARY:Božič", "END:VEVENT"))
        #expect(result.setup.closures.isEmpty)
    }

    @Test func unknownEscapesAreReadAsTheCharacterEvenAcrossAFold() throws {
        let result = try Self.read(Self.calendar(
            "BEGIN:VEVENT", "UID:1", "DTSTART;VALUE=DATE:20271031", "SUMMARY:Dan reformacije\\: praznik\\, dela prost\\",
            " : da", "END:VEVENT"))
        #expect(Self.spans(result) == ["2027-10-31..2027-10-31 Dan reformacije: praznik, dela prost: da"])
    }

    @Test func malformedInputNamesTheFileAndLine() throws {
        let text = Self.calendar("BEGIN:VEVENT", "UID:1", "DTSTART;VALUE=DATE:2027-02-08", "SUMMARY:Prešernov dan", "END:VEVENT")
        let error = try #require(throws: ImportError.self) { try Self.read(text) }
        #expect(error.description.hasPrefix("prazniki.ics:6: not a well-formed file: "), "\(error)")
    }

    @Test func anAllDayEventWithoutSummaryIsAnErrorAtItsLine() throws {
        let text = Self.calendar("BEGIN:VEVENT", "UID:1", "DTSTART;VALUE=DATE:20270208", "END:VEVENT")
        let error = try #require(throws: ImportError.self) { try Self.read(text) }
        #expect(error.description == "prazniki.ics:4: not a well-formed file: all-day event on 2027-02-08 has no SUMMARY to give as the reason")
    }

    @Test func aVenueScopeIsKept() throws {
        let result = try Self.read(Self.calendar(
            "BEGIN:VEVENT", "UID:1", "DTSTART;VALUE=DATE:20270208", "SUMMARY:Prešernov dan", "END:VEVENT"),
            scope: .venue(Slug(folding: "golnik")))
        #expect(result.setup.closures.first?.value.scope == .venue(Slug(folding: "golnik")))
    }
}

/// Real exports hold the odd broken event; the sound ones are imported and the broken ones listed.
@Suite struct LenientHolidayCalendarTests {
    typealias H = HolidayCalendarTests

    static let sound = ["BEGIN:VEVENT", "UID:ok", "DTSTART;VALUE=DATE:20270208", "SUMMARY:Prešernov dan", "END:VEVENT"]

    @Test func anEventWithoutDTSTARTIsSkippedAndTheOthersKept() throws {
        let result = try H.read(H.calendar(
            "BEGIN:VEVENT", "UID:1", "SUMMARY:Brez začetka", "END:VEVENT", "BEGIN:VEVENT", "UID:ok", "DTSTART;VALUE=DATE:20270208",
            "SUMMARY:Prešernov dan", "END:VEVENT"))
        #expect(H.spans(result) == ["2027-02-08..2027-02-08 Prešernov dan"])
        #expect(result.skipped == ["prazniki.ics:4: event \"Brez začetka\" has no DTSTART"])
    }

    @Test func anEmptyRRULEIsSkippedWithTheRulesReason() throws {
        let result = try H.read(H.calendar(
            "BEGIN:VEVENT", "UID:1", "DTSTART;VALUE=DATE:20270625", "RRULE:", "SUMMARY:Dan državnosti", "END:VEVENT",
            "BEGIN:VEVENT", "UID:ok", "DTSTART;VALUE=DATE:20270208", "SUMMARY:Prešernov dan", "END:VEVENT"))
        #expect(H.spans(result) == ["2027-02-08..2027-02-08 Prešernov dan"])
        #expect(result.skipped == [
            "prazniki.ics:7: RRULE: recurrence rule \"\" must be NAME=VALUE parts separated by \";\", e.g. FREQ=WEEKLY;BYDAY=TU"])
    }

    @Test func aBrokenFoldSkipsOnlyItsEventAtItsLine() throws {
        // The continuation of the SUMMARY lost its leading space, as in a real export.
        let result = try H.read(H.calendar(
            "BEGIN:VEVENT", "UID:1", "DTSTART;VALUE=DATE:20271031", "SUMMARY:Dan reformacije in dan",
            "spomina na mrtve", "END:VEVENT",
            "BEGIN:VEVENT", "UID:ok", "DTSTART;VALUE=DATE:20270208", "SUMMARY:Prešernov dan", "END:VEVENT"))
        #expect(H.spans(result) == ["2027-02-08..2027-02-08 Prešernov dan"])
        #expect(result.skipped.count == 1)
        #expect(result.skipped.first?.hasPrefix("prazniki.ics:8: ") == true, "\(result.skipped)")
    }

    @Test func aCalendarWithNoSoundEventIsStillAnError() throws {
        let text = H.calendar("BEGIN:VEVENT", "UID:1", "SUMMARY:Brez začetka", "END:VEVENT")
        let error = try #require(throws: ImportError.self) { try H.read(text) }
        #expect(error.description == "prazniki.ics:4: not a well-formed file: event \"Brez začetka\" has no DTSTART")
    }
}
