extension BookingDesk {
    /// The stored booking with this id, or `NotFound`.
    public func booking(_ id: Int64) throws -> Booking {
        guard let booking = try store.booking(id: id) else { throw NotFound(kind: "booking", key: String(id)) }
        return booking
    }

    /// Approves a tentative booking after re-checking, in this transaction, the venue's policy and the
    /// approved bookings of its rooms. A clash refuses with `BookingClash`, unless `skipConflicts`
    /// leaves those dates out. Lists the tentative bookings it collides with, and with `rejectColliding`
    /// rejects them with a reason that names it. Its request, if any, becomes `scheduled`.
    public func approve(_ id: Int64, skipConflicts: Bool, rejectColliding: Bool, overridePolicy reason: String?) throws -> Outcome {
        let old = try booking(id)
        guard old.state == .tentative else {
            throw WrongState(booking: id, state: old.state, action: "approve it",
                             hint: old.state == .approved ? "it is approved already" : "only tentative bookings can be approved; book it again with `prostor book`")
        }
        let subject = "booking \(id) \"\(old.title)\""
        // The same checks as booking it: rooms, opening hours, policies and closures may have changed since.
        let zone = try References(store).zone(of: old.room.venue)
        try requireFit(old, in: try References(store).room(old.room), subject: subject, field: "room")
        let span = ConflictFinder.span(of: old)
        var rooms: [RoomRef: Room] = [:]
        for occurrence in try old.occurrences(from: span.from, through: span.through, zone: zone) {
            let room = try rooms[occurrence.room] ?? References(store).room(occurrence.room)
            rooms[occurrence.room] = room
            try requireOpen(room, occurrence.start, minutes: old.durationMinutes, record: subject, field: "start")
        }
        let broken = try enforcePolicy(on: old, subject: subject, overrideReason: reason)
        var new = old
        new.state = .approved
        var outcome = Outcome(booking: old)
        outcome.closed = try closedDates(of: old, zone: zone)
        new.exceptions = try mergedExceptions(new, adding: outcome.closed)
        try requireSomeDate(new, subject: subject, why: "the room is closed on every date; reject it instead")
        let (finder, others) = try clashCheck(of: new)
        let clashes = try finder.clashes(of: new, with: others)
        if !clashes.isEmpty {
            guard skipConflicts else { throw BookingClash(subject: subject, room: old.room, clashes: clashes) }
            new.exceptions = try mergedExceptions(new, adding: skippedExceptions(clashes))
            outcome.skipped = clashes
            try requireSomeDate(new, subject: subject, why: "approved bookings hold the room on every other date; reject it instead")
        }
        let skippedText = (outcome.skipped.isEmpty ? "" : "; dates taken by approved bookings left out")
            + (outcome.closed.isEmpty ? "" : "; closed dates left out")
        outcome.booking = try commit(old, new, .approved, summary: "state tentative → approved\(skippedText)", reason: "")
        try recordOverride(of: outcome.booking, rules: broken, reason: reason)
        if let requestID = new.requestID, var request = try store.request(id: requestID), request.status != .scheduled {
            request.status = .scheduled
            try store.save(request)
        }
        outcome.collisions = try finder.tentativeCollisions(of: outcome.booking, among: others)
        if rejectColliding {
            for collision in outcome.collisions {
                guard let otherID = collision.other.id else { continue }
                let reason = "collides with approved booking \(id) \"\(old.title)\" on \(collision.dates.map(\.description).joined(separator: ", "))"
                _ = try reject(otherID, reason: reason)
                outcome.rejected.append(otherID)
            }
        }
        return outcome
    }

    /// Rejects a tentative booking, with the reason the group will be told.
    public func reject(_ id: Int64, reason: String) throws -> Booking {
        let old = try booking(id)
        guard old.state == .tentative else {
            throw WrongState(booking: id, state: old.state, action: "reject it",
                             hint: old.state == .approved ? "cancel it instead" : "only tentative bookings can be rejected")
        }
        try requireReason(reason, for: old)
        var new = old
        new.state = .rejected
        let saved = try commit(old, new, .rejected, summary: "state tentative → rejected", reason: reason)
        try rememberRefusal(of: old, reason: reason)
        return saved
    }

    /// A rejected proposal's room and weekly time go into its request's refused places, so that the next
    /// plan does not offer them again; the request waits to be placed again unless another booking places it.
    func rememberRefusal(of booking: Booking, reason: String) throws {
        guard let requestID = booking.requestID, var request = try store.request(id: requestID) else { return }
        let end = booking.start.adding(minutes: booking.durationMinutes)
        let hours = try TimeRange(startMinute: booking.start.time.minuteOfDay,
                                  endMinute: end.date == booking.start.date ? end.time.minuteOfDay : 1440)
        let place = RefusedPlace(room: booking.room, day: booking.start.date.weekday, hours: hours, reason: reason, booking: booking.id)
        if !request.decisions.refusedPlaces.contains(where: { $0.room == place.room && $0.day == place.day && $0.hours == place.hours }) {
            request.decisions.refusedPlaces.append(place)
        }
        let live = try store.bookings().contains {
            $0.requestID == requestID && $0.id != booking.id && ($0.state == .approved || $0.state == .tentative)
        }
        if request.status == .scheduled && !live { request.status = .pending }
        try store.save(request)
    }

    func requireReason(_ reason: String, for booking: Booking) throws {
        guard !reason.trimmingWhitespace().isEmpty else {
            throw InvalidValue(record: "booking \(booking.id ?? 0) \"\(booking.title)\"", field: "reason", value: reason,
                               rule: "must say why, for the group and the history")
        }
    }
}
