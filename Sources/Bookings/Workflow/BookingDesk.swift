import CivilTime

/// The administrator's changes to bookings: book, approve, reject, cancel, move and restore. Each
/// method checks, changes and appends to the history through one `StoreWriter`; run it inside one
/// `BookingStorage.write`, so that a check and the change it allows cannot be separated by another
/// writer, and an error leaves nothing half-written.
public struct BookingDesk {
    let store: any StoreWriter
    let context: ChangeContext

    public init(_ store: any StoreWriter, context: ChangeContext) {
        self.store = store
        self.context = context
    }

    /// What a change did besides the change itself.
    public struct Outcome: Sendable {
        public var booking: Booking
        /// Dates left out because an approved booking holds the room (with `skipConflicts`).
        public var skipped: [Clash] = []
        /// Dates left out because the venue or room is closed.
        public var closed: [OccurrenceException] = []
        /// Tentative bookings the approved one collides with.
        public var collisions: [Clash] = []
        /// Those of them rejected (with `rejectColliding`).
        public var rejected: [Int64] = []
    }

    /// Creates a tentative booking after checking its rule, opening hours, term and the venue's policy;
    /// dates in closures are left out. Refuses with `BookingClash` when an approved booking holds the
    /// room, unless `skipConflicts`, which leaves those dates out and lists them.
    public func book(_ proposed: Booking, skipConflicts: Bool, overridePolicy reason: String?) throws -> Outcome {
        var booking = proposed
        booking.state = .tentative
        booking.sequence = 0
        let references = References(store)
        try references.check(booking)
        let zone = try references.zone(of: booking.room.venue)
        if let requestID = booking.requestID { try checkRequest(requestID, of: booking, zone: zone) }
        try booking.validateRecurrence(zone: zone)
        let room = try references.room(booking.room)
        let subject = "booking \"\(booking.title)\""
        try requireFit(booking, in: room, subject: subject, field: "room")
        let span = ConflictFinder.span(of: booking)
        let occurrences = try booking.occurrences(from: span.from, through: span.through, zone: zone)
        for occurrence in occurrences {
            try requireOpen(room, occurrence.start, minutes: booking.durationMinutes, record: subject, field: "start")
        }
        var outcome = Outcome(booking: booking)
        outcome.closed = try closedDates(of: booking, zone: zone)
        booking.exceptions = try mergedExceptions(booking, adding: outcome.closed)
        try requireSomeDate(booking, subject: subject, why: "the room is closed on every date ("
                            + outcome.closed.map { "\($0.originalDate) \($0.reason)" }.joined(separator: ", ") + ")")
        let broken = try enforcePolicy(on: booking, subject: subject, overrideReason: reason)
        let (finder, others) = try clashCheck(of: booking)
        let clashes = try finder.clashes(of: booking, with: others)
        if !clashes.isEmpty {
            guard skipConflicts else { throw BookingClash(subject: subject, room: booking.room, clashes: clashes) }
            booking.exceptions = try mergedExceptions(booking, adding: skippedExceptions(clashes))
            outcome.skipped = clashes
            try requireSomeDate(booking, subject: subject, why: "approved bookings hold the room on every other date")
        }
        let saved = try store.save(booking)
        outcome.booking = saved
        try record(.booked, before: nil, after: saved, summary: "booked \(saved.room) from \(saved.start) as tentative",
                   reason: skipConflicts && !clashes.isEmpty ? "dates taken by approved bookings left out" : "")
        try recordOverride(of: saved, rules: broken, reason: reason)
        return outcome
    }

    func checkRequest(_ id: Int64, of booking: Booking, zone: ZoneRules) throws {
        guard let request = try store.request(id: id) else { throw NotFound(kind: "request", key: String(id)) }
        guard request.group == booking.group else {
            throw InvalidValue(record: "booking \"\(booking.title)\"", field: "request", value: String(id),
                               rule: "must be a request of group \(booking.group), not of \(request.group)")
        }
        let term = try References(store).term(request.term)
        let span = ConflictFinder.span(of: booking)
        let dates = try booking.occurrences(from: span.from, through: span.through, zone: zone).map(\.start.date)
        if let outside = dates.first(where: { !term.contains($0) }) {
            throw InvalidValue(record: "booking \"\(booking.title)\"", field: "start", value: outside.description,
                               rule: "must fall within term \(term.slug) (\(term.firstDay) to \(term.lastDay)); give --until to end the rule in time")
        }
    }

    /// Refuses a session that does not lie within one opening range of the room on its weekday.
    func requireOpen(_ room: Room, _ start: LocalDateTime, minutes: Int, record: String, field: String) throws {
        let end = start.adding(minutes: minutes)
        let span = try? TimeRange(startMinute: start.time.minuteOfDay, endMinute: end.date == start.date ? end.time.minuteOfDay : 1441)
        guard let span, room.openingHours.allows(span, on: start.date.weekday) else {
            throw InvalidValue(record: record, field: field, value: start.description,
                               rule: "must fall within the opening hours of \(room.ref) (\(room.openingHours.summary)) for \(DurationText.format(minutes: minutes))")
        }
    }

    func mergedExceptions(_ booking: Booking, adding new: [OccurrenceException]) throws -> [OccurrenceException] {
        var byDate = booking.exceptionsByDate
        for exception in new { byDate[exception.originalDate] = exception }
        return byDate.values.sorted { $0.originalDate < $1.originalDate }
    }

    func skippedExceptions(_ clashes: [Clash]) -> [OccurrenceException] {
        var byDate: [LocalDate: OccurrenceException] = [:]
        for clash in clashes {
            for date in clash.dates where byDate[date] == nil {
                byDate[date] = OccurrenceException(originalDate: date, change: .cancelled,
                                                   reason: "room taken by booking \(clash.other.id ?? 0) \"\(clash.other.title)\"")
            }
        }
        return Array(byDate.values)
    }

    /// Throws `PolicyViolation` when the booking breaks its venue's policy and no override reason is
    /// given; returns the rules broken, which an override lets through.
    func enforcePolicy(on booking: Booking, subject: String, overrideReason: String?) throws -> [String] {
        let policy = try store.policy(of: booking.room.venue)
        let zone = try References(store).zone(of: booking.room.venue)
        let group = try References(store).group(booking.group)
        let others = try store.bookings(inRooms: [], orOfGroup: booking.group)
        let rules = try policy.violations(of: booking, group: group, others: others, now: context.localNow(in: zone), zone: zone,
                                          closures: try store.closuresInForce(bookings: others + [booking]))
        guard !rules.isEmpty, overrideReason == nil else { return rules }
        throw PolicyViolation(subject: subject, venue: booking.room.venue, rules: rules)
    }
}
