import CivilTime
import Recurrence
import Testing

/// Starting an expansion later must give exactly the occurrences of a full walk from DTSTART that are at or
/// after the start: the full walk is the reference model.
@Suite("Expansion from a later start: skipping ahead agrees with walking")
struct SkipAheadTests {
    static let rules = [
        "FREQ=WEEKLY;BYDAY=TU,TH", "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=300", "FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,SU;COUNT=200;WKST=SU",
        "FREQ=DAILY;COUNT=1000", "FREQ=DAILY;INTERVAL=5;BYHOUR=8,18;COUNT=500", "FREQ=DAILY;BYMONTH=3,4;COUNT=200",
        "FREQ=MONTHLY;BYDAY=-1FR;COUNT=100", "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=31", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "FREQ=YEARLY;BYWEEKNO=1,53;BYDAY=TH;COUNT=30", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=60",
        "FREQ=HOURLY;INTERVAL=7;BYHOUR=9,10,11;COUNT=400", "FREQ=MINUTELY;INTERVAL=45;BYDAY=SA;COUNT=300",
    ]

    @Test(arguments: rules)
    func laterStartMatchesFilteredWalk(rule: String) throws {
        let set = try recurrence("2027-01-05T18:00", rule)
        let everything = Array(set.occurrences.prefix(2_000))
        #expect(everything.count > 10)
        for from in ["2027-01-05T18:00", "2027-01-06T00:00", "2027-07-15T12:00", "2029-02-28T18:00", "2033-12-31T23:59"] {
            let start = try LocalDateTime(iso: from)
            let expected = everything.filter { $0 >= start }.prefix(50)
            let actual = set.occurrences(from: start).prefix(50)
            #expect(Array(actual) == Array(expected), "from \(from)")
        }
    }
}
