import Bookings
import CivilTime
import GRDB

extension SQLiteStore {
    func closures() throws -> [Closure] {
        let maps = try slugMaps()
        return try ClosureRecord.order(Column("firstDay"), Column("id")).fetchAll(db).map { try closure(from: $0, maps.venues, maps.rooms) }
    }

    func closure(id: Int64) throws -> Closure? {
        guard let record = try ClosureRecord.fetchOne(db, key: id) else { return nil }
        let maps = try slugMaps()
        return try closure(from: record, maps.venues, maps.rooms)
    }

    private func closure(from record: ClosureRecord, _ venues: [Int64: Slug], _ rooms: [Int64: RoomRef]) throws -> Closure {
        let scope: Closure.Scope
        if let roomId = record.roomId, let room = rooms[roomId] {
            scope = .room(room)
        } else if let venueId = record.venueId, let venue = venues[venueId] {
            scope = .venue(venue)
        } else {
            scope = .everywhere
        }
        return try Closure(id: record.id, scope: scope, firstDay: LocalDate(iso: record.firstDay),
                           lastDay: LocalDate(iso: record.lastDay),
                           hours: record.hours.map { try TimeRange(parsing: $0) }, reason: record.reason)
    }

    @discardableResult
    func save(_ closure: Closure) throws -> Closure {
        var venueId: Int64?, roomId: Int64?
        switch closure.scope {
        case .everywhere: break
        case .venue(let venue): venueId = try require(self.venueId(venue), "venue", venue)
        case .room(let room): roomId = try require(self.roomId(room), "room", room)
        }
        if let id = closure.id, try ClosureRecord.fetchOne(db, key: id) == nil {
            throw NotFound(kind: "closure", key: String(id))
        }
        var record = ClosureRecord(id: closure.id, venueId: venueId, roomId: roomId,
                                   firstDay: closure.firstDay.description, lastDay: closure.lastDay.description,
                                   hours: closure.hours?.description, reason: closure.reason)
        try record.save(db)
        var saved = closure
        saved.id = record.id
        return saved
    }

    func removeClosure(id: Int64) throws {
        guard try ClosureRecord.deleteOne(db, key: id) else { throw NotFound(kind: "closure", key: String(id)) }
    }

    func groups() throws -> [Group] {
        try GroupRecord.order(GroupRecord.Columns.slug).fetchAll(db).map { try $0.group() }
    }

    func group(_ slug: Slug) throws -> Group? {
        try GroupRecord.filter(GroupRecord.Columns.slug == slug.value).fetchOne(db)?.group()
    }

    func save(_ group: Group) throws {
        let id = try groupId(group.slug)
        if let other = try String.fetchOne(db, sql: "SELECT slug FROM \"group\" WHERE token = ?", arguments: [group.token]),
           other != group.slug.value {
            // Tokens address private feeds, so two groups must never share one.
            throw StoreConflict("group \(other) already has that token: give group \(group.slug) another")
        }
        var record = GroupRecord(group, id: id)
        try record.save(db)
    }

    func removeGroup(_ slug: Slug) throws {
        let id = try require(groupId(slug), "group", slug)
        try refuseWhileReferenced(sql: "SELECT COUNT(*) FROM request WHERE groupId = ?", id,
                                  "group \(slug) still has requests: remove them first")
        try refuseWhileReferenced(sql: "SELECT COUNT(*) FROM booking WHERE groupId = ?", id,
                                  "group \(slug) still has bookings: remove them first")
        _ = try GroupRecord.deleteOne(db, key: id)
    }

    func terms() throws -> [Term] {
        try TermRecord.order(Column("firstDay")).fetchAll(db).map(term(from:))
    }

    func term(_ slug: Slug) throws -> Term? {
        try TermRecord.filter(TermRecord.Columns.slug == slug.value).fetchOne(db).map(term(from:))
    }

    private func term(from record: TermRecord) throws -> Term {
        try Term(slug: Slug(stored: record.slug), name: record.name, firstDay: LocalDate(iso: record.firstDay),
                 lastDay: LocalDate(iso: record.lastDay))
    }

    func save(_ term: Term) throws {
        var record = TermRecord(term, id: try termId(term.slug))
        try record.save(db)
    }

    func removeTerm(_ slug: Slug) throws {
        let id = try require(termId(slug), "term", slug)
        try refuseWhileReferenced(sql: "SELECT COUNT(*) FROM request WHERE termId = ?", id,
                                  "term \(slug) still has requests: remove them first")
        _ = try TermRecord.deleteOne(db, key: id)
    }
}
