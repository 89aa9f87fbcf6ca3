import Bookings
import PostgresNIO

extension PostgresStore {
    func venues() throws -> [Venue] {
        try session.rows("SELECT slug, name, address, timeZone, admins::text FROM venue ORDER BY slug").map(venue(from:))
    }

    func venue(_ slug: Slug) throws -> Venue? {
        try session.rows("SELECT slug, name, address, timeZone, admins::text FROM venue WHERE slug = \(slug.value)").first.map(venue(from:))
    }

    private func venue(from row: PostgresRow) throws -> Venue {
        let (slug, name, address, timeZone, admins) = try session.decode(row, String.self, String.self, String.self,
                                                                         String.self, String.self)
        return try Venue(slug: Slug(validating: slug, record: "stored venue", field: "slug"), name: name,
                         address: address, timeZone: timeZone, admins: JSONColumn.decode([String].self, admins))
    }

    func save(_ venue: Venue) throws {
        let admins = try JSONColumn.encode(venue.admins)
        if let id = try venueId(venue.slug) {
            try session.execute("""
                UPDATE venue SET name = \(venue.name), address = \(venue.address), timeZone = \(venue.timeZone),
                    admins = \(admins)::jsonb
                WHERE id = \(id)
                """)
        } else {
            try session.execute("""
                INSERT INTO venue (slug, name, address, timeZone, admins)
                VALUES (\(venue.slug.value), \(venue.name), \(venue.address), \(venue.timeZone), \(admins)::jsonb)
                """)
        }
    }

    func removeVenue(_ slug: Slug) throws {
        let id = try require(venueId(slug), "venue", slug)
        try refuseWhileReferenced("SELECT 1 FROM room WHERE venueId = \(id) LIMIT 1",
                                  "venue \(slug) still has rooms: remove them first")
        try refuseWhileReferenced("SELECT 1 FROM closure WHERE venueId = \(id) LIMIT 1",
                                  "venue \(slug) still has closures: remove them first")
        try refuseWhileReferenced("""
            SELECT 1 FROM request, jsonb_array_elements_text(request.details -> 'venues') AS named(value)
            WHERE named.value = \(slug.value) LIMIT 1
            """, "venue \(slug) still has requests that name it: remove or change them first")
        try session.execute("DELETE FROM venue WHERE id = \(id)")
    }

    func rooms(in venue: Slug?) throws -> [Room] {
        let rows: [PostgresRow]
        let select = "SELECT venue.slug, room.slug, room.name, room.capacity, room.features::text, room.openingHours::text FROM room JOIN venue ON venue.id = room.venueId"
        if let venue {
            rows = try session.rows("\(unescaped: select) WHERE venue.slug = \(venue.value)")
        } else {
            rows = try session.rows("\(unescaped: select)")
        }
        return try rows.map(room(from:)).sorted { $0.ref < $1.ref }
    }

    func room(_ ref: RoomRef) throws -> Room? {
        try session.rows("""
            SELECT venue.slug, room.slug, room.name, room.capacity, room.features::text, room.openingHours::text
            FROM room JOIN venue ON venue.id = room.venueId
            WHERE venue.slug = \(ref.venue.value) AND room.slug = \(ref.room.value)
            """).first.map(room(from:))
    }

    private func room(from row: PostgresRow) throws -> Room {
        let (venue, slug, name, capacity, features, openingHours)
            = try session.decode(row, String.self, String.self, String.self, Int.self, String.self, String.self)
        return try Room(venue: Slug(stored: venue), slug: Slug(validating: slug, record: "stored room", field: "slug"),
                        name: name, capacity: capacity, features: JSONColumn.decode([String].self, features),
                        openingHours: JSONColumn.decode(OpeningHours.self, openingHours))
    }

    func save(_ room: Room) throws {
        let venueId = try require(venueId(room.venue), "venue", room.venue)
        let features = try JSONColumn.encode(room.features), openingHours = try JSONColumn.encode(room.openingHours)
        if let id = try roomId(room.ref) {
            try session.execute("""
                UPDATE room SET name = \(room.name), capacity = \(room.capacity), features = \(features)::jsonb,
                    openingHours = \(openingHours)::jsonb
                WHERE id = \(id)
                """)
        } else {
            try session.execute("""
                INSERT INTO room (venueId, slug, name, capacity, features, openingHours)
                VALUES (\(venueId), \(room.slug.value), \(room.name), \(room.capacity), \(features)::jsonb, \(openingHours)::jsonb)
                """)
        }
    }

    func removeRoom(_ ref: RoomRef) throws {
        let id = try require(roomId(ref), "room", ref)
        try refuseWhileReferenced("SELECT 1 FROM booking WHERE roomId = \(id) LIMIT 1",
                                  "room \(ref) still has bookings: remove or move them first")
        // A moved occurrence names its room inside the exception's JSON, out of reach of foreign keys.
        try refuseWhileReferenced("SELECT 1 FROM bookingException WHERE change -> 'moved' ->> 'room' = \(ref.description) LIMIT 1",
                                  "room \(ref) still has occurrences moved into it: move them elsewhere first")
        try refuseWhileReferenced("SELECT 1 FROM closure WHERE roomId = \(id) LIMIT 1",
                                  "room \(ref) still has closures: remove them first")
        try refuseWhileReferenced("""
            SELECT 1 FROM request, jsonb_array_elements_text(request.details -> 'preferredRooms') AS preferred(value)
            WHERE preferred.value = \(ref.description) LIMIT 1
            """, "room \(ref) still has requests that prefer it: remove or change them first")
        try session.execute("DELETE FROM room WHERE id = \(id)")
    }
}
