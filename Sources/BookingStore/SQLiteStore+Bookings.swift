import Bookings
import CivilTime
import Foundation
import GRDB

extension SQLiteStore {
    func requests() throws -> [Request] {
        try RequestRecord.order(Column("id")).fetchAll(db).map { $0.request() }
    }

    func request(id: Int64) throws -> Request? {
        try RequestRecord.fetchOne(db, key: id)?.request()
    }

    @discardableResult
    func save(_ request: Request) throws -> Request {
        let groupId = try require(groupId(request.group), "group", request.group)
        let termId = try require(termId(request.term), "term", request.term)
        for venue in request.venues { _ = try require(venueId(venue), "venue", venue) }
        for room in request.preferredRooms { _ = try require(roomId(room), "room", room) }
        if let id = request.id, try RequestRecord.fetchOne(db, key: id) == nil {
            throw NotFound(kind: "request", key: String(id))
        }
        if let other = try Int64.fetchOne(db, sql: "SELECT id FROM request WHERE groupId = ? AND termId = ? AND title = ?",
                                          arguments: [groupId, termId, request.title]), other != request.id {
            throw StoreConflict("request \(other) of group \(request.group) in term \(request.term) is already titled \"\(request.title)\"")
        }
        var record = RequestRecord(request, groupId: groupId, termId: termId)
        try record.save(db)
        var saved = request
        saved.id = record.id
        return saved
    }

    func removeRequest(id: Int64) throws {
        guard try RequestRecord.deleteOne(db, key: id) else { throw NotFound(kind: "request", key: String(id)) }
    }

    func bookings() throws -> [Booking] {
        let maps = try slugMaps()
        let exceptions = Dictionary(grouping: try BookingExceptionRecord.fetchAll(db), by: \.bookingId)
        return try BookingRecord.order(Column("id")).fetchAll(db).map {
            try booking(from: $0, exceptions: exceptions[$0.id ?? -1] ?? [], maps.rooms, maps.groups)
        }
    }

    func bookings(inRooms rooms: Set<RoomRef>, orOfGroup group: Slug?) throws -> [Booking] {
        let maps = try slugMaps()
        // Ids are integers from the store itself, so they can stand in the statement.
        let roomIds = maps.rooms.filter { rooms.contains($0.value) }.keys.sorted().map(String.init)
        let groupId = group.flatMap { slug in maps.groups.first { $0.value == slug }?.key }
        // A moved date may go to one of the rooms: take every booking with a move, and narrow below.
        let records = try BookingRecord.fetchAll(db, sql: """
            SELECT * FROM booking WHERE roomId IN (\(roomIds.isEmpty ? "-1" : roomIds.joined(separator: ",")))
                OR groupId = ? OR id IN (SELECT bookingId FROM bookingException WHERE change LIKE '%moved%')
            ORDER BY id
            """, arguments: [groupId])
        let exceptions = Dictionary(grouping: try BookingExceptionRecord.filter(records.compactMap(\.id).contains(Column("bookingId")))
            .fetchAll(db), by: \.bookingId)
        return try records.map {
            try booking(from: $0, exceptions: exceptions[$0.id ?? -1] ?? [], maps.rooms, maps.groups)
        }.filter { $0.canMeet(rooms: rooms, group: group) }
    }

    func booking(id: Int64) throws -> Booking? {
        guard let record = try BookingRecord.fetchOne(db, key: id) else { return nil }
        let maps = try slugMaps()
        let exceptions = try BookingExceptionRecord.filter(Column("bookingId") == id).fetchAll(db)
        return try booking(from: record, exceptions: exceptions, maps.rooms, maps.groups)
    }

    private func booking(from record: BookingRecord, exceptions: [BookingExceptionRecord],
                         _ rooms: [Int64: RoomRef], _ groups: [Int64: Slug]) throws -> Booking {
        guard let room = rooms[record.roomId], let group = groups[record.groupId],
              let state = Booking.State(rawValue: record.state) else {
            throw DatabaseError(message: "booking \(record.id ?? 0) refers to missing rows or has state \(record.state)")
        }
        return try Booking(id: record.id, requestID: record.requestId, room: room, group: group, title: record.title,
                           description: record.description, start: LocalDateTime(iso: record.start),
                           durationMinutes: record.durationMinutes, recurrence: record.recurrence, state: state,
                           isPublic: record.isPublic, exceptions: exceptions.map { try $0.exception() },
                           sequence: record.sequence)
    }

    @discardableResult
    func save(_ booking: Booking) throws -> Booking {
        let roomId = try require(roomId(booking.room), "room", booking.room)
        let groupId = try require(groupId(booking.group), "group", booking.group)
        let now = Date()
        var createdAt = now
        if let id = booking.id {
            guard let existing = try BookingRecord.fetchOne(db, key: id) else { throw NotFound(kind: "booking", key: String(id)) }
            createdAt = existing.createdAt
        }
        if let requestID = booking.requestID, try RequestRecord.fetchOne(db, key: requestID) == nil {
            throw NotFound(kind: "request", key: String(requestID))
        }
        for exception in booking.exceptions {
            if case .moved(_, let room?) = exception.change { _ = try require(self.roomId(room), "room", room) }
        }
        var record = BookingRecord(id: booking.id, requestId: booking.requestID, roomId: roomId, groupId: groupId,
                                   title: booking.title, description: booking.description,
                                   start: booking.start.description, durationMinutes: booking.durationMinutes,
                                   recurrence: booking.recurrence, state: booking.state.rawValue,
                                   isPublic: booking.isPublic, sequence: booking.sequence,
                                   createdAt: createdAt, modifiedAt: now)
        try record.save(db)
        guard let id = record.id else { throw DatabaseError(message: "booking was saved without an id") }
        try BookingExceptionRecord.filter(Column("bookingId") == id).deleteAll(db)
        for exception in booking.exceptions {
            var exceptionRecord = BookingExceptionRecord(exception, bookingId: id)
            try exceptionRecord.insert(db)
        }
        var saved = booking
        saved.id = id
        return saved
    }

    func removeBooking(id: Int64) throws {
        guard try BookingRecord.deleteOne(db, key: id) else { throw NotFound(kind: "booking", key: String(id)) }
    }
}
