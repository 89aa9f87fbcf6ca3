import Testing

@Suite struct ReportCommandTests {
    @Test func usagePerWeekAndInTotalCountsClosuresAndApprovedBookingsOnly() throws {
        let pilot = try Pilot()
        _ = try pilot.book(Pilot.weekly + ["--start", "2027-02-03T16:00"])
        let result = try pilot.run(["report", "usage", "--from", "2027-02-01", "--to", "2027-02-14", "--csv"])
        #expect(result.status == 0)
        // Dvorana: 4 days × 6 h a week, less Monday 8 February (Prešernov dan); approved booking 1 on two
        // Tuesdays, and the tentative booking of 3 February does not count.
        #expect(result.stdout == """
            room,week,open_hours,booked_hours,share,groups,activities
            golnik/dvorana,2027-W05,24.0,2.0,8%,1,1
            golnik/dvorana,2027-W06,18.0,2.0,11%,1,1
            golnik/dvorana,total,42.0,4.0,10%,1,1
            golnik/kuhinja,2027-W05,12.0,0.0,0%,0,0
            golnik/kuhinja,2027-W06,6.0,0.0,0%,0,0
            golnik/kuhinja,total,18.0,0.0,0%,0,0

            """)
    }

    @Test func theTableShowsTotalsOnlyWhenAsked() throws {
        let pilot = try Pilot()
        let result = try pilot.run(["report", "usage", "--venue", "golnik", "--totals-only"])
        // The built-in holidays close Easter Monday (29 March) and Tuesday 27 April: 6 hours each in
        // both rooms, and the approved Tuesday booking's 2 hours that day.
        #expect(result.stdout == """
            Room usage 2027-01-11 to 2027-06-20 (approved bookings):
            ROOM            WEEK   OPEN H  BOOKED H  USED  GROUPS  ACTIVITIES
            golnik/dvorana  total  534.0   44.0      8%    1       1
            golnik/kuhinja  total  258.0   0.0       0%    0       0

            """)
    }

    @Test func badInputNamesTheValue() throws {
        let pilot = try Pilot()
        try pilot.expectRefusal(["report", "usage", "--venue", "golnk"], status: 4, stderr: "error: no venue \"golnk\" (did you mean \"golnik\"?)\n")
        try pilot.expectRefusal(["report", "usage", "--to", "junij"], status: 1, stderr: "error: --to must be a date like 2027-01-12, got \"junij\"\n")
    }
}
