import CivilTime
import Recurrence
import Testing

@Suite("RFC 5545 §3.8.5 recurrence sets: DTSTART, RRULE, RDATE, EXDATE")
struct RecurrenceSetTests {
    @Test func withoutRuleTheStartIsTheOnlyOccurrence() throws {
        let set = try recurrence("2027-01-12T18:00", nil)
        #expect(set.occurrences.texts == ["2027-01-12T18:00"])
    }

    @Test func additionsMergeInOrderWithoutDuplicates() throws {
        let set = try recurrence(
            "2027-01-05T18:00", "FREQ=WEEKLY;COUNT=3",
            additions: ["2027-01-12T18:00", "2027-01-08T10:00", "2026-12-31T09:00"])
        #expect(set.occurrences.texts == [
            "2026-12-31T09:00", "2027-01-05T18:00", "2027-01-08T10:00", "2027-01-12T18:00", "2027-01-19T18:00",
        ])
    }

    @Test func exclusionsRemoveOccurrencesButDoNotShiftCount() throws {
        let set = try recurrence(
            "2027-01-05T18:00", "FREQ=WEEKLY;COUNT=4", exclusions: ["2027-01-12T18:00", "2027-01-13T18:00"])
        #expect(set.occurrences.texts == ["2027-01-05T18:00", "2027-01-19T18:00", "2027-01-26T18:00"])
    }

    @Test func dateOnlySetsCompareExclusionsByDate() throws {
        let set = try recurrence("2027-01-01", "FREQ=DAILY;COUNT=4", exclusions: ["2027-01-02T18:00"])
        #expect(set.occurrences.texts == ["2027-01-01T00:00", "2027-01-03T00:00", "2027-01-04T00:00"])
    }

    @Test func windowIsHalfOpen() throws {
        let set = try recurrence("2027-01-05T18:00", "FREQ=WEEKLY;BYDAY=TU,TH")
        let window = set.occurrences(
            from: try LocalDateTime(iso: "2027-03-04T18:00"), to: try LocalDateTime(iso: "2027-03-11T18:00"))
        #expect(window.texts == ["2027-03-04T18:00", "2027-03-09T18:00"])
    }

    @Test func startingLaterSkipsAheadToTheSameOccurrences() throws {
        let set = try recurrence("2027-01-05T18:00", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH")
        let from = try LocalDateTime(iso: "2031-06-01T00:00")
        let walked = set.occurrences.lazy.filter { $0 >= from }.prefix(5).texts
        #expect(Array(set.occurrences(from: from).prefix(5)).texts == walked)
        #expect(walked.first == "2031-06-03T18:00")
    }

    @Test func unsynchronizedStartIsNotAnOccurrence() throws {
        // RFC 5545 §3.8.5.3 leaves this undefined; libical (and so Prostor) expands the rule only.
        let set = try recurrence("2027-01-06T18:00", "FREQ=WEEKLY;BYDAY=TU;COUNT=2")
        #expect(set.occurrences.texts == ["2027-01-12T18:00", "2027-01-19T18:00"])
    }

    @Test func subDailyRuleNeedsATime() {
        #expect(throws: RecurrenceError(message: "RRULE FREQ=HOURLY needs a DTSTART with a time, got the date 2027-01-12")) {
            try recurrence("2027-01-12", "FREQ=HOURLY")
        }
    }

    @Test func utcUntilIsComparedAsAnInstantInTheZone() throws {
        let zone = try ZoneRules(identifier: "Europe/Ljubljana")
        // 17:00Z is 18:00 CET on 2027-01-19, so that day's 18:00 is the last occurrence.
        let set = try recurrence("2027-01-05T18:00", "FREQ=WEEKLY;UNTIL=20270119T170000Z", zone: zone)
        #expect(set.occurrences.texts == ["2027-01-05T18:00", "2027-01-12T18:00", "2027-01-19T18:00"])
        let earlier = try recurrence("2027-01-05T18:00", "FREQ=WEEKLY;UNTIL=20270119T165959Z", zone: zone)
        #expect(earlier.occurrences.texts == ["2027-01-05T18:00", "2027-01-12T18:00"])
    }

    @Test func dateUntilIncludesTheWholeDay() throws {
        let set = try recurrence("2027-01-05T18:00", "FREQ=WEEKLY;UNTIL=20270119")
        #expect(set.occurrences.texts == ["2027-01-05T18:00", "2027-01-12T18:00", "2027-01-19T18:00"])
    }
}
