import Foundation
import Testing

@Suite struct ApproveCommandTests {
    /// Books two tentative bookings that collide with each other but not with booking 1: ids 2 and 3.
    static func twoColliding(_ pilot: Pilot) throws {
        _ = try pilot.book(Pilot.weekly + ["--start", "2027-01-18T16:00", "--rrule", "FREQ=WEEKLY;BYDAY=MO;COUNT=3", "--request", "1"])
        _ = try pilot.book(["--room", "golnik/dvorana", "--group", "sola", "--title", "Pouk", "--duration", "1h",
                            "--start", "2027-01-18T17:00", "--rrule", "FREQ=WEEKLY;BYDAY=MO;COUNT=2"])
    }

    @Test(arguments: CLIBackend.available) func approvingListsTheCollidingTentativeBookingsAndSchedulesTheRequest(backend: CLIBackend) throws {
        let pilot = try Pilot(backend: backend)
        try Self.twoColliding(pilot)
        let result = try pilot.run(["approve", "2"])
        #expect(result.status == 0)
        #expect(result.stdout == """
            Approved 2: "Vaje zbora" in golnik/dvorana.
              collides with tentative booking 3 "Pouk" on 2027-01-18, 2027-01-25
            Reject the colliding bookings with `prostor reject ID --reason TEXT`, or approve again with --reject-colliding.

            """)
        let snapshot = try pilot.snapshot()
        #expect(snapshot.bookings[1].state == .approved)
        #expect(snapshot.bookings[1].sequence == 1)
        #expect(snapshot.requests[0].status == .scheduled)
        #expect(snapshot.history.last?.summary == "state tentative → approved")
        #expect(snapshot.history.last?.actor == "Marija Kos")
    }

    @Test(arguments: CLIBackend.available) func rejectCollidingRejectsThemWithAReasonNamingTheApprovedBooking(backend: CLIBackend) throws {
        let pilot = try Pilot(backend: backend)
        try Self.twoColliding(pilot)
        let result = try pilot.run(["approve", "2", "--reject-colliding"])
        #expect(result.stdout == "Approved 2: \"Vaje zbora\" in golnik/dvorana.\n  rejected tentative booking 3 \"Pouk\" on 2027-01-18, 2027-01-25\n")
        let snapshot = try pilot.snapshot()
        #expect(snapshot.bookings[2].state == .rejected)
        #expect(snapshot.history.last?.reason == "collides with approved booking 2 \"Vaje zbora\" on 2027-01-18, 2027-01-25")
    }

    @Test(arguments: CLIBackend.available) func aClashWithAnApprovedBookingExitsThreeAndSkipConflictsLeavesTheDatesOut(backend: CLIBackend) throws {
        let pilot = try Pilot(backend: backend)
        try Self.twoColliding(pilot)
        // Booking 4 has a fifth Monday free of booking 2 (2027-02-08 is Prešernov dan).
        _ = try pilot.book(["--room", "golnik/dvorana", "--group", "sola", "--title", "Pouk 2", "--duration", "1h",
                            "--start", "2027-01-18T17:00", "--rrule", "FREQ=WEEKLY;BYDAY=MO;COUNT=5"])
        #expect(try pilot.run(["approve", "2"]).status == 0)
        try pilot.expectRefusal(["approve", "3"], status: 3, stderr: """
            error: booking 3 "Pouk" clashes in golnik/dvorana with booking 2 "Vaje zbora" (approved) on 2027-01-18, 2027-01-25

            """)
        // Skipping both of its dates would leave booking 3 holding nothing.
        try pilot.expectRefusal(["approve", "3", "--skip-conflicts"], status: 1, stderr: """
            error: booking 3 "Pouk": start must leave at least one date that takes place; approved bookings hold the room on every other date; reject it instead, got "2027-01-18T17:00"

            """)
        let skipped = try pilot.run(["approve", "4", "--skip-conflicts", "--json"])
        #expect(skipped.status == 0, "\(skipped.stderr)")
        #expect(skipped.stdout.contains("\"skippedDates\" : [\n      \"2027-01-18\",\n      \"2027-01-25\",\n      \"2027-02-01\"\n    ]"))
    }

    @Test(arguments: CLIBackend.available) func severalIdsAreApprovedAllOrNone(backend: CLIBackend) throws {
        let pilot = try Pilot(backend: backend)
        try Self.twoColliding(pilot)
        try pilot.expectRefusal(["approve", "2", "3"], status: 3, stderr: """
            error: booking 3 "Pouk" clashes in golnik/dvorana with booking 2 "Vaje zbora" (approved) on 2027-01-18, 2027-01-25

            """)
    }

    @Test(arguments: CLIBackend.available) func twoAdministratorsApprovingCollidingBookingsAtOnceCannotBothSucceed(backend: CLIBackend) throws {
        let pilot = try Pilot(backend: backend)
        try Self.twoColliding(pilot)
        let first = try pilot.start(["approve", "2", "--as", "Ana"]), second = try pilot.start(["approve", "3", "--as", "Boris"])
        let results = [try first(), try second()]
        #expect(results.map(\.status).sorted() == [0, 3])
        let refused = try #require(results.first { $0.status == 3 })
        #expect(refused.stderr.contains("(approved) on 2027-01-18, 2027-01-25"))
        #expect(refused.stderr.contains(results[0].status == 3 ? "with booking 3 \"Pouk\"" : "with booking 2 \"Vaje zbora\""))
        #expect(try pilot.snapshot().bookings.filter { $0.state == .approved }.count == 2)
    }

    @Test(arguments: CLIBackend.available) func badInputNamesTheValueAndChangesNothing(backend: CLIBackend) throws {
        let pilot = try Pilot(backend: backend)
        try Self.twoColliding(pilot)
        #expect(try pilot.run(["reject", "3", "--reason", "Zasedeno"]).status == 0)
        try pilot.expectRefusal(["approve", "3"], status: 1, stderr: """
            error: booking 3 is rejected: cannot approve it (only tentative bookings can be approved; book it again with `prostor book`)

            """)
        try pilot.expectRefusal(["approve", "1"], status: 1, stderr: "error: booking 1 is approved: cannot approve it (it is approved already)\n")
        try pilot.expectRefusal(["approve", "9"], status: 4, stderr: "error: no booking \"9\"\n")
        try pilot.expectRefusal(["approve", "2", "9"], status: 4, stderr: "error: no booking \"9\"\n")
        let usage = try pilot.run(["approve", "x"])
        #expect(usage.status == 2)
        #expect(usage.stderr.hasPrefix("Error: The value 'x' is invalid for '<ids>'"))
    }
}

extension Pilot {
    /// Starts `prostor` without waiting; the returned function waits and gives the result.
    func start(_ arguments: [String]) throws -> () throws -> ProstorRun {
        let process = Process()
        process.executableURL = productsDirectory.appendingPathComponent("prostor")
        process.arguments = arguments + ["--db", database]
        var env = ProcessInfo.processInfo.environment
        env["PROSTOR_NOW"] = "2027-01-05T09:00:00Z"
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        return {
            let stdout = out.fileHandleForReading.readDataToEndOfFile(), stderr = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return ProstorRun(stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self),
                              status: process.terminationStatus)
        }
    }
}
