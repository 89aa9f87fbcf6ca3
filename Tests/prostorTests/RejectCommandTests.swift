import Testing

@Suite struct RejectCommandTests {
    @Test(arguments: CLIBackend.available) func rejectingRecordsTheReasonAndRaisesTheSequence(backend: CLIBackend) throws {
        let pilot = try Pilot(backend: backend)
        try ApproveCommandTests.twoColliding(pilot)
        let result = try pilot.run(["reject", "3", "--reason", "Dvorana je zasedena"])
        #expect(result.stdout == "Rejected 3: \"Pouk\".\n")
        let snapshot = try pilot.snapshot()
        #expect(snapshot.bookings[2].state == .rejected)
        #expect(snapshot.bookings[2].sequence == 1)
        #expect(snapshot.history.last?.reason == "Dvorana je zasedena")
    }

    @Test(arguments: CLIBackend.available) func badInputNamesTheValueAndChangesNothing(backend: CLIBackend) throws {
        let pilot = try Pilot(backend: backend)
        try ApproveCommandTests.twoColliding(pilot)
        try pilot.expectRefusal(["reject", "1", "--reason", "x"], status: 1,
                                stderr: "error: booking 1 is approved: cannot reject it (cancel it instead)\n")
        try pilot.expectRefusal(["reject", "3", "--reason", " "], status: 1,
                                stderr: "error: booking 3 \"Pouk\": reason must say why, for the group and the history, got \" \"\n")
        try pilot.expectRefusal(["reject", "8", "--reason", "x"], status: 4, stderr: "error: no booking \"8\"\n")
        #expect(try pilot.run(["reject", "3"]).status == 2)
    }
}
