import Bookings
import CivilTime
import PostgresNIO

extension PostgresStore {
    func closures() throws -> [Closure] {
        let maps = try slugMaps()
        return try session.rows("SELECT id, venueId, roomId, firstDay, lastDay, hours, reason FROM closure ORDER BY firstDay, id")
            .map { try closure(from: $0, maps.venues, maps.rooms) }
    }

    func closure(id: Int64) throws -> Closure? {
        guard let row = try session.rows("SELECT id, venueId, roomId, firstDay, lastDay, hours, reason FROM closure WHERE id = \(id)").first
        else { return nil }
        let maps = try slugMaps()
        return try closure(from: row, maps.venues, maps.rooms)
    }

    private func closure(from row: PostgresRow, _ venues: [Int64: Slug], _ rooms: [Int64: RoomRef]) throws -> Closure {
        let (id, venueId, roomId, firstDay, lastDay, hours, reason) = try session.decode(
            row, Int64.self, Int64?.self, Int64?.self, String.self, String.self, String?.self, String.self)
        let scope: Closure.Scope
        if let roomId, let room = rooms[roomId] {
            scope = .room(room)
        } else if let venueId, let venue = venues[venueId] {
            scope = .venue(venue)
        } else {
            scope = .everywhere
        }
        return try Closure(id: id, scope: scope, firstDay: LocalDate(iso: firstDay), lastDay: LocalDate(iso: lastDay),
                           hours: hours.map { try TimeRange(parsing: $0) }, reason: reason)
    }

    @discardableResult
    func save(_ closure: Closure) throws -> Closure {
        var venueId: Int64?, roomId: Int64?
        switch closure.scope {
        case .everywhere: break
        case .venue(let venue): venueId = try require(self.venueId(venue), "venue", venue)
        case .room(let room): roomId = try require(self.roomId(room), "room", room)
        }
        let firstDay = closure.firstDay.description, lastDay = closure.lastDay.description, hours = closure.hours?.description
        var saved = closure
        if let id = closure.id {
            let changed = try session.execute("""
                UPDATE closure SET venueId = \(venueId), roomId = \(roomId), firstDay = \(firstDay), lastDay = \(lastDay),
                    hours = \(hours), reason = \(closure.reason)
                WHERE id = \(id)
                """)
            if changed == 0 { throw NotFound(kind: "closure", key: String(id)) }
        } else {
            saved.id = try session.value(Int64.self, """
                INSERT INTO closure (venueId, roomId, firstDay, lastDay, hours, reason)
                VALUES (\(venueId), \(roomId), \(firstDay), \(lastDay), \(hours), \(closure.reason)) RETURNING id
                """)
        }
        return saved
    }

    func removeClosure(id: Int64) throws {
        if try session.execute("DELETE FROM closure WHERE id = \(id)") == 0 { throw NotFound(kind: "closure", key: String(id)) }
    }

    func groups() throws -> [Group] {
        try session.rows("SELECT slug, name, kind, contactName, email, phone, token, language FROM \"group\" ORDER BY slug").map(group(from:))
    }

    func group(_ slug: Slug) throws -> Group? {
        try session.rows("SELECT slug, name, kind, contactName, email, phone, token, language FROM \"group\" WHERE slug = \(slug.value)")
            .first.map(group(from:))
    }

    private func group(from row: PostgresRow) throws -> Group {
        let (slug, name, kind, contactName, email, phone, token, language) = try session.decode(
            row, String.self, String.self, String.self, String.self, String.self, String.self, String.self, String.self)
        return try Group(slug: Slug(validating: slug, record: "stored group", field: "slug"), name: name, kind: kind,
                         contactName: contactName, email: email, phone: phone, language: language, token: token)
    }

    func save(_ group: Group) throws {
        if let other = try session.value(String.self, "SELECT slug FROM \"group\" WHERE token = \(group.token)"),
           other != group.slug.value {
            // Tokens address private feeds, so two groups must never share one.
            throw StoreConflict("group \(other) already has that token: give group \(group.slug) another")
        }
        if let id = try groupId(group.slug) {
            try session.execute("""
                UPDATE "group" SET name = \(group.name), kind = \(group.kind), contactName = \(group.contactName),
                    email = \(group.email), phone = \(group.phone), token = \(group.token), language = \(group.language)
                WHERE id = \(id)
                """)
        } else {
            try session.execute("""
                INSERT INTO "group" (slug, name, kind, contactName, email, phone, token, language)
                VALUES (\(group.slug.value), \(group.name), \(group.kind), \(group.contactName), \(group.email),
                        \(group.phone), \(group.token), \(group.language))
                """)
        }
    }

    func removeGroup(_ slug: Slug) throws {
        let id = try require(groupId(slug), "group", slug)
        try refuseWhileReferenced("SELECT 1 FROM request WHERE groupId = \(id) LIMIT 1",
                                  "group \(slug) still has requests: remove them first")
        try refuseWhileReferenced("SELECT 1 FROM booking WHERE groupId = \(id) LIMIT 1",
                                  "group \(slug) still has bookings: remove them first")
        try session.execute("DELETE FROM \"group\" WHERE id = \(id)")
    }

    func terms() throws -> [Term] {
        try session.rows("SELECT slug, name, firstDay, lastDay FROM term ORDER BY firstDay, id").map(term(from:))
    }

    func term(_ slug: Slug) throws -> Term? {
        try session.rows("SELECT slug, name, firstDay, lastDay FROM term WHERE slug = \(slug.value)").first.map(term(from:))
    }

    private func term(from row: PostgresRow) throws -> Term {
        let (slug, name, firstDay, lastDay) = try session.decode(row, String.self, String.self, String.self, String.self)
        return try Term(slug: Slug(stored: slug), name: name, firstDay: LocalDate(iso: firstDay), lastDay: LocalDate(iso: lastDay))
    }

    func save(_ term: Term) throws {
        let firstDay = term.firstDay.description, lastDay = term.lastDay.description
        if let id = try termId(term.slug) {
            try session.execute("UPDATE term SET name = \(term.name), firstDay = \(firstDay), lastDay = \(lastDay) WHERE id = \(id)")
        } else {
            try session.execute("""
                INSERT INTO term (slug, name, firstDay, lastDay) VALUES (\(term.slug.value), \(term.name), \(firstDay), \(lastDay))
                """)
        }
    }

    func removeTerm(_ slug: Slug) throws {
        let id = try require(termId(slug), "term", slug)
        try refuseWhileReferenced("SELECT 1 FROM request WHERE termId = \(id) LIMIT 1",
                                  "term \(slug) still has requests: remove them first")
        try session.execute("DELETE FROM term WHERE id = \(id)")
    }
}
