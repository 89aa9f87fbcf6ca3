import Foundation
import Testing

@Suite struct BookCommandTests {
    @Test(arguments: CLIBackend.available) func aManualBookingIsTentativeAndPrintsItsIdAsJSON(backend: CLIBackend) throws {
        let pilot = try Pilot(backend: backend)
        let result = try pilot.run(["book", "--json"] + Pilot.weekly + ["--start", "2027-01-18T16:00", "--rrule", "FREQ=WEEKLY;BYDAY=MO",
                                                                         "--until", "2027-03-01", "--request", "1"])
        #expect(result.status == 0)
        #expect(result.stdout == "{\n  \"id\" : 2\n}\n")
        let booking = try #require(try pilot.snapshot().bookings.last)
        #expect(booking.state == .tentative)
        #expect(booking.recurrence == "FREQ=WEEKLY;BYDAY=MO;UNTIL=20270301T235959")
        #expect(booking.requestID == 1)
        #expect(try pilot.snapshot().history.last?.action == .booked)
    }

    @Test(arguments: CLIBackend.available) func datesInAClosureAreLeftOutAndListed(backend: CLIBackend) throws {
        let pilot = try Pilot(backend: backend)
        let result = try pilot.run(["book"] + Pilot.weekly + ["--start", "2027-02-01T16:00", "--rrule", "FREQ=WEEKLY;BYDAY=MO;COUNT=3"])
        #expect(result.stdout == """
            Booked 2: "Vaje zbora" in golnik/dvorana from 2027-02-01T16:00, tentative.
              left out, closed: Prešernov dan: 2027-02-08
            Approve it with `prostor approve 2`.

            """)
        #expect(try pilot.snapshot().bookings.last?.exceptions.map(\.reason) == ["closed: Prešernov dan"])
    }

    @Test(arguments: CLIBackend.available) func aRoomHeldByAnApprovedBookingIsRefusedWithExitThreeNamingIt(backend: CLIBackend) throws {
        let pilot = try Pilot(backend: backend)
        try pilot.expectRefusal(["book"] + Pilot.weekly + ["--start", "2027-01-19T19:00"], status: 3, stderr: """
            error: booking "Vaje zbora" clashes in golnik/dvorana with booking 1 "Vaje gasilcev" (approved) on 2027-01-19

            """)
    }

    @Test(arguments: CLIBackend.available) func theVenuesBufferCountsBetweenBookings(backend: CLIBackend) throws {
        let pilot = try Pilot(backend: backend)
        try pilot.expectRefusal(["book"] + Pilot.weekly + ["--start", "2027-01-19T20:10", "--duration", "90m"], status: 3, stderr: """
            error: booking "Vaje zbora" clashes in golnik/dvorana with booking 1 "Vaje gasilcev" (approved) on 2027-01-19

            """)
        #expect(try pilot.run(["book"] + Pilot.weekly + ["--start", "2027-01-19T20:15", "--duration", "90m"]).status == 0)
    }

    @Test(arguments: CLIBackend.available) func skipConflictsLeavesOutTheTakenDatesAndListsThem(backend: CLIBackend) throws {
        let pilot = try Pilot(backend: backend)
        // Booking 1 runs to 2027-06-15: the third Tuesday is free.
        let result = try pilot.run(["book"] + Pilot.weekly + ["--start", "2027-06-08T16:30", "--rrule", "FREQ=WEEKLY;BYDAY=TU;COUNT=3",
                                                               "--skip-conflicts"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("left out, room taken by booking 1 \"Vaje gasilcev\": 2027-06-08, 2027-06-15"))
        let booking = try #require(try pilot.snapshot().bookings.last)
        #expect(booking.exceptions.map(\.reason) == ["room taken by booking 1 \"Vaje gasilcev\"", "room taken by booking 1 \"Vaje gasilcev\""])
        // Skipping every date would leave a booking that holds nothing: refused.
        try pilot.expectRefusal(["book"] + Pilot.weekly + ["--start", "2027-01-12T16:30", "--rrule", "FREQ=WEEKLY;BYDAY=TU;COUNT=2",
                                                           "--skip-conflicts"], status: 1, stderr: """
            error: booking "Vaje zbora": start must leave at least one date that takes place; approved bookings hold the room on every other date, got "2027-01-12T16:30"

            """)
    }

    @Test(arguments: CLIBackend.available) func aPolicyOverrideNeedsAReasonAndIsRecorded(backend: CLIBackend) throws {
        let pilot = try Pilot(backend: backend)
        let kitchen = ["book", "--room", "golnik/kuhinja", "--group", "sola", "--title", "Kuhanje", "--duration", "2h",
                       "--start", "2027-01-18T16:00"]
        try pilot.expectRefusal(kitchen, status: 1, stderr: """
            error: booking "Kuhanje" breaks the policy of venue golnik: room golnik/kuhinja is for society only, and group sola is a school \
            (an administrator may allow it with --override-policy --reason TEXT)

            """)
        #expect(try pilot.run(kitchen + ["--override-policy"]).status == 2)
        #expect(try pilot.run(kitchen + ["--override-policy", "--reason", "Šolski projekt", "--as", "Ana"]).status == 0)
        let entry = try #require(try pilot.snapshot().history.last)
        #expect(entry.action == .policyOverridden)
        #expect(entry.actor == "Ana")
        #expect(entry.reason == "Šolski projekt")
        #expect(entry.summary == "policy overridden: room golnik/kuhinja is for society only, and group sola is a school")
    }

    @Test(arguments: CLIBackend.available) func badInputNamesTheValueAndChangesNothing(backend: CLIBackend) throws {
        let pilot = try Pilot(backend: backend)
        let base = ["book", "--group", "zbor", "--title", "T", "--duration", "2h"]
        try pilot.expectRefusal(base + ["--room", "golnik/dvorna", "--start", "2027-01-18T16:00"], status: 4,
                                stderr: "error: no room \"golnik/dvorna\" (did you mean \"golnik/dvorana\"?)\n")
        try pilot.expectRefusal(["book", "--room", "golnik/dvorana", "--group", "zbr", "--title", "T", "--duration", "2h",
                                 "--start", "2027-01-18T16:00"], status: 4, stderr: "error: no group \"zbr\" (did you mean \"zbor\"?)\n")
        try pilot.expectRefusal(base + ["--room", "golnik/dvorana", "--start", "2027-01-18T16:00", "--duration", "2x"], status: 1,
                                stderr: "error: booking \"T\": --duration must be a duration like \"90m\", \"2h\" or \"1h30\", got \"2x\"\n")
        try pilot.expectRefusal(base + ["--room", "golnik/dvorana", "--start", "2027-01-18"], status: 1,
                                stderr: "error: --start must be a date and time like 2027-01-12T18:00, got \"2027-01-18\"\n")
        try pilot.expectRefusal(base + ["--room", "golnik/dvorana", "--start", "2027-01-19T17:00", "--rrule", "FREQ=WEEKLY;BYDAY=MO"], status: 1,
                                stderr: "error: booking \"T\": start must be an occurrence of the rule FREQ=WEEKLY;BYDAY=MO (the first is 2027-01-25T17:00), got \"2027-01-19T17:00\"\n")
        try pilot.expectRefusal(base + ["--room", "golnik/dvorana", "--start", "2027-01-18T21:00"], status: 1,
                                stderr: "error: booking \"T\": start must fall within the opening hours of golnik/dvorana (Mon-Thu 16:00-22:00) for 2h, got \"2027-01-18T21:00\"\n")
        try pilot.expectRefusal(Array(base.dropLast(2)) + ["--duration", "2h", "--room", "golnik/dvorana", "--start", "2027-06-21T16:00", "--request", "1"],
                                status: 1, stderr: "error: booking \"T\": start must fall within term pomlad-2027 (2027-01-11 to 2027-06-20); give --until to end the rule in time, got \"2027-06-21\"\n")
        try pilot.expectRefusal(base + ["--room", "golnik/dvorana", "--start", "2027-01-18T16:00", "--request", "7"], status: 4,
                                stderr: "error: no request \"7\"\n")
    }
}
