import CivilTime

/// The checks every change of a booking goes through — book, approve, move and restore alike — so
/// that no path lets through what another refuses: the room must fit the request it places, closed
/// dates are left out (or refused, for a single date), and a booking must keep at least one date.
extension BookingDesk {
    /// Refuses a room too small for the request's audience or without the features it needs; a booking
    /// without a request has no audience to compare. `Room.misfits(for:)` is the rule `conflicts` reports.
    func requireFit(_ booking: Booking, in room: Room, subject: String, field: String) throws {
        guard let requestID = booking.requestID, let request = try store.request(id: requestID) else { return }
        if let misfit = room.misfits(for: request).first {
            throw InvalidValue(record: subject, field: field, value: room.ref.description,
                               rule: "must suit request \(requestID) \"\(request.title)\": \(misfit)")
        }
    }

    /// The dates of the booking that a closure takes, as cancelled exceptions naming the closure: those
    /// `BookingDates`, the expansion every view reads, gives as closed.
    func closedDates(of booking: Booking, zone: ZoneRules) throws -> [OccurrenceException] {
        let span = ConflictFinder.span(of: booking)
        return try BookingDates(booking, closures: try store.closuresInForce(bookings: [booking]), zone: zone)
            .dates(from: span.from, through: span.through)
            .compactMap { date in
                guard case .closed(let closure) = date.status else { return nil }
                return OccurrenceException(originalDate: date.occurrence.originalDate, change: .cancelled, reason: "closed: \(closure.reason)")
            }
    }

    /// The first closure that takes a single session in `room` from `start` for `minutes`.
    func closure(taking room: RoomRef, at start: LocalDateTime, minutes: Int) throws -> Closure? {
        let end = start.adding(minutes: minutes)
        guard let span = try? TimeRange(startMinute: start.time.minuteOfDay,
                                        endMinute: end.date == start.date ? end.time.minuteOfDay : 1440) else { return nil }
        let year = start.date.year
        return try store.closuresInForce(bookings: [], alsoYears: year...year).first { $0.blocks(room, on: start.date, during: span) }
    }

    /// What checking `booking` for clashes needs: the bookings that can meet it in its rooms, and a
    /// finder over their venues. `ConflictFinder.clashes` pairs dates only within one room, so these give
    /// the same clashes as every booking would, at the cost of one room's bookings instead of all.
    func clashCheck(of booking: Booking) throws -> (finder: ConflictFinder, others: [Booking]) {
        let others = try store.bookings(inRooms: booking.roomsUsed, orOfGroup: nil)
        let venues = Set(others.map(\.room.venue)).union(booking.roomsUsed.map(\.venue))
        return (try ConflictFinder(store, clashesIn: venues, among: others + [booking]), others)
    }

    /// Refuses a booking none of whose dates takes place: approving or keeping it would hold nothing
    /// and tell the group it has a room when it has none.
    func requireSomeDate(_ booking: Booking, subject: String, why: String) throws {
        let zone = try References(store).zone(of: booking.room.venue)
        let span = ConflictFinder.span(of: booking)
        let dates = try BookingDates(booking, closures: try store.closuresInForce(bookings: [booking]), zone: zone)
        guard dates.occurrences(from: span.from, through: span.through).isEmpty else { return }
        throw InvalidValue(record: subject, field: "start", value: booking.start.description,
                           rule: "must leave at least one date that takes place; \(why)")
    }

    /// Refuses, unless overridden, a room the venue's policy keeps for other kinds of group.
    func enforceRoomKinds(_ room: RoomRef, for group: Slug, subject: String, overrideReason: String?) throws -> [String] {
        let policy = try store.policy(of: room.venue)
        let kind = try References(store).group(group).kind
        guard let rule = policy.roomKindRule(room, group: group, kind: kind) else { return [] }
        let rules = [rule]
        guard overrideReason == nil else { return rules }
        throw PolicyViolation(subject: subject, venue: room.venue, rules: rules)
    }
}

extension Room {
    /// Why the room does not suit the request, in words: too small, or lacking features it needs.
    public func misfits(for request: Request) -> [String] {
        var misfits: [String] = []
        if request.audience > capacity { misfits.append("\(request.audience) people in \(ref), which holds \(capacity)") }
        let missing = missingFeatures(request.features)
        if !missing.isEmpty { misfits.append("\(ref) has no \(missing.joined(separator: ", "))") }
        return misfits
    }
}
