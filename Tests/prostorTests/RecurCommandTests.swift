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
