import CivilTime
import Recurrence
import Testing

@Suite("Impossible and unbounded rules end instead of looping")
struct TerminationTests {
    @Test(arguments: [
        "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=31", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=30",
        "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31", "FREQ=HOURLY;BYMONTH=4;BYMONTHDAY=31", "FREQ=YEARLY;BYYEARDAY=366;BYMONTH=1",
        "FREQ=MONTHLY;BYDAY=5MO;BYMONTH=2;BYMONTHDAY=1", "FREQ=YEARLY;BYWEEKNO=53;BYMONTH=6",
        "FREQ=HOURLY;INTERVAL=2;BYHOUR=1", "FREQ=SECONDLY;INTERVAL=2;BYSECOND=1", "FREQ=MINUTELY;INTERVAL=60;BYMINUTE=30",
        "FREQ=WEEKLY;BYDAY=MO;BYMONTH=2;BYSETPOS=6",
    ])
    func impossibleRuleHasNoOccurrences(rule: String) throws {
        let set = try recurrence("2027-01-04T18:00", rule)
        #expect(Array(set.occurrences).isEmpty)
        #expect(Array(set.occurrences(from: try LocalDateTime(iso: "2300-01-01T00:00"))).isEmpty)
    }

    @Test func rareButPossibleRuleIsFound() throws {
        // February 29 on a Monday: in 2044, then 2072 (28 years apart, within the 400-year bound).
        let set = try recurrence("2027-01-04T18:00", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO")
        #expect(Array(set.occurrences.prefix(2)).texts == ["2044-02-29T18:00", "2072-02-29T18:00"])
    }

    @Test func unboundedRuleIsLazy() throws {
        let set = try recurrence("2027-01-04T18:00", "FREQ=SECONDLY")
        #expect(Array(set.occurrences.prefix(3)).texts == ["2027-01-04T18:00", "2027-01-04T18:00:01", "2027-01-04T18:00:02"])
    }
}

@Suite("Leap seconds: BYSECOND=60 never matches a civil time")
struct LeapSecondTests {
    @Test(arguments: ["FREQ=SECONDLY;BYSECOND=60", "FREQ=MINUTELY;BYSECOND=60", "FREQ=DAILY;BYSECOND=60"])
    func leapSecondOnlyRuleIsEmpty(rule: String) throws {
        #expect(Array(try recurrence("2027-01-04T18:00", rule).occurrences).isEmpty)
    }
}

@Suite("Windows: expansion stops at the window end")
struct WindowEndTests {
    @Test func sparseRuleStopsAtTheWindowEnd() throws {
        // The next Monday, February 29 after 2044 is in 2072; a window ending in 2045 holds only the first.
        let set = try recurrence("2044-02-29T18:00", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO")
        let first = set.occurrences(
            from: try LocalDateTime(iso: "2044-01-01T00:00"), to: try LocalDateTime(iso: "2045-01-01T00:00"))
        #expect(first.texts == ["2044-02-29T18:00"])
        let none = set.occurrences(
            from: try LocalDateTime(iso: "2045-01-01T00:00"), to: try LocalDateTime(iso: "2072-02-29T18:00"))
        #expect(none.texts.isEmpty)
        let end = set.occurrences(
            from: try LocalDateTime(iso: "2045-01-01T00:00"), to: try LocalDateTime(iso: "2072-02-29T18:00:01"))
        #expect(end.texts == ["2072-02-29T18:00"])
    }
}
