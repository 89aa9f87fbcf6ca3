import CivilTime
import Recurrence
import Testing

@Suite("Bounds: numbers no hall needs are refused when the rule is read, instead of overflowing later")
struct BoundsTests {
    @Test(arguments: [
        ("FREQ=DAILY;INTERVAL=9223372036854775807", "RRULE part INTERVAL: \"9223372036854775807\" is more than 1000, the most Prostor accepts"),
        ("FREQ=YEARLY;INTERVAL=100000000000", "RRULE part INTERVAL: \"100000000000\" is more than 1000, the most Prostor accepts"),
        ("FREQ=DAILY;INTERVAL=99999999999999999999", "RRULE part INTERVAL: \"99999999999999999999\" is more than 1000, the most Prostor accepts"),
        ("FREQ=DAILY;COUNT=1000000000", "RRULE part COUNT: \"1000000000\" is more than 10000, the most Prostor accepts"),
        ("FREQ=DAILY;COUNT=+99999999999999999999", "RRULE part COUNT: \"+99999999999999999999\" is more than 10000, the most Prostor accepts"),
    ])
    func hugeNumbersAreRefusedAsTyped(text: String, message: String) {
        #expect(throws: RecurrenceError(message: message)) { try RecurrenceRule(parsing: text) }
    }

    @Test func theBoundsThemselvesAreAccepted() throws {
        let set = try recurrence("2027-01-12T18:00", "FREQ=YEARLY;INTERVAL=1000;COUNT=10000")
        #expect(Array(set.occurrences.prefix(2)).texts == ["2027-01-12T18:00", "3027-01-12T18:00"])
        #expect(throws: RecurrenceError.self) { try RecurrenceRule(frequency: .daily, interval: 1001) }
        #expect(throws: RecurrenceError.self) { try RecurrenceRule(frequency: .daily, count: 10_001) }
    }

    // One candidate a period (SECONDLY, or MINUTELY without BYSECOND) has no second one to pick: these
    // searched through 210 million empty minutes, or 12 billion seconds, for a first occurrence.
    @Test(arguments: ["FREQ=MINUTELY;BYSETPOS=2", "FREQ=SECONDLY;BYSETPOS=2", "FREQ=SECONDLY;BYSETPOS=-2,3",
                      "FREQ=HOURLY;BYMINUTE=0,30;BYSETPOS=3"])
    func subDailyPositionsBeyondThePeriodGiveNothing(rule: String) throws {
        let set = try recurrence("2027-01-12T18:00", rule)
        #expect(Array(set.occurrences).isEmpty)
    }

    @Test func subDailyPositionsWithinThePeriodStillSelect() throws {
        let set = try recurrence("2027-01-12T18:00", "FREQ=HOURLY;BYMINUTE=0,30;BYSETPOS=-1")
        #expect(Array(set.occurrences.prefix(2)).texts == ["2027-01-12T18:30", "2027-01-12T19:30"])
    }
}
