import BookingStore
import Bookings
import CivilTime
import Foundation
import Testing

@Suite struct BookingTimesTests {
    @Test func savingAgainKeepsCreatedAndMovesModified() throws {
        let database = try AppDatabase()
        let before = LocalDateTime(secondsSinceEpoch: Int64(Date().timeIntervalSince1970) - 1)
        let saved = try database.write { writer in
            try writer.save(try Venue(slug: Slug(folding: "golnik"), name: "KS Golnik", address: "Golnik 45, 4204 Golnik"))
            try writer.save(try Room(venue: Slug(folding: "golnik"), name: "Sejna soba", capacity: 20, openingHours: OpeningHours(parsingLines: ["mon-sun 08:00-22:00"], record: "room")))
            try writer.save(try Group(name: "TD Golnik", token: "abcdefghijklmnop1234"))
            return try writer.save(try Booking(room: RoomRef(parsing: "golnik/sejna-soba"), group: Slug(folding: "td-golnik"),
                                               title: "Seja", start: LocalDateTime(iso: "2027-02-01T19:00"), durationMinutes: 90))
        }
        let id = try #require(saved.id)
        let first = try #require(database.read { try $0.bookingTimes() }[id])
        #expect(first.created >= before && first.modified >= first.created)
        var changed = saved
        changed.title = "Seja upravnega odbora"
        _ = try database.write { try $0.save(changed) }
        let second = try #require(database.read { try $0.bookingTimes() }[id])
        #expect(second.created == first.created)
        #expect(second.modified >= first.modified)
    }
}
