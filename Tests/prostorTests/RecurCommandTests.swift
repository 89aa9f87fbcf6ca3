import Testing

@Suite("prostor recur")
struct RecurCommandTests {
    @Test func weeklyRuleKeepsItsLocalTimeAcrossTheMarchChange() throws {
        let run = try prostor(["recur", "FREQ=WEEKLY;BYDAY=TU,TH", "--start", "2027-03-23T18:00", "--until", "2027-04-01"])
        #expect(run.status == 0)
        #expect(run.stdout == """
            2027-03-23T18:00:00+01:00
            2027-03-25T18:00:00+01:00
            2027-03-30T18:00:00+02:00
            2027-04-01T18:00:00+02:00

            """)
    }

    @Test func aDateStartPrintsPlainDates() throws {
        let run = try prostor(["recur", "FREQ=MONTHLY;BYDAY=1MO", "--start", "2027-02-01", "--count", "3"])
        #expect(run.stdout == "2027-02-01\n2027-03-01\n2027-04-05\n")
    }

    @Test func withoutCountOrUntilTheFirstHundredArePrinted() throws {
        let run = try prostor(["recur", "FREQ=DAILY", "--start", "2027-01-01T09:00"])
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 100)
        #expect(lines.last == "2027-04-10T09:00:00+02:00")
    }

    @Test func exdatesLeaveOutWholeDaysOrSingleTimes() throws {
        let run = try prostor(["recur", "FREQ=WEEKLY", "--start", "2027-02-01T18:00", "--count", "3",
                               "--exdate", "2027-02-08,2027-02-22T18:00"])
        #expect(run.stdout == "2027-02-01T18:00:00+01:00\n2027-02-15T18:00:00+01:00\n2027-03-01T18:00:00+01:00\n")
    }

    @Test func anInvalidRuleExitsOneNamingThePartAndValue() throws {
        let run = try prostor(["recur", "FREQ=WEEKLY;BYDAY=XX", "--start", "2027-02-01"])
        #expect(run.status == 1)
        #expect(run.stderr == "error: RRULE part BYDAY: \"XX\" is not a weekday (MO, TU, WE, TH, FR, SA, SU)\n")
        #expect(run.stdout.isEmpty)
    }

    @Test func anUnknownZoneExitsOne() throws {
        let run = try prostor(["recur", "FREQ=DAILY", "--start", "2027-02-01", "--tz", "Europe/Atlantis"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("Europe/Atlantis"))
    }
}

@Suite("prostor recur: bounds")
struct RecurBoundsTests {
    @Test func aHugeIntervalIsRefusedInsteadOfCrashing() throws {
        let run = try prostor(["recur", "FREQ=DAILY;INTERVAL=9223372036854775807", "--start", "2027-01-12T18:00", "--count", "3"])
        #expect(run.status == 1)
        #expect(run.stderr == "error: RRULE part INTERVAL: \"9223372036854775807\" is more than 1000, the most Prostor accepts\n")
    }

    @Test func aRuleWithNoOccurrenceBeforeUntilEndsThere() throws {
        let run = try prostor(["recur", "FREQ=MINUTELY;BYSETPOS=2", "--start", "2027-01-12T18:00", "--until", "2027-01-13"])
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
    }

    @Test func aSparseRuleEndsAtUntilWithoutSearchingBeyondIt() throws {
        // The next Monday, February 29 is in 2044; the window ends long before it.
        let run = try prostor(["recur", "FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO", "--start", "2027-01-12T18:00",
                               "--until", "2027-01-13"])
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
    }
}
