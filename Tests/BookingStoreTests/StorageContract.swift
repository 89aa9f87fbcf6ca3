import Bookings
import CivilTime
import Foundation
import Testing

/// The checks every `BookingStorage` must pass, written against the protocol only, so that another
/// implementation (PostgreSQL) can run them with its own factory. Each call of `makeStorage` must
/// give a new, empty store; each call of `openTwice` two handles on one new, empty database, as two
/// processes would have them.
struct StorageContract {
    let makeStorage: () throws -> any BookingStorage
    let openTwice: () throws -> (any BookingStorage, any BookingStorage)

    func savedRecordsReadBackExactly() throws {
        let storage = try makeStorage(), sample = try Sample()
        let saved = try storage.write { try sample.save(into: $0) }
        let snapshot = try Snapshot(storage)
        #expect(snapshot.venues == sample.venues)
        #expect(snapshot.rooms == sample.rooms)
        #expect(snapshot.closures == saved.closures.sorted { $0.firstDay < $1.firstDay })
        #expect(snapshot.groups == sample.groups)
        #expect(snapshot.terms == [sample.term])
        #expect(snapshot.requests == saved.requests)
        #expect(snapshot.bookings == saved.bookings)
        try storage.read { reader throws in
            #expect(try reader.venue(sample.zlatoPolje.slug) == sample.zlatoPolje)
            #expect(try reader.room(sample.dvorana.ref) == sample.dvorana)
            #expect(try reader.rooms(in: sample.golnik.slug) == [sample.sejnaSoba, sample.dvorana])
            #expect(try reader.group(sample.upokojenci.slug) == sample.upokojenci)
            #expect(try reader.term(sample.term.slug) == sample.term)
            for closure in saved.closures { #expect(try reader.closure(id: #require(closure.id)) == closure) }
            for request in saved.requests { #expect(try reader.request(id: #require(request.id)) == request) }
            for booking in saved.bookings { #expect(try reader.booking(id: #require(booking.id)) == booking) }
        }
    }

    func missingKeysReadAsNil() throws {
        let storage = try makeStorage()
        try storage.read { reader throws in
            #expect(try reader.venue(slug("bled")) == nil)
            #expect(try reader.room(roomRef("golnik/klet")) == nil)
            #expect(try reader.rooms(in: slug("bled")) == [])
            #expect(try reader.group(slug("nihce")) == nil)
            #expect(try reader.term(slug("jesen-2027")) == nil)
            #expect(try reader.closure(id: 1) == nil)
            #expect(try reader.request(id: 1) == nil)
            #expect(try reader.booking(id: 1) == nil)
        }
    }

    func insertsGetDistinctIdsThatFindThem() throws {
        let storage = try makeStorage(), sample = try Sample()
        let saved = try storage.write { try sample.save(into: $0) }
        let closureIds = saved.closures.compactMap(\.id), requestIds = saved.requests.compactMap(\.id)
        let bookingIds = saved.bookings.compactMap(\.id)
        #expect(Set(closureIds).count == sample.closures.count)
        #expect(Set(requestIds).count == sample.requests.count)
        #expect(Set(bookingIds).count == sample.bookings.count)
        #expect(saved.bookings[0].requestID == saved.requests[0].id)
    }

    func savingAgainReplacesTheRecordWithTheSameKey() throws {
        let storage = try makeStorage(), sample = try Sample()
        let saved = try storage.write { try sample.save(into: $0) }
        let before = try Snapshot(storage)
        let venue = try Venue(slug: sample.golnik.slug, name: "Krajevna skupnost Golnik", address: "Golnik 46")
        var room = sample.dvorana
        room.capacity = 100
        room.openingHours = .daily(try hours("10:00-12:00"))
        var group = sample.upokojenci
        group.email = "info@du-golnik.si"
        let term = try Term(slug: sample.term.slug, name: "Spomladanski semester", firstDay: date("2027-02-01"),
                            lastDay: date("2027-06-30"))
        var closure = saved.closures[2]
        closure.reason = "Popravilo peči"
        var request = saved.requests[1]
        request.audience = 30
        request.status = .withdrawn
        var booking = saved.bookings[0]
        booking.exceptions = [OccurrenceException(originalDate: try date("2027-05-04"),
                                                  change: .moved(to: try dateTime("2027-05-05T18:00"), room: sample.sejnaSoba.ref))]
        booking.state = .cancelled
        booking.sequence += 1
        try storage.write { writer throws in
            try writer.save(venue)
            try writer.save(room)
            try writer.save(group)
            try writer.save(term)
            #expect(try writer.save(closure) == closure)
            #expect(try writer.save(request) == request)
            #expect(try writer.save(booking) == booking)
        }
        let after = try Snapshot(storage)
        #expect(after.venues == [venue, sample.zlatoPolje])
        #expect(after.rooms == [sample.sejnaSoba, room, sample.klubskaSoba])
        #expect(after.groups == [group, sample.gasilci])
        #expect(after.terms == [term])
        #expect(after.closures == before.closures.map { $0.id == closure.id ? closure : $0 })
        #expect(after.requests == before.requests.map { $0.id == request.id ? request : $0 })
        #expect(after.bookings == before.bookings.map { $0.id == booking.id ? booking : $0 })
    }

    func removalRefusesWhileOtherRecordsReferToIt() throws {
        let storage = try makeStorage(), sample = try Sample()
        _ = try storage.write { try sample.save(into: $0) }
        let before = try Snapshot(storage)
        let refusals: [(String, (any StoreWriter) throws -> Void)] = [
            ("venue golnik still has rooms: remove them first", { try $0.removeVenue(sample.golnik.slug) }),
            ("room golnik/velika-dvorana still has bookings: remove or move them first", { try $0.removeRoom(sample.dvorana.ref) }),
            ("room golnik/sejna-soba still has bookings: remove or move them first", { try $0.removeRoom(sample.sejnaSoba.ref) }),
            ("group du-golnik still has requests: remove them first", { try $0.removeGroup(sample.upokojenci.slug) }),
            ("group pgd-golnik-mladina still has bookings: remove them first", { try $0.removeGroup(sample.gasilci.slug) }),
            ("term spomlad-2027 still has requests: remove them first", { try $0.removeTerm(sample.term.slug) }),
        ]
        for (message, removal) in refusals {
            let error = thrown { try storage.write { try removal($0) } }
            #expect((error as? StoreConflict)?.message == message)
        }
        #expect(try Snapshot(storage) == before)
    }

    func removalSucceedsOnceNothingRefersToIt() throws {
        let storage = try makeStorage(), sample = try Sample()
        let saved = try storage.write { try sample.save(into: $0) }
        try storage.write { writer throws in
            for booking in saved.bookings { try writer.removeBooking(id: #require(booking.id)) }
            for request in saved.requests { try writer.removeRequest(id: #require(request.id)) }
            for closure in saved.closures { try writer.removeClosure(id: #require(closure.id)) }
            for room in sample.rooms { try writer.removeRoom(room.ref) }
            for venue in sample.venues { try writer.removeVenue(venue.slug) }
            for group in sample.groups { try writer.removeGroup(group.slug) }
            try writer.removeTerm(sample.term.slug)
        }
        let empty = try Snapshot(storage)
        #expect(empty.venues.isEmpty && empty.rooms.isEmpty && empty.closures.isEmpty && empty.groups.isEmpty)
        #expect(empty.terms.isEmpty && empty.requests.isEmpty && empty.bookings.isEmpty)
    }

    func closuresKeepTheirVenueAndRoomFromBeingRemoved() throws {
        let storage = try makeStorage(), sample = try Sample()
        try storage.write { writer throws in
            for venue in sample.venues { try writer.save(venue) }
            for room in sample.rooms { try writer.save(room) }
            for closure in sample.closures { try writer.save(closure) }
            try writer.removeRoom(sample.klubskaSoba.ref)
        }
        #expect((thrown { try storage.write { try $0.removeVenue(sample.zlatoPolje.slug) } } as? StoreConflict)?.message
            == "venue zlato-polje still has closures: remove them first")
        #expect((thrown { try storage.write { try $0.removeRoom(sample.sejnaSoba.ref) } } as? StoreConflict)?.message
            == "room golnik/sejna-soba still has closures: remove them first")
    }

    func removingOrReplacingWhatIsMissingIsNotFound() throws {
        let storage = try makeStorage(), sample = try Sample()
        var closure = sample.closures[0], request = sample.requests[0], booking = sample.bookings[1]
        closure.id = 999
        request.id = 999
        booking.id = 999
        _ = try storage.write { try sample.save(into: $0) }
        let before = try Snapshot(storage)
        let cases: [(String, (any StoreWriter) throws -> Void)] = [
            ("no venue \"bled\"", { try $0.removeVenue(slug("bled")) }),
            ("no room \"golnik/klet\"", { try $0.removeRoom(roomRef("golnik/klet")) }),
            ("no group \"nihce\"", { try $0.removeGroup(slug("nihce")) }),
            ("no term \"jesen-2027\"", { try $0.removeTerm(slug("jesen-2027")) }),
            ("no closure \"999\"", { try $0.removeClosure(id: 999) }),
            ("no request \"999\"", { try $0.removeRequest(id: 999) }),
            ("no booking \"999\"", { try $0.removeBooking(id: 999) }),
            ("no closure \"999\"", { try $0.save(closure) }),
            ("no request \"999\"", { try $0.save(request) }),
            ("no booking \"999\"", { try $0.save(booking) }),
        ]
        for (message, change) in cases {
            let error = thrown { try storage.write { try change($0) } }
            #expect((error as? NotFound)?.description == message)
        }
        #expect(try Snapshot(storage) == before)
    }
}
