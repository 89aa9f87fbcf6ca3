import Bookings
import CivilTime
import Foundation
import PostgresNIO

/// The store's reads and writes on one connection, inside the transaction `PostgresAppDatabase` opened.
/// Shaped like `SQLiteStore` (one file per kind of record) so that a method added to the protocol
/// is added to both in the same way.
struct PostgresStore: StoreWriter {
    let session: PostgresSession

    // MARK: Keys

    func venueId(_ slug: Slug) throws -> Int64? {
        try session.value(Int64.self, "SELECT id FROM venue WHERE slug = \(slug.value)")
    }

    func roomId(_ ref: RoomRef) throws -> Int64? {
        try session.value(Int64.self, """
            SELECT room.id FROM room JOIN venue ON venue.id = room.venueId
            WHERE venue.slug = \(ref.venue.value) AND room.slug = \(ref.room.value)
            """)
    }

    func groupId(_ slug: Slug) throws -> Int64? {
        try session.value(Int64.self, "SELECT id FROM \"group\" WHERE slug = \(slug.value)")
    }

    func termId(_ slug: Slug) throws -> Int64? {
        try session.value(Int64.self, "SELECT id FROM term WHERE slug = \(slug.value)")
    }

    func require(_ id: Int64?, _ kind: String, _ key: CustomStringConvertible) throws -> Int64 {
        guard let id else { throw NotFound(kind: kind, key: key.description) }
        return id
    }

    func exists(_ query: PostgresQuery) throws -> Bool {
        try !session.rows(query).isEmpty
    }

    /// Slugs of venues, rooms, groups and terms by row id, to turn references back into domain values.
    func slugMaps() throws -> (venues: [Int64: Slug], rooms: [Int64: RoomRef], groups: [Int64: Slug], terms: [Int64: Slug]) {
        var venues: [Int64: Slug] = [:], rooms: [Int64: RoomRef] = [:], groups: [Int64: Slug] = [:], terms: [Int64: Slug] = [:]
        for row in try session.rows("SELECT id, slug FROM venue") {
            let (id, slug) = try session.decode(row, Int64.self, String.self)
            venues[id] = Slug(stored: slug)
        }
        for row in try session.rows("SELECT id, venueId, slug FROM room") {
            let (id, venueId, slug) = try session.decode(row, Int64.self, Int64.self, String.self)
            if let venue = venues[venueId] { rooms[id] = RoomRef(venue: venue, room: Slug(stored: slug)) }
        }
        for row in try session.rows("SELECT id, slug FROM \"group\"") {
            let (id, slug) = try session.decode(row, Int64.self, String.self)
            groups[id] = Slug(stored: slug)
        }
        for row in try session.rows("SELECT id, slug FROM term") {
            let (id, slug) = try session.decode(row, Int64.self, String.self)
            terms[id] = Slug(stored: slug)
        }
        return (venues, rooms, groups, terms)
    }

    func refuseWhileReferenced(_ query: PostgresQuery, _ message: String) throws {
        if try exists(query) { throw StoreConflict(message) }
    }
}

extension Slug {
    /// A slug read back from the database, where only valid slugs are ever written.
    init(stored text: String) {
        self.init(folding: text)
    }
}
