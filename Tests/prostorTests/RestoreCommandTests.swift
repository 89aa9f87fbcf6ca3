import Testing

@Suite struct RestoreCommandTests {
    @Test(arguments: CLIBackend.available) func restoringACancelledDateRemovesTheExceptionAndRaisesTheSequence(backend: CLIBackend) throws {
        let pilot = try Pilot(backend: backend)
        #expect(try pilot.run(["cancel", "1", "--date", "2027-01-19"]).status == 0)
        let result = try pilot.run(["restore", "1", "--date", "2027-01-19"])
        #expect(result.stdout == "Restored 1 \"Vaje gasilcev\" on 2027-01-19.\n")
        let booking = try #require(try pilot.snapshot().bookings.first)
        #expect(booking.exceptions.isEmpty)
        #expect(booking.sequence == 2)
        #expect(try pilot.snapshot().history.last?.summary == "occurrence of 2027-01-19 restored (was cancelled)")
    }

    @Test(arguments: CLIBackend.available) func aDateTakenMeanwhileCannotBeRestored(backend: CLIBackend) throws {
        let pilot = try Pilot(backend: backend)
        #expect(try pilot.run(["cancel", "1", "--date", "2027-01-19"]).status == 0)
        let id = try pilot.book(Pilot.weekly + ["--start", "2027-01-19T18:00"])
        #expect(try pilot.run(["approve", String(id)]).status == 0)
        try pilot.expectRefusal(["restore", "1", "--date", "2027-01-19"], status: 3, stderr: """
            error: restoring booking 1 "Vaje gasilcev" on 2027-01-19 clashes in golnik/dvorana with booking 2 "Vaje zbora" (approved) on 2027-01-19

            """)
    }

    @Test(arguments: CLIBackend.available) func badInputNamesTheValueAndChangesNothing(backend: CLIBackend) throws {
        let pilot = try Pilot(backend: backend)
        try pilot.expectRefusal(["restore", "1", "--date", "2027-01-19"], status: 1, stderr: """
            error: booking 1 "Vaje gasilcev": date must be a cancelled or moved date of the booking (it has none), got "2027-01-19"

            """)
        try pilot.expectRefusal(["restore", "1", "--date", "19. 1. 2027"], status: 1,
                                stderr: "error: --date must be a date like 2027-01-12, got \"19. 1. 2027\"\n")
        try pilot.expectRefusal(["restore", "3", "--date", "2027-01-19"], status: 4, stderr: "error: no booking \"3\"\n")
    }
}
