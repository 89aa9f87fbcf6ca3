import Bookings
import CivilTime
import Foundation
import Testing

/// A failure thrown on purpose from inside a transaction.
struct Abandoned: Error, Equatable {}

extension StorageContract {
    func aWriteThatThrowsLeavesNothingBehind() throws {
        let storage = try makeStorage(), sample = try Sample()
        let error = thrown {
            try storage.write { writer throws in
                try writer.save(sample.golnik)
                try writer.save(sample.dvorana)
                #expect(try writer.venues() == [sample.golnik])
                throw Abandoned()
            }
        }
        #expect(error is Abandoned)
        #expect(try storage.read { try $0.venues() } == [])
        #expect(try storage.read { try $0.rooms(in: nil) } == [])
    }

    func aFailedSaveUndoesTheEarlierSavesOfItsWrite() throws {
        let storage = try makeStorage(), sample = try Sample()
        _ = try storage.write { try sample.save(into: $0) }
        let before = try Snapshot(storage)
        let orphan = try Room(venue: slug("bled"), name: "Dvorana", capacity: 50, openingHours: .closed)
        let error = thrown {
            try storage.write { writer throws in
                try writer.save(Venue(slug: sample.golnik.slug, name: "Preimenovana", address: ""))
                try writer.removeBooking(id: #require(before.bookings.first?.id))
                try writer.save(orphan)
            }
        }
        #expect((error as? NotFound)?.description == "no venue \"bled\"")
        #expect(try Snapshot(storage) == before)
    }

    func aWriteReturnsTheValueOfItsBody() throws {
        let storage = try makeStorage(), sample = try Sample()
        let closure = try storage.write { writer throws in
            try writer.save(sample.zlatoPolje)
            return try writer.save(sample.closures[1])
        }
        #expect(closure.id != nil)
        #expect(try storage.read { try $0.closures() } == [closure])
    }

    func savesRefuseReferencesToMissingRecords() throws {
        let storage = try makeStorage(), sample = try Sample()
        try storage.write { writer throws in
            try writer.save(sample.golnik)
            try writer.save(sample.dvorana)
            try writer.save(sample.upokojenci)
        }
        let before = try Snapshot(storage)
        var movedAway = sample.bookings[1]
        movedAway.room = sample.dvorana.ref
        movedAway.exceptions = [OccurrenceException(originalDate: try date("2027-03-01"),
                                                    change: .moved(to: try dateTime("2027-03-02T19:00"), room: try roomRef("golnik/klet")))]
        var ofMissingRequest = sample.bookings[1]
        ofMissingRequest.room = sample.dvorana.ref
        ofMissingRequest.requestID = 999
        let cases: [(String, (any StoreWriter) throws -> Void)] = [
            ("no venue \"zlato-polje\"", { try $0.save(sample.klubskaSoba) }),
            ("no venue \"zlato-polje\"", { try $0.save(sample.closures[1]) }),
            ("no room \"golnik/sejna-soba\"", { try $0.save(sample.closures[2]) }),
            ("no term \"spomlad-2027\"", { try $0.save(sample.requests[0]) }),
            ("no room \"golnik/sejna-soba\"", { try $0.save(sample.bookings[1]) }),
            ("no group \"pgd-golnik-mladina\"", { try $0.save(sample.bookings[0]) }),
            ("no room \"golnik/klet\"", { try $0.save(movedAway) }),
            ("no request \"999\"", { try $0.save(ofMissingRequest) }),
        ]
        for (message, save) in cases {
            let error = thrown { try storage.write { try save($0) } }
            #expect((error as? NotFound)?.description == message)
        }
        #expect(try Snapshot(storage) == before)
    }

    func aRoomThatAMovedOccurrenceUsesCannotBeRemoved() throws {
        let storage = try makeStorage(), sample = try Sample()
        var booking = sample.bookings[0]
        booking.exceptions = booking.exceptions.filter { if case .moved(_, _?) = $0.change { true } else { false } }
        try storage.write { writer throws in
            try writer.save(sample.golnik)
            try writer.save(sample.dvorana)
            try writer.save(sample.sejnaSoba)
            try writer.save(sample.gasilci)
            try writer.save(booking)
        }
        let before = try Snapshot(storage)
        let error = thrown { try storage.write { try $0.removeRoom(sample.sejnaSoba.ref) } }
        #expect((error as? StoreConflict)?.message == "room golnik/sejna-soba still has occurrences moved into it: move them elsewhere first")
        #expect(try Snapshot(storage) == before)
    }

    /// A write that commits while a read runs is not seen by that read: the read sees one state.
    /// (A store that serialises reads and writes makes the write wait instead; that passes too.)
    func aReadSeesOneStateWhileAWriteCommits() throws {
        let storage = try makeStorage(), sample = try Sample()
        try storage.write { try $0.save(sample.golnik) }
        let written = DispatchSemaphore(value: 0)
        let (first, second, writeWaited) = try storage.read { reader throws in
            let first = try reader.venues()
            let writer = Thread {
                _ = try? storage.write { try $0.save(sample.zlatoPolje) }
                written.signal()
            }
            writer.start()
            let writeWaited = written.wait(timeout: .now() + 1) == .timedOut
            return (first, try reader.venues(), writeWaited)
        }
        #expect(first == [sample.golnik])
        #expect(second == first)
        if writeWaited { _ = written.wait(timeout: .now() + 10) }
        #expect(try storage.read { try $0.venues() } == sample.venues)
    }
}

extension StorageContract {
    /// `bookings(inRooms:orOfGroup:)` gives, in id order, the bookings with a date in one of the rooms
    /// (a date moved there counts) and those of the group, and no others.
    func bookingsInRoomsOrOfAGroupAreThoseThatCanMeetThem() throws {
        let storage = try makeStorage(), sample = try Sample()
        let saved = try storage.write { writer throws in
            let saved = try sample.save(into: writer)
            let club = try writer.save(Booking(
                room: sample.klubskaSoba.ref, group: sample.upokojenci.slug, title: "Šahovski večer",
                start: dateTime("2027-01-15T18:00"), durationMinutes: 60, recurrence: "FREQ=WEEKLY;COUNT=4",
                exceptions: [OccurrenceException(originalDate: try date("2027-01-22"), change: .cancelled, reason: "Bolezen")]))
            return saved.bookings + [club]
        }
        let (moved, meeting, club) = (saved[0], saved[1], saved[2])
        try storage.read { reader throws in
            #expect(try reader.bookings(inRooms: [sample.dvorana.ref], orOfGroup: nil) == [moved])
            // The first booking moves one date into the meeting room.
            #expect(try reader.bookings(inRooms: [sample.sejnaSoba.ref], orOfGroup: nil) == [moved, meeting])
            #expect(try reader.bookings(inRooms: [], orOfGroup: sample.upokojenci.slug) == [meeting, club])
            #expect(try reader.bookings(inRooms: [sample.klubskaSoba.ref], orOfGroup: sample.gasilci.slug) == [moved, club])
            #expect(try reader.bookings(inRooms: [roomRef("golnik/klet")], orOfGroup: slug("nihce")) == [])
            #expect(try reader.bookings(inRooms: Set(sample.rooms.map(\.ref)), orOfGroup: nil) == reader.bookings())
        }
    }
}
