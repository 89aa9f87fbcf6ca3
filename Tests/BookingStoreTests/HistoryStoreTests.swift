import BookingStore
import Bookings
import Foundation
import GRDB
import Testing

@Suite struct HistoryStoreTests {
    @Test func theSchemaEndsWithTheNotifications() throws {
        #expect(try AppDatabase().schemaVersion() == "v3: notifications")
    }

    @Test func entriesComeBackInOrderAndByBooking() throws {
        let database = try AppDatabase()
        let at = Date(timeIntervalSince1970: 1_800_000_000)
        try database.write { writer in
            try writer.append(HistoryEntry(at: at, actor: "Ana", action: .booked, bookingID: 1, summary: "a"))
            try writer.append(HistoryEntry(at: at, actor: "Ana", action: .approved, bookingID: 2, summary: "b", reason: "ker"))
            try writer.append(HistoryEntry(at: at, actor: "Ana", action: .rejected, bookingID: 1, summary: "c"))
        }
        let all = try database.read { reader in try reader.history(booking: nil) }
        #expect(all.map(\.summary) == ["a", "b", "c"])
        #expect(all.map(\.id) == [1, 2, 3])
        #expect(all[0].at == "2027-01-15T08:00:00Z")
        #expect(try database.read { reader in try reader.history(booking: 1) }.map(\.summary) == ["a", "c"])
    }

    @Test func aPolicyIsStoredPerVenueAndNoneMeansNoLimits() throws {
        let database = try AppDatabase()
        let golnik = Slug(folding: "golnik")
        let policy = try VenuePolicy(venue: golnik, minNoticeHours: 24, bufferMinutes: 10, roomKinds: ["kuhinja": ["Society"]])
        try database.write { writer in
            try writer.save(try Venue(slug: golnik, name: "KS Golnik", address: ""))
            #expect(try writer.policy(of: golnik) == VenuePolicy(venue: golnik))
            try writer.save(policy)
        }
        #expect(try database.read { reader in try reader.policy(of: golnik) } == policy)
        #expect(policy.roomKinds == ["kuhinja": ["society"]])
        try database.write { writer in try writer.save(VenuePolicy(venue: golnik)) }
        #expect(try database.read { reader in try reader.policy(of: golnik) }.isUnrestricted)
    }

    @Test func theDatabaseRefusesToChangeOrRemoveHistory() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("history-\(UUID().uuidString).sqlite").path
        let database = try AppDatabase(path: path)
        _ = try database.write { writer in
            try writer.append(HistoryEntry(at: Date(), actor: "Ana", action: .booked, bookingID: 1, summary: "a"))
        }
        // Another program (or a careless script) on the same file meets the triggers of migration v2.
        let raw = try DatabaseQueue(path: path)
        #expect(throws: DatabaseError.self) { try raw.write { db in try db.execute(sql: "UPDATE history SET actor = 'Boris'") } }
        #expect(throws: DatabaseError.self) { try raw.write { db in try db.execute(sql: "DELETE FROM history") } }
        #expect(try database.read { reader in try reader.history(booking: nil) }.map(\.actor) == ["Ana"])
    }
}
