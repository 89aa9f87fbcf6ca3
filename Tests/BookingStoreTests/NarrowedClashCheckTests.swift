import BookingStore
import Bookings
import CivilTime
import Foundation
import Testing

/// `approve` reads only the bookings that can meet the one it approves (its rooms, its group) instead
/// of every booking. On a generated busy municipality, each approval must find exactly the clashes,
/// collisions and policy breaches that the check over every booking finds.
@Suite struct NarrowedClashCheckTests {
    /// A deterministic stream of numbers (SplitMix64), so that a failure can be reproduced.
    struct Numbers {
        var state: UInt64
        mutating func below(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    /// Three venues of four rooms (one with a buffer, one with a weekly limit per group), twelve groups
    /// and 400 weekly and one-off bookings on four evenings, a fifth approved, some with dates moved to
    /// a room of another venue, the rest tentative.
    static func municipality(into writer: any StoreWriter, seed: UInt64) throws -> [Booking] {
        var numbers = Numbers(state: seed)
        var rooms: [RoomRef] = []
        for venue in 0..<3 {
            let slug = Slug(folding: "ks-\(venue)")
            try writer.save(Venue(slug: slug, name: "KS \(venue)", address: ""))
            for room in 0..<4 {
                let saved = try Room(venue: slug, slug: Slug(folding: "soba-\(room)"), name: "Soba \(room)", capacity: 50,
                                     openingHours: .daily(TimeRange(parsing: "08:00-24:00")))
                try writer.save(saved)
                rooms.append(saved.ref)
            }
        }
        try writer.save(VenuePolicy(venue: Slug(folding: "ks-1"), bufferMinutes: 15))
        try writer.save(VenuePolicy(venue: Slug(folding: "ks-2"), maxHoursPerGroupPerWeek: 4))
        let groups = (0..<12).map { Slug(folding: "skupina-\($0)") }
        for group in groups { try writer.save(Group(slug: group, name: "Skupina \(group)", kind: "society", token: Group.newToken())) }
        let monday = try LocalDate(iso: "2027-03-01")
        for index in 0..<240 {
            let start = LocalDateTime(date: monday.adding(days: numbers.below(4)),
                                      time: try LocalTime(hour: 16 + numbers.below(5), minute: 15 * numbers.below(4)))
            let weekly = numbers.below(3) > 0
            var exceptions: [OccurrenceException] = []
            if weekly && numbers.below(6) == 0 {
                let week = 1 + numbers.below(5)
                exceptions.append(OccurrenceException(
                    originalDate: start.date.adding(days: 7 * week),
                    change: .moved(to: start.adding(minutes: 7 * 24 * 60 * week + 30 * numbers.below(3)),
                                   room: rooms[numbers.below(rooms.count)]), reason: "Premik"))
            }
            try writer.save(Booking(room: rooms[numbers.below(rooms.count)], group: groups[numbers.below(groups.count)],
                                    title: "Dejavnost \(index)", start: start, durationMinutes: [60, 90, 120][numbers.below(3)],
                                    recurrence: weekly ? "FREQ=WEEKLY;COUNT=\(4 + numbers.below(8))" : nil,
                                    state: numbers.below(5) == 0 ? .approved : .tentative, exceptions: exceptions))
        }
        return try writer.bookings()
    }

    @Test(arguments: [1] as [UInt64])
    func eachApprovalFindsWhatTheCheckOverEveryBookingFinds(seed: UInt64) throws {
        let storage = try AppDatabase()
        let context = ChangeContext(actor: "test", now: Date(timeIntervalSince1970: 1_790_000_000))
        var compared = 0, withClashes = 0, withCollisions = 0, refused = 0
        try storage.write { writer throws in
            let tentative = try Self.municipality(into: writer, seed: seed).filter { $0.state == .tentative }
            for booking in tentative {
                // What the check over every booking finds, before the approval changes anything.
                let all = try writer.bookings()
                let full = try ConflictFinder(writer)
                var approved = booking
                approved.state = .approved
                let clashes = try full.clashes(of: approved, with: all)
                let policy = try writer.policy(of: booking.room.venue)
                let group = try #require(try writer.group(booking.group))
                let zone = try #require(full.zones[booking.room.venue])
                let breaches = try policy.violations(of: booking, group: group, others: all, now: context.localNow(in: zone),
                                                     zone: zone, closures: try writer.closuresInForce())
                let desk = BookingDesk(writer, context: context)
                let id = try #require(booking.id)
                guard breaches.isEmpty else {
                    let error = thrown { try desk.approve(id, skipConflicts: true, rejectColliding: false, overridePolicy: nil) }
                    #expect((error as? PolicyViolation)?.rules == breaches, "booking \(id)")
                    refused += 1
                    continue
                }
                let outcome: BookingDesk.Outcome
                do {
                    outcome = try desk.approve(id, skipConflicts: true, rejectColliding: false, overridePolicy: nil)
                } catch {
                    // Approved bookings hold the room on every date: refused, but only when something clashes.
                    #expect(error is InvalidValue && !clashes.isEmpty, "booking \(id): \(error)")
                    refused += 1
                    continue
                }
                let collisions = try full.tentativeCollisions(of: outcome.booking, among: all)
                #expect(outcome.skipped == clashes, "booking \(id)")
                #expect(outcome.collisions == collisions, "booking \(id)")
                compared += 1
                if !clashes.isEmpty { withClashes += 1 }
                if !collisions.isEmpty { withCollisions += 1 }
            }
        }
        // The generated data must exercise every path, or the comparison proves little.
        #expect(compared > 50 && withClashes > 20 && withCollisions > 20 && refused > 5,
                "\(compared) compared, \(withClashes) with clashes, \(withCollisions) with collisions, \(refused) refused")
    }
}
