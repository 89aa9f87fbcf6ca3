import Testing

/// The demo's last stages: the pilot's conflicts and its usage report.
@Suite struct DemoReviewTests {
    @Test func theDemoEndsWithConflictsAndTheUsageReportOfThePilot() throws {
        let directory = try temporaryDirectory()
        let result = try prostor(["demo", "--data", repositoryRoot.appendingPathComponent("Fixtures/kranj").path], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Conflicts in Pomlad 2027 (2027-01-11 to 2027-06-20), approved and tentative bookings:\n   none."))
        #expect(!result.stdout.contains("Usage report: not built yet"))
        #expect(result.stdout.contains("""
               zlato-polje/klubska-soba    total  760.0   36.0      5%    2       2
               zlato-polje/sejna-soba      total  1568.0  0.0       0%    0       0
               zlato-polje/velika-dvorana  total  768.0   28.5      4%    1       1

            """))
        #expect(result.stdout.contains("   golnik/velika-dvorana       total  874.0   120.5     14%   3       3\n"))
    }
}
