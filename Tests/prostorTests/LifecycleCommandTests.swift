import BookingStore
import Bookings
import CivilTime
import Foundation
import Testing

/// One lifecycle for requests and bookings: every change makes the same checks, decisions stick,
/// and what happened is told later (issue 11).
@Suite struct LifecycleCommandTests {
    func bookings(_ pilot: Pilot) throws -> [Booking] {
        try AppDatabase(path: pilot.database, create: false).read { try $0.bookings() }
    }

    func request(_ pilot: Pilot, _ id: Int64 = 1) throws -> Request {
        try #require(try AppDatabase(path: pilot.database, create: false).read { try $0.request(id: id) })
    }

    /// The pilot scheduled once: its one request (Vaje zbora, 30 people, needs the piano of golnik/dvorana).
    func scheduled() throws -> (Pilot, Booking) {
        let pilot = try Pilot()
        let run = try pilot.run(["schedule", "--iterations", "500"])
        try #require(run.status == 0, "\(run.stderr)")
        let proposal = try #require(try bookings(pilot).first { $0.requestID == 1 && $0.state == .tentative })
        return (pilot, proposal)
    }

    @Test func aBookingWhoseEveryDateIsClosedIsRefused() throws {
        let pilot = try Pilot()
        try pilot.expectRefusal(["book", "--room", "golnik/dvorana", "--group", "zbor", "--title", "Na praznik",
                                 "--start", "2027-02-08T18:00", "--duration", "1h"], status: 1,
                                stderr: "error: booking \"Na praznik\": start must leave at least one date that takes place; "
                                    + "the room is closed on every date (2027-02-08 closed: Prešernov dan), got \"2027-02-08T18:00\"\n")
    }

    @Test func restoringADateInsideAClosureIsRefused() throws {
        let pilot = try Pilot()
        let id = try pilot.book(["--room", "golnik/dvorana", "--group", "zbor", "--title", "Ponedeljki", "--start", "2027-02-01T18:00",
                                 "--duration", "1h", "--rrule", "FREQ=WEEKLY;COUNT=3"])
        try pilot.expectRefusal(["restore", String(id), "--date", "2027-02-08"], status: 1,
                                stderr: "error: booking \(id) \"Ponedeljki\": date must not fall in a closure of golnik/dvorana "
                                    + "(Prešernov dan); remove the closure first, got \"2027-02-08\"\n")
    }

    @Test func movingIntoARoomTooSmallOrWithoutTheFeaturesIsRefusedAsConflictsWouldReportIt() throws {
        let (pilot, proposal) = try scheduled()
        let id = try #require(proposal.id)
        let date = proposal.start.date
        try pilot.expectRefusal(["move", String(id), "--date", date.description, "--to", "\(date)T16:00", "--room", "golnik/kuhinja"],
                                status: 1, stderr: "error: booking \(id) \"Vaje zbora\": room must suit request 1 \"Vaje zbora\": "
                                    + "30 people in golnik/kuhinja, which holds 10, got \"golnik/kuhinja\"\n")
    }

    @Test func aClosedDateDoesNotCountTowardsAGroupsHoursAWeek() throws {
        let pilot = try Pilot()
        #expect(try pilot.run(["venue", "policy", "golnik", "--max-hours-per-group-per-week", "2"]).status == 0)
        let monday = ["--room", "golnik/dvorana", "--group", "gasilci", "--title", "Občni zbor", "--start", "2027-03-08T16:00",
                      "--duration", "2h"]
        // Booking 1 already gives the group two hours on Tuesday 2027-03-09 …
        #expect(try pilot.run(["book"] + monday).stderr.contains("would hold more than 2 hours a week in weeks 2027-W10"))
        // … unless that Tuesday is closed: then it does not take place, and does not count.
        #expect(try pilot.run(["closure", "add", "--reason", "Čiščenje", "--from", "2027-03-09", "--venue", "golnik"]).status == 0)
        let booked = try pilot.run(["book"] + monday)
        #expect(booked.status == 0, "\(booked.stderr)")
    }

    @Test func closureAddListsTheDatesItTakes() throws {
        let pilot = try Pilot()
        let added = try pilot.run(["closure", "add", "--reason", "Volitve", "--from", "2027-03-09", "--venue", "golnik"])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("approved booking 1 \"Vaje gasilcev\" (gasilci) in golnik/dvorana: 2027-03-09"), "\(added.stdout)")
        let quiet = try pilot.run(["closure", "add", "--reason", "Čiščenje", "--from", "2027-03-13", "--venue", "golnik"])
        #expect(quiet.stdout.hasSuffix("It takes no dates of approved or tentative bookings.\n"), "\(quiet.stdout)")
    }

    @Test func oneOffDatesOutsideTheTermOrOffTheRequestsDaysAreRefused() throws {
        let pilot = try Pilot()
        let base = ["request", "add", "--group", "zbor", "--term", "pomlad-2027", "--title", "Koncert", "--audience", "20",
                    "--duration", "2h"]
        try pilot.expectRefusal(base + ["--when", "sat 10:00-14:00", "--dates", "2027-03-06,2027-08-07"], status: 1,
                                stderr: "error: request \"Koncert\": dates must fall within term pomlad-2027 (2027-01-11 to 2027-06-20), got \"2027-08-07\"\n")
        try pilot.expectRefusal(base + ["--when", "tue 10:00-14:00", "--dates", "2027-03-10"], status: 1,
                                stderr: "error: request \"Koncert\": dates must fall on a day the request's times name (TU); 2027-03-10 is a WE, got \"2027-03-10\"\n")
        let added = try pilot.run(base + ["--when", "sat 10:00-14:00", "--dates", "2027-03-06"])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(try pilot.run(["request", "show", "2"]).stdout.contains("dates:       2027-03-06\n"))
    }

    @Test func aRejectedPlaceIsRememberedAndNotProposedAgain() throws {
        let (pilot, proposal) = try scheduled()
        let id = try #require(proposal.id)
        let reason = "Dvorana je ob ponedeljkih rezervirana za šolo"
        let rejected = try pilot.run(["reject", String(id), "--reason", reason])
        #expect(rejected.status == 0, "\(rejected.stderr)")
        let refused = try #require(try request(pilot).decisions.refusedPlaces.first)
        #expect(refused.room.description == "golnik/dvorana" && refused.day == proposal.start.date.weekday && refused.booking == id)
        #expect(try pilot.run(["booking", "show", String(id)]).stdout.contains("reason:      \(reason) (Marija Kos)\n"))
        #expect(try pilot.run(["booking", "show", String(id), "--json"]).stdout.contains("\"stateReason\" : \"\(reason)\""))
        #expect(try pilot.run(["request", "show", "1"]).stdout.contains("(booking \(id)): \(reason)\n"))
        for seed in 1...3 {
            let again = try pilot.run(["schedule", "--iterations", "500", "--seed", String(seed)])
            #expect(again.status == 0, "\(again.stderr)")
            // The scheduler looks elsewhere: another Monday hour or a Wednesday in the only room with a piano.
            #expect(try bookings(pilot).contains { $0.requestID == 1 && $0.state == .tentative }, "seed \(seed): \(again.stdout)")
            for booking in try bookings(pilot) where booking.requestID == 1 && booking.state == .tentative {
                let end = booking.start.adding(minutes: booking.durationMinutes)
                let span = try TimeRange(startMinute: booking.start.time.minuteOfDay, endMinute: end.time.minuteOfDay)
                #expect(!refused.covers(room: booking.room, day: booking.start.date.weekday, span: span), "seed \(seed): \(booking)")
            }
        }
        let cleared = try pilot.run(["request", "clear-refusals", "1"])
        #expect(cleared.stdout.hasPrefix("Cleared 1 refused place of request 1"), "\(cleared.stdout)")
        #expect(try request(pilot).decisions.refusedPlaces.isEmpty)
    }

    @Test func rejectingTheRequestEndsItAndTheSchedulerLeavesIt() throws {
        let (pilot, proposal) = try scheduled()
        let ended = try pilot.run(["request", "reject", "1", "--reason", "Ni za krajane"])
        #expect(ended.status == 0, "\(ended.stderr)")
        #expect(ended.stdout == "Request 1 \"Vaje zbora\" rejected.\n  removed tentative booking \(proposal.id ?? 0)\n")
        #expect(try request(pilot).status == .rejected)
        #expect(try pilot.run(["request", "show", "1"]).stdout.contains("rejected:    Ni za krajane\n"))
        #expect(try pilot.run(["schedule", "--iterations", "300"]).status == 0)
        #expect(try bookings(pilot).allSatisfy { $0.requestID != 1 })
        try pilot.expectRefusal(["request", "reject", "1", "--reason", "Spet"], status: 1,
                                stderr: "error: request 1 \"Vaje zbora\": status must be pending or scheduled to be rejected; it has ended already, got \"rejected\"\n")
    }

    @Test func withdrawingCancelsItsApprovedBookingSoTheRoomIsFree() throws {
        let (pilot, proposal) = try scheduled()
        let id = try #require(proposal.id)
        #expect(try pilot.run(["approve", String(id)]).status == 0)
        let withdrawn = try pilot.run(["request", "withdraw", "1", "--reason", "Zbor letos ne vadi"])
        #expect(withdrawn.status == 0, "\(withdrawn.stderr)")
        #expect(withdrawn.stdout == "Request 1 \"Vaje zbora\" withdrawn.\n  cancelled approved booking \(id)\n")
        #expect(try bookings(pilot).first { $0.id == id }?.state == .cancelled)
        let history = try AppDatabase(path: pilot.database, create: false).read { try $0.history(booking: id) }
        #expect(history.last?.action == .cancelled && history.last?.reason == "request 1 withdrawn: Zbor letos ne vadi")
    }

    @Test func requestShowTellsTheLastPlansOutcomeLater() throws {
        let (pilot, proposal) = try scheduled()
        let shown = try pilot.run(["request", "show", "1"])
        #expect(shown.stdout.contains("last plan:   placed as booking \(proposal.id ?? 0) ("), "\(shown.stdout)")
        let json = try pilot.run(["request", "show", "1", "--json"])
        let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let outcome = (decoded?["decisions"] as? [String: Any])?["outcome"] as? [String: Any]
        #expect(outcome?["bookings"] as? [Int] == [Int(proposal.id ?? 0)])
        // A group that asks for a room no one has is told why, in words, and keeps it.
        let added = try pilot.run(["request", "add", "--group", "gasilci", "--term", "pomlad-2027", "--title", "Vaje 200",
                                   "--audience", "200", "--duration", "1h", "--when", "mon 17:00-19:00"])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(try pilot.run(["schedule", "--iterations", "300"]).status == 0)
        let unplaced = try pilot.run(["request", "show", "2"]).stdout
        #expect(unplaced.contains("last plan:   not placed ("), "\(unplaced)")
        #expect(unplaced.contains("not placed: the room is too small for that many people"), "\(unplaced)")
    }

    @Test func approveTakesARequestAVenueOrTheTermAndADryRunChangesNothing() throws {
        let (pilot, proposal) = try scheduled()
        let id = try #require(proposal.id)
        let before = try pilot.snapshot()
        let dry = try pilot.run(["approve", "--request", "1", "--dry-run"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.hasPrefix("Would approve \(id): \"Vaje zbora\" in golnik/dvorana.\n"), "\(dry.stdout)")
        #expect(dry.stdout.hasSuffix("Dry run: nothing was changed.\n"))
        #expect(try pilot.snapshot() == before)
        let all = try pilot.run(["approve", "--tentative"])
        #expect(all.status == 0, "\(all.stderr)")
        #expect(try bookings(pilot).first { $0.id == id }?.state == .approved)
        #expect(try pilot.run(["approve", "--venue", "golnik"]).stdout == "There are no tentative bookings to approve.\n")
        let both = try pilot.run(["approve", "3", "--tentative"])
        #expect(both.status == 2 && both.stderr.contains("only one of them"))
    }
}
