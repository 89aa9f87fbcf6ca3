import Bookings
import CivilTime
import Foundation
import GRDB

/// The store's reads and writes on one connection, inside the transaction `AppDatabase` opened.
struct SQLiteStore: StoreWriter {
    let db: Database

    // MARK: Keys

    func venueId(_ slug: Slug) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT id FROM venue WHERE slug = ?", arguments: [slug.value])
    }

    func roomId(_ ref: RoomRef) throws -> Int64? {
        try Int64.fetchOne(db, sql: """
            SELECT room.id FROM room JOIN venue ON venue.id = room.venueId
            WHERE venue.slug = ? AND room.slug = ?
            """, arguments: [ref.venue.value, ref.room.value])
    }

    func groupId(_ slug: Slug) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT id FROM \"group\" WHERE slug = ?", arguments: [slug.value])
    }

    func termId(_ slug: Slug) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT id FROM term WHERE slug = ?", arguments: [slug.value])
    }

    func require(_ id: Int64?, _ kind: String, _ key: CustomStringConvertible) throws -> Int64 {
        guard let id else { throw NotFound(kind: kind, key: key.description) }
        return id
    }

    /// Slugs of venues, rooms and groups by row id, to turn references back into domain values.
    func slugMaps() throws -> (venues: [Int64: Slug], rooms: [Int64: RoomRef], groups: [Int64: Slug], terms: [Int64: Slug]) {
        let venues = try VenueRecord.fetchAll(db)
        var venueSlugs: [Int64: Slug] = [:]
        for venue in venues { if let id = venue.id { venueSlugs[id] = Slug(stored: venue.slug) } }
        var rooms: [Int64: RoomRef] = [:]
        for room in try RoomRecord.fetchAll(db) {
            if let id = room.id, let venue = venueSlugs[room.venueId] {
                rooms[id] = RoomRef(venue: venue, room: Slug(stored: room.slug))
            }
        }
        var groups: [Int64: Slug] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, slug FROM \"group\"") {
            groups[row["id"]] = Slug(stored: row["slug"])
        }
        var terms: [Int64: Slug] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, slug FROM term") {
            terms[row["id"]] = Slug(stored: row["slug"])
        }
        return (venueSlugs, rooms, groups, terms)
    }

    // MARK: Places

    func venues() throws -> [Venue] {
        try VenueRecord.order(VenueRecord.Columns.slug).fetchAll(db).map { try $0.venue() }
    }

    func venue(_ slug: Slug) throws -> Venue? {
        try VenueRecord.filter(VenueRecord.Columns.slug == slug.value).fetchOne(db)?.venue()
    }

    func save(_ venue: Venue) throws {
        var record = VenueRecord(venue, id: try venueId(venue.slug))
        try record.save(db)
    }

    func removeVenue(_ slug: Slug) throws {
        let id = try require(venueId(slug), "venue", slug)
        try refuseWhileReferenced(sql: "SELECT COUNT(*) FROM room WHERE venueId = ?", id,
                                  "venue \(slug) still has rooms: remove them first")
        try refuseWhileReferenced(sql: "SELECT COUNT(*) FROM closure WHERE venueId = ?", id,
                                  "venue \(slug) still has closures: remove them first")
        try refuseWhileReferenced(sql: "SELECT COUNT(*) FROM request, json_each(request.details, '$.venues') WHERE json_each.value = ?",
                                  slug.value, "venue \(slug) still has requests that name it: remove or change them first")
        _ = try VenueRecord.deleteOne(db, key: id)
    }

    func rooms(in venue: Slug?) throws -> [Room] {
        let maps = try slugMaps()
        var request = RoomRecord.all()
        if let venue {
            request = request.filter(RoomRecord.Columns.venueId == (try venueId(venue) ?? -1))
        }
        return try request.fetchAll(db).compactMap { record in
            try maps.venues[record.venueId].map { try record.room(venue: $0) }
        }.sorted { $0.ref < $1.ref }
    }

    func room(_ ref: RoomRef) throws -> Room? {
        guard let id = try roomId(ref) else { return nil }
        return try RoomRecord.fetchOne(db, key: id)?.room(venue: ref.venue)
    }

    func save(_ room: Room) throws {
        let venueId = try require(venueId(room.venue), "venue", room.venue)
        var record = RoomRecord(room, id: try roomId(room.ref), venueId: venueId)
        try record.save(db)
    }

    func removeRoom(_ ref: RoomRef) throws {
        let id = try require(roomId(ref), "room", ref)
        try refuseWhileReferenced(sql: "SELECT COUNT(*) FROM booking WHERE roomId = ?", id,
                                  "room \(ref) still has bookings: remove or move them first")
        // A moved occurrence names its room inside the exception's JSON, out of reach of foreign keys.
        try refuseWhileReferenced(sql: "SELECT COUNT(*) FROM bookingException WHERE json_extract(change, '$.moved.room') = ?",
                                  ref.description, "room \(ref) still has occurrences moved into it: move them elsewhere first")
        try refuseWhileReferenced(sql: "SELECT COUNT(*) FROM closure WHERE roomId = ?", id,
                                  "room \(ref) still has closures: remove them first")
        try refuseWhileReferenced(sql: "SELECT COUNT(*) FROM request, json_each(request.details, '$.preferredRooms') WHERE json_each.value = ?",
                                  ref.description, "room \(ref) still has requests that prefer it: remove or change them first")
        _ = try RoomRecord.deleteOne(db, key: id)
    }

    func refuseWhileReferenced(sql: String, _ key: some DatabaseValueConvertible, _ message: String) throws {
        if try Int.fetchOne(db, sql: sql, arguments: [key]) ?? 0 > 0 { throw StoreConflict(message) }
    }
}

extension Slug {
    /// A slug read back from the database, where only valid slugs are ever written.
    init(stored text: String) {
        self.init(folding: text)
    }
}
