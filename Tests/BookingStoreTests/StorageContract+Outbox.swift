import Bookings
import Foundation
import Testing

/// The outbox, venues' administrators and groups' languages, as the protocol offers them.
extension StorageContract {
    func outboxMessagesReadBackExactlyAndFilterByStatusAndGroup() throws {
        let storage = try makeStorage()
        let at = Date(timeIntervalSince1970: 1_800_000_000)
        let zbor = try slug("zbor"), sola = try slug("sola")
        var calendar = OutboxMessage(createdAt: at, event: .approved, recipient: "zbor@primer.si", recipientName: "Frančiška Žagar",
                                     language: "sl", group: zbor, venue: try slug("golnik"), bookingID: 7, requestID: 3,
                                     subject: "Potrjeno: »Vaje« ob četrtkih", body: "Pozdravljeni!\n\nčšž ČŠŽ — “en”",
                                     pagePath: "/groups/AbCdEfGhIjKlMnOp", calendar: "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n")
        let plain = OutboxMessage(createdAt: at, event: .requestForVenue, recipient: "tajnik@ks.si", language: "en", group: sola,
                                  subject: "New request", body: "text")
        let saved = try storage.write { writer throws in [try writer.save(calendar), try writer.save(plain)] }
        #expect(saved.compactMap(\.id).count == 2)
        #expect(try storage.read { try $0.outbox(status: nil, group: nil) } == saved)
        calendar = saved[0]
        calendar.status = .sent
        calendar.attempts = 2
        calendar.lastError = "127.0.0.1:25 did not take the message"
        calendar.sentAt = "2027-01-15T08:05:00Z"
        calendar.nextAttemptAt = "2027-01-15T08:15:00Z"
        try storage.write { writer throws in _ = try writer.save(calendar) }
        #expect(try storage.read { try $0.outboxMessage(id: calendar.id ?? 0) } == calendar)
        #expect(try storage.read { try $0.outbox(status: .pending, group: nil) } == [saved[1]])
        #expect(try storage.read { try $0.outbox(status: .sent, group: zbor) } == [calendar])
        #expect(try storage.read { try $0.outbox(status: nil, group: sola) } == [saved[1]])
        #expect(try storage.read { try $0.outbox(status: .failed, group: nil) }.isEmpty)
        #expect(try storage.read { try $0.outboxMessage(id: 999) } == nil)
        var missing = plain
        missing.id = 999
        #expect(thrown { try storage.write { writer throws in _ = try writer.save(missing) } } is NotFound)
        // A message written by a change that fails is gone with the change.
        #expect(thrown {
            try storage.write { writer throws in
                _ = try writer.save(plain)
                throw Abandoned()
            }
        } is Abandoned)
        #expect(try storage.read { try $0.outbox(status: nil, group: nil) }.count == 2)
    }

    func venuesKeepTheirAdministratorsAndGroupsTheirLanguage() throws {
        let storage = try makeStorage()
        let venue = try Venue(slug: slug("golnik"), name: "KS Golnik", address: "Golnik 45",
                              admins: ["tajnik@ks-golnik.si", "Oskrbnik@KS-golnik.si", "tajnik@KS-golnik.si"])
        #expect(venue.admins == ["tajnik@ks-golnik.si", "Oskrbnik@KS-golnik.si"])
        let group = try Group(slug: slug("zbor"), name: "Zbor", email: "zbor@primer.si", language: "EN", token: Group.newToken())
        #expect(group.language == "en")
        try storage.write { writer throws in
            try writer.save(venue)
            try writer.save(group)
        }
        #expect(try storage.read { try $0.venue(venue.slug) } == venue)
        #expect(try storage.read { try $0.group(group.slug) } == group)
        var quiet = venue
        quiet.admins = []
        try storage.write { try $0.save(quiet) }
        #expect(try storage.read { try $0.venues() } == [quiet])
        #expect(throws: InvalidValue.self) { try Venue(name: "KS", address: "", admins: ["ni naslov"]) }
        #expect(throws: InvalidValue.self) { try Group(name: "Zbor", language: "de", token: Group.newToken()) }
    }
}
