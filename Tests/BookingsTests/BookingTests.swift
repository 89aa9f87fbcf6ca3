import Testing

import Bookings
import CivilTime

@Suite("Booking: validation, exceptions and what subscribers see")
struct BookingTests {
    func booking(title: String = "Vaje gasilske mladine", duration: Int = 120, recurrence: String? = "FREQ=WEEKLY;BYDAY=TU",
                 exceptions: [OccurrenceException] = []) throws -> Booking {
        try Booking(room: roomRef("golnik/velika-dvorana"), group: slug("pgd-golnik-mladina"), title: title,
                    start: dateTime("2027-01-12T18:00"), durationMinutes: duration, recurrence: recurrence,
                    exceptions: exceptions)
    }

    @Test func sortsExceptionsByTheirOriginalDate() throws {
        let later = OccurrenceException(originalDate: try date("2027-03-16"),
                                        change: .moved(to: try dateTime("2027-03-17T18:00"), room: try roomRef("golnik/sejna-soba")),
                                        reason: " Zbor krajanov ")
        let earlier = OccurrenceException(originalDate: try date("2027-02-09"), change: .cancelled)
        let booking = try booking(exceptions: [later, earlier])
        #expect(booking.exceptions.map(\.originalDate.description) == ["2027-02-09", "2027-03-16"])
        #expect(booking.exceptions[1].reason == "Zbor krajanov")
        #expect(booking.exceptionsByDate[try date("2027-02-09")]?.change == .cancelled)
        #expect(booking.identity == "golnik/velika-dvorana|pgd-golnik-mladina|Vaje gasilske mladine|2027-01-12T18:00")
    }

    @Test func titleMustNotBeEmpty() {
        #expect(thrownMessage { try booking(title: "  ") } == "booking \"  \": title must not be empty, got \"  \"")
    }

    @Test func durationMustBePositive() {
        #expect(thrownMessage { try booking(duration: 0) }
            == "booking \"Vaje gasilske mladine\": duration must be a positive number, got \"0\"")
    }

    @Test func durationMustFitInADay() throws {
        #expect(try booking(duration: 24 * 60).durationMinutes == 1440)
        #expect(thrownMessage { try booking(duration: 24 * 60 + 1) }
            == "booking \"Vaje gasilske mladine\": duration must be at most 24 hours, got \"24h01\"")
    }

    @Test func aGivenRecurrenceRuleMustNotBeEmpty() throws {
        #expect(try booking(recurrence: nil).recurrence == nil)
        #expect(thrownMessage { try booking(recurrence: " ") }
            == "booking \"Vaje gasilske mladine\": rrule must not be empty, got \" \"")
    }

    @Test func eachDateMayHaveOneExceptionOnly() throws {
        let cancelled = OccurrenceException(originalDate: try date("2027-02-09"), change: .cancelled)
        let moved = OccurrenceException(originalDate: try date("2027-02-09"), change: .moved(to: try dateTime("2027-02-10T18:00"), room: nil))
        #expect(thrownMessage { try booking(exceptions: [cancelled, moved]) }
            == "booking \"Vaje gasilske mladine\": exceptions must name each date once, got \"2027-02-09\"")
    }
}

@Suite("Booking.changesWhatSubscribersSee: when calendar clients must take a new SEQUENCE")
struct SubscriberChangeTests {
    let original: Booking

    init() throws {
        original = try Booking(room: roomRef("golnik/velika-dvorana"), group: slug("du-golnik"), title: "Telovadba",
                               description: "Za upokojence", start: dateTime("2027-01-14T09:30"), durationMinutes: 90,
                               recurrence: "FREQ=WEEKLY;BYDAY=TH", state: .tentative)
    }

    @Test func anIdenticalBookingIsNoChange() {
        #expect(!original.changesWhatSubscribersSee(comparedWith: original))
    }

    @Test func descriptionAndVisibilityAreNotSchedulingChanges() {
        var changed = original
        changed.description = "Nov opis"
        changed.isPublic = false
        changed.sequence = 7
        #expect(!original.changesWhatSubscribersSee(comparedWith: changed))
    }

    @Test func aNewStartIsAChange() throws {
        var changed = original
        changed.start = try dateTime("2027-01-14T10:00")
        #expect(original.changesWhatSubscribersSee(comparedWith: changed))
    }

    @Test func aNewDurationIsAChange() {
        var changed = original
        changed.durationMinutes = 60
        #expect(original.changesWhatSubscribersSee(comparedWith: changed))
    }

    @Test func aNewRoomIsAChange() throws {
        var changed = original
        changed.room = try roomRef("golnik/sejna-soba")
        #expect(original.changesWhatSubscribersSee(comparedWith: changed))
    }

    @Test func aNewRuleIsAChange() {
        var changed = original
        changed.recurrence = "FREQ=WEEKLY;BYDAY=TH;UNTIL=20270617"
        #expect(original.changesWhatSubscribersSee(comparedWith: changed))
    }

    @Test func aNewStateIsAChange() {
        var changed = original
        changed.state = .approved
        #expect(original.changesWhatSubscribersSee(comparedWith: changed))
    }

    @Test func aNewExceptionIsAChange() throws {
        var changed = original
        changed.exceptions = [OccurrenceException(originalDate: try date("2027-04-01"), change: .cancelled)]
        #expect(original.changesWhatSubscribersSee(comparedWith: changed))
    }
}
