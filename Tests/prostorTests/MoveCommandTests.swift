import Bookings
import Testing

@Suite struct MoveCommandTests {
    @Test(arguments: CLIBackend.available) func movingADateToAnotherRoomAndTime(backend: CLIBackend) throws {
        let pilot = try Pilot(backend: backend)
        let result = try pilot.run(["move", "1", "--date", "2027-01-19", "--to", "2027-01-18T16:00", "--room", "golnik/kuhinja",
                                    "--reason", "Koncert v dvorani"])
        #expect(result.stdout == "Moved 1 \"Vaje gasilcev\" from 2027-01-19 to 2027-01-18T16:00 in golnik/kuhinja.\n")
        let booking = try #require(try pilot.snapshot().bookings.first)
        #expect(booking.sequence == 1)
        #expect(booking.exceptions.first?.change == .moved(to: try .init(iso: "2027-01-18T16:00"), room: try .init(parsing: "golnik/kuhinja")))
        #expect(try pilot.snapshot().history.last?.summary == "occurrence of 2027-01-19 moved to 2027-01-18T16:00 in golnik/kuhinja")
    }

    @Test(arguments: CLIBackend.available) func badInputNamesTheValueAndChangesNothing(backend: CLIBackend) throws {
        let pilot = try Pilot(backend: backend)
        _ = try pilot.book(Pilot.weekly + ["--start", "2027-01-18T16:00", "--rrule", "FREQ=WEEKLY;BYDAY=MO;COUNT=3"])
        try pilot.expectRefusal(["move", "2", "--date", "2027-01-25", "--to", "2027-01-19T18:30"], status: 3, stderr: """
            error: moving booking 2 "Vaje zbora" from 2027-01-25 to 2027-01-19T18:30 clashes in golnik/dvorana with booking 1 "Vaje gasilcev" (approved) on 2027-01-19

            """)
        try pilot.expectRefusal(["move", "2", "--date", "2027-01-25", "--to", "2027-07-19T16:00"], status: 1, stderr: """
            error: booking 2 "Vaje zbora": to must fall within term pomlad-2027 (2027-01-11 to 2027-06-20), got "2027-07-19"

            """)
        try pilot.expectRefusal(["move", "2", "--date", "2027-01-25", "--to", "2027-02-08T16:00"], status: 1, stderr: """
            error: booking 2 "Vaje zbora": to must not fall in a closure of golnik/dvorana (Prešernov dan), got "2027-02-08T16:00"

            """)
        try pilot.expectRefusal(["move", "2", "--date", "2027-01-25", "--to", "2027-01-20T21:00"], status: 1, stderr: """
            error: booking 2 "Vaje zbora": to must fall within the opening hours of golnik/dvorana (Mon-Thu 16:00-22:00) for 2h, got "2027-01-20T21:00"

            """)
        try pilot.expectRefusal(["move", "2", "--date", "2027-01-25", "--to", "2027-01-20T25:00"], status: 1,
                                stderr: "error: --to must be a date and time like 2027-01-12T18:00, got \"2027-01-20T25:00\"\n")
        try pilot.expectRefusal(["move", "2", "--date", "2027-01-26", "--to", "2027-01-20T16:00"], status: 1, stderr: """
            error: booking 2 "Vaje zbora": date must be a date on which the booking takes place (FREQ=WEEKLY;BYDAY=MO;COUNT=3), got "2027-01-26"

            """)
        try pilot.expectRefusal(["move", "2", "--date", "2027-01-25", "--to", "2027-01-20T16:00", "--room", "golnik/kuhnja"], status: 4,
                                stderr: "error: no room \"golnik/kuhnja\" (did you mean \"golnik/kuhinja\"?)\n")
        try pilot.expectRefusal(["move", "5", "--date", "2027-01-25", "--to", "2027-01-20T16:00"], status: 4,
                                stderr: "error: no booking \"5\"\n")
    }
}
