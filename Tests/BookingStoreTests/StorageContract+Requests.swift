import Bookings
import CivilTime
import Testing

/// A request names venues it can reach and rooms it prefers; those references hold like any other.
extension StorageContract {
    func aRequestNamingAMissingVenueOrRoomIsNotSaved() throws {
        let storage = try makeStorage(), sample = try Sample()
        try storage.write { writer throws in
            try writer.save(sample.golnik)
            try writer.save(sample.upokojenci)
            try writer.save(sample.term)
        }
        let before = try Snapshot(storage)
        var elsewhere = sample.requests[1]
        elsewhere.venues = [sample.zlatoPolje.slug]
        elsewhere.preferredRooms = []
        let missingRoom = sample.requests[0]
        #expect((thrown { try storage.write { try $0.save(elsewhere) } } as? NotFound)?.description == "no venue \"zlato-polje\"")
        #expect((thrown { try storage.write { try $0.save(missingRoom) } } as? NotFound)?.description
            == "no room \"golnik/velika-dvorana\"")
        #expect(try Snapshot(storage) == before)
    }

    func aVenueOrRoomThatARequestNamesCannotBeRemoved() throws {
        let storage = try makeStorage(), sample = try Sample()
        var request = sample.requests[0]
        request.venues = [sample.zlatoPolje.slug]
        try storage.write { writer throws in
            for venue in sample.venues { try writer.save(venue) }
            try writer.save(sample.dvorana)
            try writer.save(sample.upokojenci)
            try writer.save(sample.term)
            try writer.save(request)
        }
        let before = try Snapshot(storage)
        #expect((thrown { try storage.write { try $0.removeRoom(sample.dvorana.ref) } } as? StoreConflict)?.message
            == "room golnik/velika-dvorana still has requests that prefer it: remove or change them first")
        #expect((thrown { try storage.write { try $0.removeVenue(sample.zlatoPolje.slug) } } as? StoreConflict)?.message
            == "venue zlato-polje still has requests that name it: remove or change them first")
        #expect(try Snapshot(storage) == before)
    }
}

extension StorageContract {
    func aSecondRequestWithTheSameGroupTermAndTitleIsAConflict() throws {
        let storage = try makeStorage(), sample = try Sample()
        let saved = try storage.write { try sample.save(into: $0) }
        var copy = saved.requests[0]
        copy.id = nil
        let before = try Snapshot(storage)
        let error = thrown { try storage.write { _ = try $0.save(copy) } }
        #expect((error as? StoreConflict)?.message
            == "request \(saved.requests[0].id ?? 0) of group \(copy.group) in term \(copy.term) is already titled \"\(copy.title)\"")
        #expect(try Snapshot(storage) == before)
    }

    func twoGroupsCannotShareAToken() throws {
        let storage = try makeStorage(), sample = try Sample()
        _ = try storage.write { try sample.save(into: $0) }
        var thief = sample.gasilci
        thief.token = sample.upokojenci.token
        let before = try Snapshot(storage)
        let error = thrown { try storage.write { try $0.save(thief) } }
        #expect((error as? StoreConflict)?.message
            == "group \(sample.upokojenci.slug) already has that token: give group \(thief.slug) another")
        #expect(try Snapshot(storage) == before)
    }
}
