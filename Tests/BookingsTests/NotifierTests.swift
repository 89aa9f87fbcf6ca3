import BookingStore
import Bookings
import CivilTime
import Foundation
import ICalendar
import Testing

/// The outbox is written by the changes themselves: one message per event a group should hear of, in
/// its language, in the same transaction (a failed change leaves none), with an iTIP calendar whose
/// UID and SEQUENCE are the feed's.
@Suite struct NotifierTests {
    static let zbor = Slug(folding: "zbor")

    /// The fixture's store with e-mail addresses and a venue administrator.
    static func store(language: String = "sl") throws -> AppDatabase {
        let database = try WorkflowFixture.store()
        try database.write { writer in
            guard let venue = try writer.venue(WorkflowFixture.golnik), let group = try writer.group(zbor) else { return }
            try writer.save(try Venue(slug: venue.slug, name: venue.name, address: venue.address, admins: ["tajnik@ks-golnik.si"]))
            try writer.save(try Group(slug: group.slug, name: "Mešani pevski zbor", kind: group.kind, contactName: "Ana Žagar",
                                      email: "zbor@primer.si", language: language, token: group.token))
        }
        return database
    }

    static func outbox(_ database: AppDatabase) throws -> [OutboxMessage] {
        try database.read { try $0.outbox(status: nil, group: nil) }
    }

    static func calendar(_ message: OutboxMessage) throws -> ICalendarDocument {
        try ICalendarReader().read(try #require(message.calendar))
    }

    @Test func bookingAndApprovingWriteOneMessageEachWithAnInvitationOfTheFeedsUIDAndSequence() throws {
        let database = try Self.store()
        let booked = try WorkflowFixture.desk(database) { desk in
            try desk.book(try WorkflowFixture.booking("zbor", "2027-01-12T18:00"), skipConflicts: false, overridePolicy: nil)
        }
        let approved = try WorkflowFixture.desk(database) { desk in
            try desk.approve(try #require(booked.booking.id), skipConflicts: false, rejectColliding: false, overridePolicy: nil)
        }
        let messages = try Self.outbox(database)
        #expect(messages.map(\.event) == [.placed, .approved])
        #expect(messages.allSatisfy { $0.recipient == "zbor@primer.si" && $0.status == .pending && $0.language == "sl" })
        let approval = try #require(messages.last)
        #expect(approval.subject.hasPrefix("Potrjeno: »Vaje zbor"))
        #expect(approval.body.contains("ob torkih 18.00–20.00"))
        #expect(approval.body.contains("Dvorana, KS Golnik (Golnik 45)"))
        #expect(approval.pagePath == "/groups/\(try #require(try database.read { try $0.group(Self.zbor) }).token)")
        let calendar = try Self.calendar(approval)
        #expect(calendar.property("METHOD")?.text == "REQUEST")
        let event = try #require(calendar.components(named: "VEVENT").first)
        #expect(event.property("UID")?.text == "booking-\(try #require(approved.booking.id))@prostor.local")
        #expect(event.property("SEQUENCE")?.value == .integer(approved.booking.sequence))
        #expect(event.property("STATUS")?.text == "CONFIRMED")
        #expect(event.property("ORGANIZER")?.value == .calAddress("mailto:tajnik@ks-golnik.si"))
        #expect(event.property("ATTENDEE")?.value == .calAddress("mailto:zbor@primer.si"))
        // The same event the group's feed publishes: the invitation updates what a subscriber already has.
        let feed = try database.read { reader in try Feed(scope: .group(Self.zbor), data: FeedData(reader)) }
        let published = try feed.document(FeedOptions(timestamp: LocalDateTime(iso: "2027-01-05T09:00:00")))
        let feedEvent = try #require(published.components(named: "VEVENT").first)
        for name in ["UID", "SEQUENCE", "DTSTART", "DTEND", "RRULE", "STATUS", "SUMMARY"] {
            #expect(feedEvent.property(name) == event.property(name), "\(name)")
        }
    }

    @Test func aChangeThatFailsWritesNoMessage() throws {
        let database = try Self.store()
        _ = try database.write { try $0.save(try WorkflowFixture.booking("sola", "2027-01-12T18:00", state: .approved)) }
        _ = try database.write { try $0.save(try WorkflowFixture.booking("zbor", "2027-01-19T19:00")) }
        #expect(throws: BookingClash.self) {
            try WorkflowFixture.desk(database) { desk in try desk.approve(2, skipConflicts: false, rejectColliding: false, overridePolicy: nil) }
        }
        #expect(try Self.outbox(database).isEmpty)
    }

    @Test func aCancelledDateIsACancellationOfThatDateOnly() throws {
        let database = try Self.store(language: "en")
        _ = try database.write { try $0.save(try WorkflowFixture.booking("zbor", "2027-01-12T18:00", state: .approved)) }
        _ = try WorkflowFixture.desk(database) { desk in try desk.cancel(1, date: WorkflowFixture.date("2027-01-19"), reason: "Pust") }
        let message = try #require(try Self.outbox(database).last)
        #expect(message.event == .dateCancelled)
        #expect(message.language == "en")
        #expect(message.subject == "Cancelled: “Vaje zbor 2027-01-12T18:00”, Tuesday, 19 January 2027")
        #expect(message.body.contains("The reason: Pust"))
        let calendar = try Self.calendar(message)
        #expect(calendar.property("METHOD")?.text == "CANCEL")
        let events = calendar.components(named: "VEVENT")
        #expect(events.count == 1)
        #expect(events.first?.property("RECURRENCE-ID")?.value == .dateTime([try LocalDateTime(iso: "2027-01-19T18:00:00")], .zone("Europe/Ljubljana")))
        #expect(events.first?.property("STATUS")?.text == "CANCELLED")
    }

    @Test func aClosureTellsTheGroupsWhoseDatesItTakesAndAnEditOnlyTheNewOnes() throws {
        let database = try Self.store()
        _ = try database.write { try $0.save(try WorkflowFixture.booking("zbor", "2027-01-12T18:00", state: .approved)) }
        let closure = try Closure(scope: .venue(WorkflowFixture.golnik), firstDay: WorkflowFixture.date("2027-01-19"),
                                  lastDay: WorkflowFixture.date("2027-01-19"), reason: "Beljenje dvorane")
        let saved = try database.write { writer in
            try ClosureEffects.save(closure, replacing: nil, in: writer, context: WorkflowFixture.context).closure
        }
        var longer = saved
        longer.lastDay = try WorkflowFixture.date("2027-01-26")
        _ = try database.write { writer in try ClosureEffects.save(longer, replacing: saved, in: writer, context: WorkflowFixture.context) }
        let messages = try Self.outbox(database)
        #expect(messages.map(\.event) == [.closure, .closure])
        #expect(messages.first?.subject.contains("19. 1. 2027") == true)
        #expect(messages.last?.subject.contains("26. 1. 2027") == true)
        #expect(messages.last?.subject.contains("19. 1. 2027") == false)
        #expect(messages.first?.body.contains("Beljenje dvorane") == true)
    }

    @Test func aRequestFromTheFormTellsTheGroupItsNumberAndTheVenuesAdministrators() throws {
        let database = try Self.store()
        var submission = RequestSubmission(group: "zbor", term: "pomlad", title: "Pevske vaje", audience: 20, duration: "2h",
                                           when: ["tue 18:00-21:00"])
        submission.venues = ["golnik"]
        let saved = try database.write { writer in try submission.submit(to: writer, context: WorkflowFixture.context) }
        let messages = try Self.outbox(database)
        #expect(messages.map(\.event) == [.requestReceived, .requestForVenue])
        #expect(messages[0].recipient == "zbor@primer.si")
        #expect(messages[0].subject == "Prejeli smo vašo prošnjo št. \(try #require(saved.id)): Pevske vaje")
        #expect(messages[1].recipient == "tajnik@ks-golnik.si")
        #expect(messages[1].body.contains("zbor@primer.si"))
        #expect(messages[0].body.contains("Ana Žagar"))
    }

    @Test func theFormCannotFileUnderAKnownGroupsNameOrAddress() throws {
        let database = try Self.store()
        let submission = RequestSubmission(group: "mesani-pevski-zbor", term: "pomlad", title: "Vaje", audience: 20, duration: "2h",
                                           when: ["tue 18:00-21:00"])
        for (name, email) in [("MEŠANI  pevski zbor", "drug@primer.si"), ("Nov zbor", "ZBOR@primer.si"), ("zbor", "x@primer.si")] {
            let impostor = try Group(name: name, email: email, token: Group.newToken())
            #expect(throws: GroupAlreadyKnown.self) {
                try database.write { writer in try submission.submit(to: writer, creating: impostor, context: WorkflowFixture.context) }
            }
        }
        #expect(try database.read { try $0.requests() }.isEmpty)
        #expect(try database.read { try $0.groups() }.count == 2)
        #expect(try Self.outbox(database).isEmpty)
    }

    @Test func aGroupsLinkIsSentAtMostThreeTimesADay() throws {
        let database = try Self.store()
        let group = try #require(try database.read { try $0.group(Self.zbor) })
        var sent: [Bool] = []
        for hour in 0..<5 {
            var context = WorkflowFixture.context
            context.now = context.now.addingTimeInterval(Double(hour) * 3600)
            sent.append(try database.write { writer in try GroupIdentity.sendLink(to: group, in: writer, context: context) })
        }
        #expect(sent == [true, true, true, false, false])
        var tomorrow = WorkflowFixture.context
        tomorrow.now = tomorrow.now.addingTimeInterval(25 * 3600)
        #expect(try database.write { writer in try GroupIdentity.sendLink(to: group, in: writer, context: tomorrow) })
        #expect(try Self.outbox(database).allSatisfy { $0.event == .groupLink && $0.pagePath == "/groups/\(group.token)" })
    }
}
