import Bookings
import CivilTime
import Foundation
import PostgresNIO

extension PostgresStore {
    func requests() throws -> [Request] {
        try session.rows("SELECT id, details::text FROM request ORDER BY id").map(request(from:))
    }

    func request(id: Int64) throws -> Request? {
        try session.rows("SELECT id, details::text FROM request WHERE id = \(id)").first.map(request(from:))
    }

    private func request(from row: PostgresRow) throws -> Request {
        let (id, details) = try session.decode(row, Int64.self, String.self)
        var request = try JSONColumn.decode(Request.self, details)
        request.id = id
        return request
    }

    @discardableResult
    func save(_ request: Request) throws -> Request {
        let groupId = try require(groupId(request.group), "group", request.group)
        let termId = try require(termId(request.term), "term", request.term)
        for venue in request.venues { _ = try require(venueId(venue), "venue", venue) }
        for room in request.preferredRooms { _ = try require(roomId(room), "room", room) }
        if let id = request.id, try !exists("SELECT 1 FROM request WHERE id = \(id)") {
            throw NotFound(kind: "request", key: String(id))
        }
        if let other = try session.value(Int64.self, """
            SELECT id FROM request WHERE groupId = \(groupId) AND termId = \(termId) AND title = \(request.title)
            """), other != request.id {
            throw StoreConflict("request \(other) of group \(request.group) in term \(request.term) is already titled \"\(request.title)\"")
        }
        let details = try JSONColumn.encode(request), status = request.status.rawValue
        var saved = request
        if let id = request.id {
            try session.execute("""
                UPDATE request SET groupId = \(groupId), termId = \(termId), title = \(request.title),
                    details = \(details)::jsonb, status = \(status)
                WHERE id = \(id)
                """)
        } else {
            saved.id = try session.value(Int64.self, """
                INSERT INTO request (groupId, termId, title, details, status)
                VALUES (\(groupId), \(termId), \(request.title), \(details)::jsonb, \(status)) RETURNING id
                """)
        }
        return saved
    }

    func removeRequest(id: Int64) throws {
        if try session.execute("DELETE FROM request WHERE id = \(id)") == 0 { throw NotFound(kind: "request", key: String(id)) }
    }

    private static let bookingColumns = """
        id, requestId, roomId, groupId, title, description, start, durationMinutes, recurrence, state, isPublic, sequence
        """

    func bookings() throws -> [Booking] {
        let maps = try slugMaps()
        var exceptions: [Int64: [OccurrenceException]] = [:]
        for row in try session.rows("SELECT bookingId, originalDate, change::text, reason FROM bookingException ORDER BY bookingId, originalDate") {
            let (bookingId, exception) = try self.exception(from: row)
            exceptions[bookingId, default: []].append(exception)
        }
        return try session.rows("SELECT \(unescaped: Self.bookingColumns) FROM booking ORDER BY id").map {
            try booking(from: $0, exceptions: exceptions, maps.rooms, maps.groups)
        }
    }

    func bookings(inRooms rooms: Set<RoomRef>, orOfGroup group: Slug?) throws -> [Booking] {
        let maps = try slugMaps()
        // Ids are integers from the store itself, so they can stand in the statement.
        let roomIds = maps.rooms.filter { rooms.contains($0.value) }.keys.sorted().map(String.init)
        let groupId = group.flatMap { slug in maps.groups.first { $0.value == slug }?.key }
        // A moved date may go to one of the rooms: take every booking with a move, and narrow below.
        let chosen = """
            SELECT id FROM booking WHERE roomId IN (\(roomIds.isEmpty ? "-1" : roomIds.joined(separator: ",")))
                OR groupId = \(groupId.map(String.init) ?? "NULL")
                OR id IN (SELECT bookingId FROM bookingException WHERE change::text LIKE '%moved%')
            """
        var exceptions: [Int64: [OccurrenceException]] = [:]
        for row in try session.rows("""
            SELECT bookingId, originalDate, change::text, reason FROM bookingException
            WHERE bookingId IN (\(unescaped: chosen)) ORDER BY bookingId, originalDate
            """) {
            let (bookingId, exception) = try self.exception(from: row)
            exceptions[bookingId, default: []].append(exception)
        }
        return try session.rows("""
            SELECT \(unescaped: Self.bookingColumns) FROM booking WHERE id IN (\(unescaped: chosen)) ORDER BY id
            """).map {
            try booking(from: $0, exceptions: exceptions, maps.rooms, maps.groups)
        }.filter { $0.canMeet(rooms: rooms, group: group) }
    }

    func booking(id: Int64) throws -> Booking? {
        guard let row = try session.rows("SELECT \(unescaped: Self.bookingColumns) FROM booking WHERE id = \(id)").first
        else { return nil }
        let maps = try slugMaps()
        var exceptions: [Int64: [OccurrenceException]] = [:]
        for row in try session.rows("SELECT bookingId, originalDate, change::text, reason FROM bookingException WHERE bookingId = \(id) ORDER BY originalDate") {
            exceptions[id, default: []].append(try self.exception(from: row).1)
        }
        return try booking(from: row, exceptions: exceptions, maps.rooms, maps.groups)
    }

    private func exception(from row: PostgresRow) throws -> (Int64, OccurrenceException) {
        let (bookingId, originalDate, change, reason) = try session.decode(row, Int64.self, String.self, String.self, String.self)
        return (bookingId, OccurrenceException(originalDate: try LocalDate(iso: originalDate),
                                               change: try JSONColumn.decode(OccurrenceException.Change.self, change), reason: reason))
    }

    private func booking(from row: PostgresRow, exceptions: [Int64: [OccurrenceException]],
                         _ rooms: [Int64: RoomRef], _ groups: [Int64: Slug]) throws -> Booking {
        let (id, requestId, roomId, groupId, title, description, start, durationMinutes, recurrence, stateName, isPublic, sequence)
            = try session.decode(row, Int64.self, Int64?.self, Int64.self, Int64.self, String.self, String.self, String.self,
                                 Int.self, String?.self, String.self, Bool.self, Int.self)
        guard let room = rooms[roomId], let group = groups[groupId], let state = Booking.State(rawValue: stateName) else {
            throw PostgresStoreError.server("booking \(id) refers to missing rows or has state \(stateName)")
        }
        return try Booking(id: id, requestID: requestId, room: room, group: group, title: title, description: description,
                           start: LocalDateTime(iso: start), durationMinutes: durationMinutes, recurrence: recurrence,
                           state: state, isPublic: isPublic, exceptions: exceptions[id] ?? [], sequence: sequence)
    }

    @discardableResult
    func save(_ booking: Booking) throws -> Booking {
        let roomId = try require(roomId(booking.room), "room", booking.room)
        let groupId = try require(groupId(booking.group), "group", booking.group)
        if let id = booking.id, try !exists("SELECT 1 FROM booking WHERE id = \(id)") {
            throw NotFound(kind: "booking", key: String(id))
        }
        if let requestID = booking.requestID, try !exists("SELECT 1 FROM request WHERE id = \(requestID)") {
            throw NotFound(kind: "request", key: String(requestID))
        }
        for exception in booking.exceptions {
            if case .moved(_, let room?) = exception.change { _ = try require(self.roomId(room), "room", room) }
        }
        let now = Date(), start = booking.start.description, state = booking.state.rawValue
        let id: Int64?
        if let existing = booking.id {
            try session.execute("""
                UPDATE booking SET requestId = \(booking.requestID), roomId = \(roomId), groupId = \(groupId),
                    title = \(booking.title), description = \(booking.description), start = \(start),
                    durationMinutes = \(booking.durationMinutes), recurrence = \(booking.recurrence), state = \(state),
                    isPublic = \(booking.isPublic), sequence = \(booking.sequence), modifiedAt = \(now)
                WHERE id = \(existing)
                """)
            try session.execute("DELETE FROM bookingException WHERE bookingId = \(existing)")
            id = existing
        } else {
            id = try session.value(Int64.self, """
                INSERT INTO booking (requestId, roomId, groupId, title, description, start, durationMinutes, recurrence,
                                     state, isPublic, sequence, createdAt, modifiedAt)
                VALUES (\(booking.requestID), \(roomId), \(groupId), \(booking.title), \(booking.description), \(start),
                        \(booking.durationMinutes), \(booking.recurrence), \(state), \(booking.isPublic), \(booking.sequence),
                        \(now), \(now))
                RETURNING id
                """)
        }
        guard let id else { throw PostgresStoreError.server("booking was saved without an id") }
        for exception in booking.exceptions {
            let change = try JSONColumn.encode(exception.change)
            try session.execute("""
                INSERT INTO bookingException (bookingId, originalDate, change, reason)
                VALUES (\(id), \(exception.originalDate.description), \(change)::jsonb, \(exception.reason))
                """)
        }
        var saved = booking
        saved.id = id
        return saved
    }

    func removeBooking(id: Int64) throws {
        if try session.execute("DELETE FROM booking WHERE id = \(id)") == 0 { throw NotFound(kind: "booking", key: String(id)) }
    }
}
