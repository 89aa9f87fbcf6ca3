import BookingImport
import BookingStore
import Bookings
import CivilTime
import Foundation
import ICalendar
import Testing

/// The pilot (Fixtures/kranj) imported into an in-memory database, read as feed data with fixed
/// CREATED and LAST-MODIFIED times, since the store stamps them with the clock.
func pilotFeedData() throws -> FeedData {
    let database = try AppDatabase()
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let setup = try SetupFiles.read(path: root.appendingPathComponent("Fixtures/kranj/kranj.yaml").path)
    _ = try database.write { try SetupImport.apply(setup, to: $0) }
    var data = try database.read { try FeedData($0) }
    let stamp = try LocalDateTime(iso: "2026-12-01T09:00:00")
    data.times = data.times.mapValues { _ in RecordTimes(created: stamp, modified: stamp.adding(minutes: 30)) }
    return data
}

/// The DTSTAMP of every feed the tests write.
let fixedStamp = FeedOptions(host: "prostor.kranj.si", timestamp: LocalDateTime(secondsSinceEpoch: 1_799_568_000))

/// A small world for tests that need one room, one venue and one group.
struct MiniWorld {
    var venue: Venue
    var room: Room
    var group: Group
    var closures: [Closure] = []
    var bookings: [Booking] = []

    init() throws {
        venue = try Venue(slug: Slug(folding: "golnik"), name: "KS Golnik", address: "Golnik 45, 4204 Golnik")
        room = try Room(venue: venue.slug, name: "Velika dvorana", capacity: 120,
                        openingHours: OpeningHours(parsingLines: ["mon-sun 08:00-22:00"], record: "room"))
        group = try Group(slug: Slug(folding: "td-golnik"), name: "Turistično društvo Golnik", token: "abcdefghijklmnop1234")
    }

    /// A booking of the group in the room, with the next id.
    mutating func book(_ title: String, start: String, minutes: Int = 120, rule: String? = "FREQ=WEEKLY;UNTIL=20270331",
                       state: Booking.State = .approved, isPublic: Bool = true, description: String = "",
                       exceptions: [OccurrenceException] = [], sequence: Int = 0) throws {
        bookings.append(try Booking(id: Int64(bookings.count + 1), room: room.ref, group: group.slug, title: title,
                                    description: description, start: LocalDateTime(iso: start), durationMinutes: minutes,
                                    recurrence: rule, state: state, isPublic: isPublic, exceptions: exceptions,
                                    sequence: sequence))
    }

    var data: FeedData {
        FeedData(venues: [venue], rooms: [room], groups: [group], closures: closures, bookings: bookings)
    }

    func document(_ scope: FeedScope) throws -> ICalendarDocument {
        try Feed(scope: scope, data: data).document(fixedStamp)
    }

    func text(_ scope: FeedScope) throws -> String {
        try ICalendarWriter.write(document(scope))
    }
}
