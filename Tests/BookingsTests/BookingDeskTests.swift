import BookingStore
import Bookings
import CivilTime
import Testing

@Suite struct BookingDeskTests {
    @Test func bookingThenApprovingRaisesTheSequenceAndRecordsBoth() throws {
        let store = try WorkflowFixture.store()
        let booked = try WorkflowFixture.desk(store) { desk in
            try desk.book(try WorkflowFixture.booking("zbor", "2027-01-12T18:00"), skipConflicts: false, overridePolicy: nil)
        }
        #expect(booked.booking.state == .tentative)
        let approved = try WorkflowFixture.desk(store) { desk in
            try desk.approve(1, skipConflicts: false, rejectColliding: false, overridePolicy: nil)
        }
        #expect(approved.booking.state == .approved)
        #expect(approved.booking.sequence == 1)
        #expect((try store.entries).map(\.action) == [.booked, .approved])
        #expect((try store.entries).last?.before?.booking?.state == .tentative)
        #expect((try store.entries).allSatisfy { $0.actor == "Marija Kos" && $0.at == "2027-01-05T09:00:00Z" })
    }

    @Test func approvingRefusesAClashWithAnApprovedBookingAndChangesNothing() throws {
        let store = try WorkflowFixture.store()
        _ = try store.write { try $0.save(try WorkflowFixture.booking("zbor", "2027-01-12T18:00", state: .approved)) }
        _ = try store.write { try $0.save(try WorkflowFixture.booking("sola", "2027-01-19T19:00")) }
        #expect(throws: BookingClash.self) {
            try WorkflowFixture.desk(store) { desk in try desk.approve(2, skipConflicts: false, rejectColliding: false, overridePolicy: nil) }
        }
        #expect(try store.bookingList[1].state == .tentative)
        #expect((try store.entries).isEmpty)
    }

    @Test func skippingConflictsCancelsTheTakenDatesWithAReason() throws {
        let store = try WorkflowFixture.store()
        _ = try store.write { try $0.save(try WorkflowFixture.booking("zbor", "2027-01-12T18:00", rule: nil, state: .approved)) }
        _ = try store.write { try $0.save(try WorkflowFixture.booking("sola", "2027-01-12T19:00")) }
        let outcome = try WorkflowFixture.desk(store) { desk in
            try desk.approve(2, skipConflicts: true, rejectColliding: false, overridePolicy: nil)
        }
        #expect(outcome.skipped.map(\.dates) == [[try WorkflowFixture.date("2027-01-12")]])
        #expect(outcome.booking.exceptions == [OccurrenceException(originalDate: try WorkflowFixture.date("2027-01-12"), change: .cancelled,
                                                                  reason: "room taken by booking 1 \"Vaje zbor 2027-01-12T18:00\"")])
    }

    @Test func approvingARequestsBookingSchedulesTheRequest() throws {
        let store = try WorkflowFixture.store()
        let window = TimeWindow(days: [.tuesday], hours: try TimeRange(parsing: "16:00-22:00"))
        _ = try store.write { try $0.save(try Request(group: Slug(folding: "zbor"), term: Slug(folding: "pomlad"), title: "Vaje", audience: 20,
                                       durationMinutes: 120, windows: [window])) }
        var booking = try WorkflowFixture.booking("zbor", "2027-01-12T18:00")
        booking.requestID = 1
        _ = try store.write { try $0.save(booking) }
        _ = try WorkflowFixture.desk(store) { desk in try desk.approve(1, skipConflicts: false, rejectColliding: false, overridePolicy: nil) }
        #expect(try store.requestList[0].status == .scheduled)
    }

    @Test func movingThenRestoringADate() throws {
        let store = try WorkflowFixture.store()
        _ = try store.write { try $0.save(try WorkflowFixture.booking("zbor", "2027-01-12T18:00", state: .approved)) }
        let day = try WorkflowFixture.date("2027-01-19")
        let moved = try WorkflowFixture.desk(store) { desk in
            try desk.move(1, date: day, to: try LocalDateTime(iso: "2027-01-20T17:00"), room: WorkflowFixture.kitchen, reason: "koncert")
        }
        #expect(moved.sequence == 1)
        let occurrences = try moved.occurrences(from: day, through: day.adding(days: 1))
        #expect(occurrences.map(\.room) == [WorkflowFixture.kitchen])
        let restored = try WorkflowFixture.desk(store) { desk in try desk.restore(1, date: day, reason: "") }
        #expect(restored.exceptions.isEmpty)
        #expect(restored.sequence == 2)
        #expect((try store.entries).map(\.action) == [.moved, .restored])
    }

    @Test func aRejectedBookingCannotBeApprovedOrCancelled() throws {
        let store = try WorkflowFixture.store()
        _ = try store.write { try $0.save(try WorkflowFixture.booking("zbor", "2027-01-12T18:00", state: .rejected)) }
        #expect(throws: WrongState(booking: 1, state: .rejected, action: "approve it",
                                   hint: "only tentative bookings can be approved; book it again with `prostor book`")) {
            try WorkflowFixture.desk(store) { desk in try desk.approve(1, skipConflicts: false, rejectColliding: false, overridePolicy: nil) }
        }
        #expect(throws: WrongState.self) { try WorkflowFixture.desk(store) { desk in try desk.cancel(1, date: nil, reason: "") } }
    }
}
