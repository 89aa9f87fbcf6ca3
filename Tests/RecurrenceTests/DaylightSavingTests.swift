import CivilTime
import Recurrence
import Testing

@Suite("RFC 5545 §3.3.5 civil time: occurrences keep their local time across DST changes")
struct DaylightSavingTests {
    @Test func weeklyTuesdayStaysAt18LocalFrom2026To2028() throws {
        let zone = try ZoneRules(identifier: "Europe/Ljubljana")
        let set = try recurrence("2026-01-06T18:00", "FREQ=WEEKLY;BYDAY=TU;UNTIL=20281231T235959", zone: zone)
        let texts = Array(set.occurrences.rfc3339(in: zone))
        #expect(texts.count == 156)
        #expect(texts.allSatisfy { $0.contains("T18:00:00+0") })
        let changes = [
            ("2026-03-24", "+01:00"), ("2026-03-31", "+02:00"), ("2026-10-20", "+02:00"), ("2026-10-27", "+01:00"),
            ("2027-03-23", "+01:00"), ("2027-03-30", "+02:00"), ("2027-10-26", "+02:00"), ("2027-11-02", "+01:00"),
            ("2028-03-21", "+01:00"), ("2028-03-28", "+02:00"), ("2028-10-24", "+02:00"), ("2028-10-31", "+01:00"),
        ]
        for (date, offset) in changes {
            #expect(texts.contains("\(date)T18:00:00\(offset)"), "\(date) should be at \(offset)")
        }
        let summer = texts.filter { $0.hasSuffix("+02:00") }.count
        #expect(summer == 3 * 31 - 1)  // 2026: 31 Tuesdays of CEST, 2027: 31, 2028: 30
    }

    @Test func utcInstantsFollowTheOffsets() throws {
        let zone = try ZoneRules(identifier: "Europe/Ljubljana")
        let set = try recurrence("2027-03-23T18:00", "FREQ=WEEKLY;COUNT=2", zone: zone)
        let instants = Array(set.occurrences.utc(in: zone))
        let utc = instants.map { LocalDateTime(secondsSinceEpoch: $0).description }
        #expect(utc == ["2027-03-23T17:00", "2027-03-30T16:00"])
    }

    @Test func occurrenceInTheGapMovesForward() throws {
        let zone = try ZoneRules(identifier: "Europe/Ljubljana")
        let set = try recurrence("2027-03-21T02:30", "FREQ=WEEKLY;COUNT=3", zone: zone)
        #expect(Array(set.occurrences.rfc3339(in: zone)) == [
            "2027-03-21T02:30:00+01:00", "2027-03-28T03:30:00+02:00", "2027-04-04T02:30:00+02:00",
        ])
    }

    @Test func occurrenceInTheFoldIsTheEarlierInstant() throws {
        let zone = try ZoneRules(identifier: "Europe/Ljubljana")
        let set = try recurrence("2027-10-24T02:30", "FREQ=WEEKLY;COUNT=2", zone: zone)
        #expect(Array(set.occurrences.rfc3339(in: zone)) == ["2027-10-24T02:30:00+02:00", "2027-10-31T02:30:00+02:00"])
    }
}

@Suite("The Recurrence guide's example")
struct GuideExampleTests {
    @Test func exampleGivesTheOutputShown() throws {
        let zone = try ZoneRules(identifier: "Europe/Ljubljana")
        let set = try RecurrenceSet(
            start: RecurrenceStart(parsing: "2027-01-12T18:00"),
            rule: RecurrenceRule(parsing: "FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20270630T235959"),
            exclusions: [LocalDateTime(iso: "2027-04-27T18:00")],
            zone: zone)
        let texts = Array(set.occurrences(from: try LocalDateTime(iso: "2027-03-01T00:00")).rfc3339(in: zone).prefix(3))
        #expect(texts == ["2027-03-02T18:00:00+01:00", "2027-03-04T18:00:00+01:00", "2027-03-09T18:00:00+01:00"])
        #expect(!set.occurrences.texts.contains("2027-04-27T18:00"))
        #expect(set.occurrences.texts.last == "2027-06-29T18:00")
    }
}
