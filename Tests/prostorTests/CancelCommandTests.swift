import Testing

@Suite struct CancelCommandTests {
    @Test(arguments: CLIBackend.available) func cancellingOneDateKeepsTheRestAndRaisesTheSequence(backend: CLIBackend) throws {
        let pilot = try Pilot(backend: backend)
        let result = try pilot.run(["cancel", "1", "--date", "2027-01-19", "--reason", "Občni zbor"])
        #expect(result.stdout == "Cancelled 1 \"Vaje gasilcev\" on 2027-01-19.\n")
        let booking = try #require(try pilot.snapshot().bookings.first)
        #expect(booking.state == .approved)
        #expect(booking.sequence == 1)
        #expect(booking.exceptions.map(\.reason) == ["Občni zbor"])
        #expect(try pilot.snapshot().history.last?.summary == "occurrence of 2027-01-19 cancelled")
    }

    @Test(arguments: CLIBackend.available) func cancellingTheWholeBooking(backend: CLIBackend) throws {
        let pilot = try Pilot(backend: backend)
        #expect(try pilot.run(["cancel", "1", "--reason", "Društvo je prenehalo"]).stdout == "Cancelled 1 \"Vaje gasilcev\".\n")
        #expect(try pilot.snapshot().bookings.first?.state == .cancelled)
        try pilot.expectRefusal(["cancel", "1"], status: 1,
                                stderr: "error: booking 1 is cancelled: cannot cancel it (only approved bookings can be cancelled)\n")
    }

    @Test(arguments: CLIBackend.available) func badInputNamesTheValueAndChangesNothing(backend: CLIBackend) throws {
        let pilot = try Pilot(backend: backend)
        try ApproveCommandTests.twoColliding(pilot)
        try pilot.expectRefusal(["cancel", "1", "--date", "2027-01-20"], status: 1, stderr: """
            error: booking 1 "Vaje gasilcev": date must be a date on which the booking takes place (FREQ=WEEKLY;BYDAY=TU;UNTIL=20270615), got "2027-01-20"

            """)
        try pilot.expectRefusal(["cancel", "1", "--date", "2027-01-19x"], status: 1,
                                stderr: "error: --date must be a date like 2027-01-12, got \"2027-01-19x\"\n")
        try pilot.expectRefusal(["cancel", "2"], status: 1,
                                stderr: "error: booking 2 is tentative: cannot cancel it (reject it instead)\n")
        try pilot.expectRefusal(["cancel", "12"], status: 4, stderr: "error: no booking \"12\"\n")
        #expect(try pilot.run(["cancel", "1", "--date", "2027-01-19"]).status == 0)
        try pilot.expectRefusal(["cancel", "1", "--date", "2027-01-19"], status: 1, stderr: """
            error: booking 1 "Vaje gasilcev": date is cancelled already (restore it with `prostor restore 1 --date 2027-01-19`), got "2027-01-19"

            """)
    }
}
