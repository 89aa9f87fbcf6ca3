import BookingStore
import Bookings
import CivilTime
import Foundation
import Testing

/// Approving re-checks conflicts inside one BEGIN IMMEDIATE transaction, so two administrators
/// approving colliding bookings through two connections to one file can never both succeed.
@Suite struct ApprovalRaceTests {
    static func setUp(_ database: AppDatabase) throws {
        try database.write { writer in
            try writer.save(try Venue(slug: Slug(folding: "golnik"), name: "KS Golnik", address: ""))
            try writer.save(try Room(venue: Slug(folding: "golnik"), slug: Slug(folding: "dvorana"), name: "Dvorana", capacity: 50,
                                     openingHours: .daily(try TimeRange(parsing: "08:00-22:00"))))
            for slug in ["zbor", "sola"] {
                try writer.save(try Group(slug: Slug(folding: slug), name: slug, token: Group.newToken()))
            }
            for (group, hour) in [("zbor", "18:00"), ("sola", "19:00")] {
                try writer.save(try Booking(room: RoomRef(parsing: "golnik/dvorana"), group: Slug(folding: group), title: "Vaje \(group)",
                                            start: LocalDateTime(iso: "2027-01-12T\(hour)"), durationMinutes: 120,
                                            recurrence: "FREQ=WEEKLY;COUNT=4"))
            }
        }
    }

    @Test func twoConnectionsApprovingCollidingBookingsAtOnceCannotBothSucceed() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("race-\(UUID().uuidString).sqlite").path
        try Self.setUp(try AppDatabase(path: path))
        let first = try AppDatabase(path: path, create: false), second = try AppDatabase(path: path, create: false)
        async let a = Self.approve(1, in: first, as: "Ana")
        async let b = Self.approve(2, in: second, as: "Boris")
        let outcomes = await [a, b]
        #expect(outcomes.filter { $0 == nil }.count == 1)
        let clash = try #require(outcomes.compactMap { $0 }.first)
        let winner: Int64 = outcomes[0] == nil ? 1 : 2
        #expect(clash.clashes.map(\.other.id) == [winner])
        #expect(clash.clashes.first?.dates.count == 4)
        let approved = try first.read { reader in try reader.bookings().filter { $0.state == .approved }.compactMap(\.id) }
        #expect(approved == [winner])
        #expect(try first.read { reader in try reader.history(booking: nil).count } == 1)
    }

    /// Nil when approved, the clash when refused.
    static func approve(_ id: Int64, in database: AppDatabase, as actor: String) async -> BookingClash? {
        await Task.detached {
            do {
                _ = try database.write { writer in
                    try BookingDesk(writer, context: ChangeContext(actor: actor))
                        .approve(id, skipConflicts: false, rejectColliding: false, overridePolicy: nil)
                }
                return nil
            } catch let clash as BookingClash {
                return clash
            } catch {
                Issue.record(error)
                return nil
            }
        }.value
    }
}
