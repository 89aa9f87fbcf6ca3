import Foundation
import Testing

@Suite struct VenuePolicyCommandTests {
    @Test func thePolicyFromTheSetupFileIsShown() throws {
        let pilot = try Pilot()
        #expect(try pilot.run(["venue", "policy", "golnik"]).stdout == """
            Policy of golnik:
              book ahead:       no limit
              minimum notice:   none
              hours per group:  no limit
              buffer:           15 minutes between bookings
              room kinds:       kuhinja: society
              scheduler:        the municipality's weights

            """)
    }

    @Test func aVenueWeighsTheSchedulersWishesAndTheHistoryKeepsTheChange() throws {
        let pilot = try Pilot()
        let result = try pilot.run(["venue", "policy", "golnik", "--weight", "energy-clustering=5", "--weight", "minimal_change=20"])
        #expect(result.status == 0)
        #expect(result.stdout.contains(
            "scheduler:        energy_clustering 5, minimal_change 20; other wishes as the municipality's\n"))
        #expect(try pilot.snapshot().history.last?.action == .policyChanged)
        let back = try pilot.run(["venue", "policy", "golnik", "--weight", "minimal_change=default", "--json"])
        #expect(back.stdout.contains("\"weights\" : {\n    \"energy_clustering\" : 5\n  }"))
        let cleared = try pilot.run(["venue", "policy", "golnik", "--clear", "weights"])
        #expect(cleared.stdout.contains("scheduler:        the municipality's weights\n"))
    }

    @Test func aWrongWeightNamesTheWishAndChangesNothing() throws {
        let pilot = try Pilot()
        let before = try pilot.snapshot().history.count
        try pilot.expectRefusal(["venue", "policy", "golnik", "--weight", "energy=5"], status: 1, stderr: """
            error: policy of venue golnik: weights must name wishes the scheduler weighs (did you mean "energy_clustering"?): \
            preferred_times, preferred_rooms, room_stability, day_spread, energy_clustering, minimal_change, got "energy"

            """)
        try pilot.expectRefusal(["venue", "policy", "golnik", "--weight", "day_spread=150"], status: 1,
                                stderr: "error: policy of venue golnik: weights.day_spread must be between 0 and 100, got \"150\"\n")
        try pilot.expectRefusal(["venue", "policy", "golnik", "--weight", "day_spread"], status: 1, stderr: """
            error: policy of venue golnik: --weight must be WISH=N like "energy_clustering=5", or WISH=default, got "day_spread"

            """)
        #expect(try pilot.snapshot().history.count == before)
    }

    @Test func changingALimitIsRecordedAndEnforced() throws {
        let pilot = try Pilot()
        let result = try pilot.run(["venue", "policy", "golnik", "--min-notice-hours", "48", "--max-hours-per-group-per-week", "3",
                                    "--clear", "room-kinds", "--book-ahead-days", "60"])
        #expect(result.status == 0)
        #expect(try pilot.snapshot().history.last?.action == .policyChanged)
        // Now is 2027-01-05 10:00 in Ljubljana.
        try pilot.expectRefusal(["book"] + Pilot.weekly + ["--start", "2027-01-06T16:00"], status: 1, stderr: """
            error: booking "Vaje zbora" breaks the policy of venue golnik: the first session at 2027-01-06T16:00 is less than 48 hours from now (2027-01-05T10:00) \
            (an administrator may allow it with --override-policy --reason TEXT)

            """)
        try pilot.expectRefusal(["book"] + Pilot.weekly + ["--start", "2027-03-08T16:00"], status: 1, stderr: """
            error: booking "Vaje zbora" breaks the policy of venue golnik: the first session at 2027-03-08T16:00 is more than 60 days ahead \
            (an administrator may allow it with --override-policy --reason TEXT)

            """)
        _ = try pilot.book(Pilot.weekly + ["--start", "2027-01-18T16:00"])
        try pilot.expectRefusal(["book"] + Pilot.weekly + ["--start", "2027-01-20T16:00"], status: 1, stderr: """
            error: booking "Vaje zbora" breaks the policy of venue golnik: group zbor would hold more than 3 hours a week in weeks 2027-W03 \
            (an administrator may allow it with --override-policy --reason TEXT)

            """)
    }

    @Test func badInputNamesTheValueAndChangesNothing() throws {
        let pilot = try Pilot()
        try pilot.expectRefusal(["venue", "policy", "golnk", "--buffer-minutes", "5"], status: 4,
                                stderr: "error: no venue \"golnk\" (did you mean \"golnik\"?)\n")
        try pilot.expectRefusal(["venue", "policy", "golnik", "--buffer-minutes=-5"], status: 1,
                                stderr: "error: policy of venue golnik: buffer_minutes must be zero or more, got \"-5\"\n")
        try pilot.expectRefusal(["venue", "policy", "golnik", "--room-kinds", "kuhnja=school"], status: 4,
                                stderr: "error: no room \"golnik/kuhnja\" (did you mean \"golnik/kuhinja\"?)\n")
        #expect(try pilot.run(["venue", "policy", "golnik", "--clear", "everything"]).status == 2)
    }

    @Test func importingAPolicyForARoomTheVenueDoesNotHaveChangesNothing() throws {
        let pilot = try Pilot()
        let file = pilot.directory.appendingPathComponent("golnik.yaml")
        try Data(Pilot.setup.replacingOccurrences(of: "kuhinja: [society]", with: "kuhnja: [society]").utf8).write(to: file)
        try pilot.expectRefusal(["import", "golnik.yaml"], status: 4,
                                stderr: "error: golnik.yaml:10: no room \"golnik/kuhnja\" (did you mean \"golnik/kuhinja\"?)\n")
    }
}
