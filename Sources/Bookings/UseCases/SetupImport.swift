/// Writes a `Setup` into the store: records are matched by their natural keys (slugs; a request by
/// group, term and title; a booking by room, group, title and start), so importing the same file
/// twice changes nothing. References are checked against the store as the import proceeds, and any
/// error names the file and line of the record. Run it inside one write transaction.
public enum SetupImport {
    /// `context` names who imports, for the history, which gets one entry per booking or policy added or changed.
    public static func apply(_ setup: Setup, to store: any StoreWriter,
                             context: ChangeContext = ChangeContext(actor: "import")) throws -> ImportSummary {
        try refuseRepeats(setup.terms, key: \.slug.value) { "term \"\($0.name)\"" }
        try refuseRepeats(setup.venues, key: \.slug.value) { "venue \"\($0.name)\"" }
        try refuseRepeats(setup.rooms, key: \.ref.description) { "room \"\($0.name)\"" }
        try refuseRepeats(setup.groups, key: \.group.slug.value) { "group \"\($0.group.name)\"" }
        var summary = ImportSummary()
        for entry in setup.terms {
            try located(entry.location) {
                summary.record("term", existing: try store.term(entry.value.slug), new: entry.value)
                try store.save(entry.value)
            }
        }
        for entry in setup.venues {
            try located(entry.location) {
                summary.record("venue", existing: try store.venue(entry.value.slug), new: entry.value)
                try store.save(entry.value)
            }
        }
        for entry in setup.rooms {
            try located(entry.location) {
                summary.record("room", existing: try store.room(entry.value.ref), new: entry.value)
                try store.save(entry.value)
            }
        }
        try importPolicies(setup.policies, into: store, summary: &summary, context: context)
        try importClosures(setup.closures, into: store, summary: &summary)
        for entry in setup.groups {
            try located(entry.location) {
                var group = entry.value.group
                let existing = try store.group(group.slug)
                if let existing, !entry.value.tokenIsFromFile { group.token = existing.token }
                summary.record("group", existing: existing, new: group)
                try store.save(group)
            }
        }
        try importRequests(setup.requests, into: store, summary: &summary)
        try importBookings(setup.bookings, into: store, summary: &summary, context: context)
        return summary
    }

    /// Refuses a second record with the same slug in one file: it would silently replace the first, and
    /// importing the file again would report it changed every time.
    static func refuseRepeats<Value>(_ entries: [Located<Value>], key: (Value) -> String,
                                     record: (Value) -> String) throws {
        var first: [String: SourceLocation] = [:]
        for entry in entries {
            let value = key(entry.value)
            if let earlier = first[value] {
                throw ImportError(at: entry.location, InvalidValue(
                    record: record(entry.value), field: "slug", value: value,
                    rule: "must not repeat that of \(earlier) (set slug: to tell them apart)"))
            }
            first[value] = entry.location
        }
    }

    /// Runs `body`, giving any error the place in the file it came from.
    static func located(_ location: SourceLocation, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ImportError {
            throw error
        } catch {
            throw ImportError(at: location, error)
        }
    }

    private static func importClosures(_ closures: [Located<Closure>], into store: any StoreWriter,
                                       summary: inout ImportSummary) throws {
        var stored = Dictionary(try store.closures().map { ($0.identity, $0) }, uniquingKeysWith: { first, _ in first })
        for entry in closures {
            try located(entry.location) {
                try References(store).check(entry.value.scope)
                if stored[entry.value.identity] != nil {
                    summary.record("closure", existing: 0, new: 0)
                } else {
                    stored[entry.value.identity] = try store.save(entry.value)
                    summary.record("closure", existing: Int?.none, new: 0)
                }
            }
        }
    }

    private static func importRequests(_ requests: [Located<Request>], into store: any StoreWriter,
                                       summary: inout ImportSummary) throws {
        var stored = Dictionary(try store.requests().map { ($0.identity, $0) }, uniquingKeysWith: { first, _ in first })
        for entry in requests {
            try located(entry.location) {
                try References(store).check(entry.value)
                // The file's rooms are already saved, so a feature one of them offers is known here.
                try References(store).checkFeatures(entry.value.features, record: "request \"\(entry.value.title)\"")
                var request = entry.value
                let existing = stored[request.identity]
                if let existing {
                    request.id = existing.id
                    request.status = existing.status
                    request.decisions = existing.decisions
                }
                summary.record("request", existing: existing, new: request)
                if existing != request { stored[request.identity] = try store.save(request) }
            }
        }
    }

    private static func importBookings(_ bookings: [Located<Booking>], into store: any StoreWriter,
                                       summary: inout ImportSummary, context: ChangeContext) throws {
        var stored = Dictionary(try store.bookings().map { ($0.identity, $0) }, uniquingKeysWith: { first, _ in first })
        for entry in bookings {
            try located(entry.location) {
                try References(store).check(entry.value)
                try entry.value.validateRecurrence(zone: try References(store).zone(of: entry.value.room.venue))
                var booking = entry.value
                let existing = stored[booking.identity]
                if let existing {
                    booking.id = existing.id
                    booking.requestID = booking.requestID ?? existing.requestID
                    booking.sequence = existing.sequence
                    if existing.changesWhatSubscribersSee(comparedWith: booking) { booking.sequence += 1 }
                }
                summary.record("booking", existing: existing, new: booking)
                if existing != booking {
                    let saved = try store.save(booking)
                    stored[booking.identity] = saved
                    try store.append(importEntry(existing, saved, context: context, file: entry.location.file))
                }
            }
        }
    }
}

extension Booking {
    /// Whether `other` differs in time, room, state or dates, the changes calendar clients must pick up
    /// (RFC 5545 §3.8.7.4: SEQUENCE increases when DTSTART, DTEND, RRULE, EXDATE or STATUS change).
    public func changesWhatSubscribersSee(comparedWith other: Booking) -> Bool {
        start != other.start || durationMinutes != other.durationMinutes || room != other.room
            || recurrence != other.recurrence || state != other.state || exceptions != other.exceptions
    }
}
