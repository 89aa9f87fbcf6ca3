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
