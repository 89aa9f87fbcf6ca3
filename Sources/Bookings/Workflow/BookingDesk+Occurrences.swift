import CivilTime

extension BookingDesk {
    /// Cancels an approved booking as a whole, or (with `date`) one of its occurrences.
    public func cancel(_ id: Int64, date: LocalDate?, reason: String) throws -> Booking {
        let old = try booking(id)
        guard let date else {
            guard old.state == .approved else {
                throw WrongState(booking: id, state: old.state, action: "cancel it",
                                 hint: old.state == .tentative ? "reject it instead" : "only approved bookings can be cancelled")
            }
            var new = old
            new.state = .cancelled
            return try commit(old, new, .cancelled, summary: "state approved → cancelled", reason: reason)
        }
        try requireLive(old, action: "cancel a date of it")
        _ = try ruleStart(of: old, on: date)
        if case .cancelled? = old.exceptionsByDate[date]?.change {
            throw InvalidValue(record: "booking \(id) \"\(old.title)\"", field: "date", value: date.description,
                               rule: "is cancelled already (restore it with `prostor restore \(id) --date \(date)`)")
        }
        var new = old
        new.exceptions = try mergedExceptions(old, adding: [OccurrenceException(originalDate: date, change: .cancelled, reason: reason)])
        return try commit(old, new, .occurrenceCancelled, summary: "occurrence of \(date) cancelled", reason: reason)
    }

    /// Moves the occurrence the rule puts on `date` to `target`, in `room` or the booking's own; refuses
    /// when the room is closed or not open then, or an approved booking holds it.
    public func move(_ id: Int64, date: LocalDate, to target: LocalDateTime, room: RoomRef?, reason: String,
                     overridePolicy: Bool = false) throws -> Booking {
        let old = try booking(id)
        try requireLive(old, action: "move a date of it")
        _ = try ruleStart(of: old, on: date)
        let record = "booking \(id) \"\(old.title)\""
        if case .cancelled? = old.exceptionsByDate[date]?.change {
            throw InvalidValue(record: record, field: "date", value: date.description,
                               rule: "is cancelled (restore it with `prostor restore \(id) --date \(date)` before moving it)")
        }
        let targetRoom = try References(store).room(room ?? old.room)
        try requireInTerm(target.date, of: old, originalDate: date, record: record)
        try requireOpen(targetRoom, target, minutes: old.durationMinutes, record: record, field: "to")
        if let closure = try closure(taking: targetRoom.ref, at: target, minutes: old.durationMinutes) {
            throw InvalidValue(record: record, field: "to", value: target.description,
                               rule: "must not fall in a closure of \(targetRoom.ref) (\(closure.reason))")
        }
        try requireFit(old, in: targetRoom, subject: record, field: "room")
        let broken = try enforceRoomKinds(targetRoom.ref, for: old.group, subject: "moving \(record) to \(targetRoom.ref)",
                                          overrideReason: overridePolicy ? reason : nil)
        var new = old
        let movedRoom = targetRoom.ref == old.room ? nil : targetRoom.ref
        new.exceptions = try mergedExceptions(old, adding: [OccurrenceException(originalDate: date, change: .moved(to: target, room: movedRoom), reason: reason)])
        try refuseClashes(of: new, on: date, shownAs: target.date, subject: "moving \(record) from \(date) to \(target)", room: targetRoom.ref)
        let saved = try commit(old, new, .moved, summary: "occurrence of \(date) moved to \(target) in \(targetRoom.ref)", reason: reason)
        try recordOverride(of: saved, rules: broken, reason: overridePolicy ? reason : nil)
        return saved
    }

    /// Undoes the cancellation or move of the occurrence the rule puts on `date`.
    public func restore(_ id: Int64, date: LocalDate, reason: String) throws -> Booking {
        let old = try booking(id)
        try requireLive(old, action: "restore a date of it")
        guard let exception = old.exceptionsByDate[date] else {
            throw InvalidValue(record: "booking \(id) \"\(old.title)\"", field: "date", value: date.description,
                               rule: "must be a cancelled or moved date of the booking" + exceptionDates(old))
        }
        var new = old
        new.exceptions.removeAll { $0.originalDate == date }
        // The date comes back at its rule's time in the booking's own room: that must still be open and not closed.
        let record = "booking \(id) \"\(old.title)\""
        let start = try ruleStart(of: old, on: date)
        try requireOpen(try References(store).room(old.room), start, minutes: old.durationMinutes, record: record, field: "date")
        if let closure = try closure(taking: old.room, at: start, minutes: old.durationMinutes) {
            throw InvalidValue(record: record, field: "date", value: date.description,
                               rule: "must not fall in a closure of \(old.room) (\(closure.reason)); remove the closure first")
        }
        try refuseClashes(of: new, on: date, shownAs: date, subject: "restoring booking \(id) \"\(old.title)\" on \(date)", room: old.room)
        let was = if case .cancelled = exception.change { "cancelled" } else { "moved" }
        return try commit(old, new, .restored, summary: "occurrence of \(date) restored (was \(was))", reason: reason)
    }

    func exceptionDates(_ booking: Booking) -> String {
        booking.exceptions.isEmpty ? " (it has none)" : " (\(booking.exceptions.map(\.originalDate.description).joined(separator: ", ")))"
    }

    func requireLive(_ booking: Booking, action: String) throws {
        guard booking.state == .approved || booking.state == .tentative else {
            throw WrongState(booking: booking.id ?? 0, state: booking.state, action: action, hint: "")
        }
    }

    /// The start the booking's rule gives on `date`, or an error naming the date.
    func ruleStart(of booking: Booking, on date: LocalDate) throws -> LocalDateTime {
        let zone = try References(store).zone(of: booking.room.venue)
        let set = try booking.recurrenceSet(zone: zone)
        let starts = set.occurrences(from: LocalDateTime(date: date, time: .midnight), to: LocalDateTime(date: date.adding(days: 1), time: .midnight))
        guard let start = starts.first(where: { _ in true }) else {
            throw InvalidValue(record: "booking \(booking.id ?? 0) \"\(booking.title)\"", field: "date", value: date.description,
                               rule: "must be a date on which the booking takes place (\(booking.recurrence ?? "once on \(booking.start.date)"))")
        }
        return start
    }

    /// A moved occurrence stays in the term of the date it is moved from, when a term holds that date.
    func requireInTerm(_ target: LocalDate, of booking: Booking, originalDate: LocalDate, record: String) throws {
        guard let term = try store.terms().first(where: { $0.contains(originalDate) }), !term.contains(target) else { return }
        throw InvalidValue(record: record, field: "to", value: target.description,
                           rule: "must fall within term \(term.slug) (\(term.firstDay) to \(term.lastDay))")
    }

    /// Refuses when the occurrence of `date` in `candidate` overlaps an approved booking; the message
    /// gives the day it takes place (`shown`), which differs from `date` for a moved occurrence.
    func refuseClashes(of candidate: Booking, on date: LocalDate, shownAs shown: LocalDate, subject: String, room: RoomRef) throws {
        let (finder, others) = try clashCheck(of: candidate)
        let clashes = try finder.clashes(of: candidate, with: others)
            .compactMap { clash -> Clash? in clash.dates.contains(date) ? Clash(other: clash.other, dates: [shown]) : nil }
        if !clashes.isEmpty { throw BookingClash(subject: subject, room: room, clashes: clashes) }
    }
}

extension BookingDesk {
    /// Cancels every date of an approved booking from `day` on, in one change, and returns those dates;
    /// the dates before stay, since they took place.
    public func cancelRemaining(_ id: Int64, from day: LocalDate, reason: String) throws -> [LocalDate] {
        let old = try booking(id)
        try requireLive(old, action: "cancel its remaining dates")
        let zone = try References(store).zone(of: old.room.venue)
        let span = ConflictFinder.span(of: old)
        guard span.through >= day else { return [] }
        let dates = try old.occurrences(from: max(day, span.from), through: span.through, zone: zone)
            .map(\.originalDate).filter { $0 >= day }
        guard !dates.isEmpty else { return [] }
        var new = old
        new.exceptions = try mergedExceptions(old, adding: dates.map {
            OccurrenceException(originalDate: $0, change: .cancelled, reason: reason)
        })
        try commit(old, new, .occurrenceCancelled, summary: "\(dates.count) dates from \(day) cancelled", reason: reason)
        return dates
    }
}
