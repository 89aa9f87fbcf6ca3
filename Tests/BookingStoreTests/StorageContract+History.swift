import Bookings
import Foundation
import Testing

/// Venue policies and the history, as the protocol offers them.
extension StorageContract {
    func historyComesBackInOrderAndByBooking() throws {
        let storage = try makeStorage()
        let at = Date(timeIntervalSince1970: 1_800_000_000)
        let sample = try Sample()
        let snapshot = HistorySnapshot(booking: sample.bookings[0])
        let policySnapshot = HistorySnapshot(policy: try VenuePolicy(venue: sample.golnik.slug, bufferMinutes: 15))
        let appended = try storage.write { writer throws in
            [try writer.append(HistoryEntry(at: at, actor: "Frančiška Žagar", action: .booked, bookingID: 1, summary: "a")),
             try writer.append(HistoryEntry(at: at, actor: "Ana", action: .approved, bookingID: 2, venue: slug("golnik"),
                                            summary: "b", reason: "ker je prost", before: nil, after: snapshot)),
             try writer.append(HistoryEntry(at: at, actor: "Ana", action: .rejected, bookingID: 1, summary: "c",
                                            before: policySnapshot, after: nil))]
        }
        let all = try storage.read { try $0.history(booking: nil) }
        #expect(all == appended)
        #expect(all.map(\.summary) == ["a", "b", "c"])
        #expect(Set(all.compactMap(\.id)).count == 3)
        #expect(all.compactMap(\.id) == all.compactMap(\.id).sorted())
        #expect(all[0].at == "2027-01-15T08:00:00Z")
        let golnik = try slug("golnik")
        #expect(all[1].after == snapshot && all[1].venue == golnik)
        #expect(try storage.read { try $0.history(booking: 1) }.map(\.summary) == ["a", "c"])
        #expect(try storage.read { try $0.history(booking: 3) }.isEmpty)
    }

    func historyAppendedByAWriteThatThrowsIsNotKept() throws {
        let storage = try makeStorage()
        let error = thrown {
            try storage.write { writer throws in
                try writer.append(HistoryEntry(at: Date(), actor: "Ana", action: .booked, bookingID: 1, summary: "a"))
                throw Abandoned()
            }
        }
        #expect(error is Abandoned)
        #expect(try storage.read { try $0.history(booking: nil) } == [])
    }

    func aPolicyIsStoredPerVenueAndNoneMeansNoLimits() throws {
        let storage = try makeStorage(), sample = try Sample()
        let golnik = sample.golnik.slug, zlatoPolje = sample.zlatoPolje.slug
        let policy = try VenuePolicy(venue: golnik, minNoticeHours: 24, bufferMinutes: 10, roomKinds: ["kuhinja": ["Society"]])
        try storage.write { writer throws in
            for venue in sample.venues { try writer.save(venue) }
            #expect(try writer.policy(of: golnik) == VenuePolicy(venue: golnik))
            try writer.save(policy)
        }
        #expect(try storage.read { try $0.policy(of: golnik) } == policy)
        #expect(try storage.read { try $0.policy(of: zlatoPolje) } == VenuePolicy(venue: zlatoPolje))
        #expect(try storage.read { try $0.policy(of: slug("bled")) } == VenuePolicy(venue: try slug("bled")))
        var stricter = policy
        stricter.minNoticeHours = 48
        try storage.write { try $0.save(stricter) }
        #expect(try storage.read { try $0.policy(of: golnik) } == stricter)
        try storage.write { try $0.save(VenuePolicy(venue: golnik)) }
        #expect(try storage.read { try $0.policy(of: golnik) }.isUnrestricted)
    }

    func aPolicyOfAMissingVenueIsNotFoundAndGoesWithItsVenue() throws {
        let storage = try makeStorage(), sample = try Sample()
        let policy = try VenuePolicy(venue: sample.zlatoPolje.slug, minNoticeHours: 12)
        #expect((thrown { try storage.write { try $0.save(policy) } } as? NotFound)?.description == "no venue \"zlato-polje\"")
        try storage.write { writer throws in
            try writer.save(sample.zlatoPolje)
            try writer.save(policy)
        }
        try storage.write { try $0.removeVenue(sample.zlatoPolje.slug) }
        try storage.write { try $0.save(sample.zlatoPolje) }
        #expect(try storage.read { try $0.policy(of: sample.zlatoPolje.slug) }.isUnrestricted)
    }
}
