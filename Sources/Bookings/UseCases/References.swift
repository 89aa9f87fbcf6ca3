import CivilTime

/// Checks that the records a value names exist in the store, and suggests the nearest ones when not.
public struct References {
    let store: any StoreReader

    public init(_ store: any StoreReader) { self.store = store }

    public func venue(_ slug: Slug) throws -> Venue {
        if let venue = try store.venue(slug) { return venue }
        throw NotFound(kind: "venue", key: slug.value, suggestions: nearest(slug.value, in: try store.venues().map(\.slug.value)))
    }

    public func room(_ ref: RoomRef) throws -> Room {
        if let room = try store.room(ref) { return room }
        let rooms = try store.rooms(in: nil).map(\.ref.description)
        throw NotFound(kind: "room", key: ref.description, suggestions: nearest(ref.description, in: rooms))
    }

    public func group(_ slug: Slug) throws -> Group {
        if let group = try store.group(slug) { return group }
        throw NotFound(kind: "group", key: slug.value, suggestions: nearest(slug.value, in: try store.groups().map(\.slug.value)))
    }

    public func term(_ slug: Slug) throws -> Term {
        if let term = try store.term(slug) { return term }
        throw NotFound(kind: "term", key: slug.value, suggestions: nearest(slug.value, in: try store.terms().map(\.slug.value)))
    }

    /// The time-zone rules of a venue, in which its bookings' civil times are meant.
    public func zone(of venue: Slug) throws -> ZoneRules {
        let venue = try self.venue(venue)
        do {
            return try ZoneRules(identifier: venue.timeZone)
        } catch {
            throw InvalidValue(record: "venue \"\(venue.name)\"", field: "timezone", value: venue.timeZone, rule: error.message)
        }
    }

    public func check(_ scope: Closure.Scope) throws {
        switch scope {
        case .everywhere: break
        case .venue(let venue): _ = try self.venue(venue)
        case .room(let room): _ = try self.room(room)
        }
    }

    /// Checks the records a request names, and that its given dates lie in its term and on the days its
    /// windows accept: a date the scheduler would have to drop is refused when it is typed, not lost later.
    public func check(_ request: Request) throws {
        _ = try group(request.group)
        let term = try term(request.term)
        for venue in request.venues { _ = try self.venue(venue) }
        for room in request.preferredRooms { _ = try self.room(room) }
        guard case .dates(let dates) = request.pattern else { return }
        let record = "request \"\(request.title)\""
        if let outside = dates.first(where: { !term.contains($0) }) {
            throw InvalidValue(record: record, field: "dates", value: outside.description,
                               rule: "must fall within term \(term.slug) (\(term.firstDay) to \(term.lastDay))")
        }
        let days = Set(request.windows.flatMap(\.days))
        if let offDay = dates.first(where: { !days.contains($0.weekday) }) {
            throw InvalidValue(record: record, field: "dates", value: offDay.description,
                               rule: "must fall on a day the request's times name (\(days.sorted().map(\.code).joined(separator: ", "))); "
                                   + "\(offDay) is a \(offDay.weekday.code)")
        }
    }

    /// A feature no room offers is a typo or a wish no hall can meet: refused, with the nearest known ones.
    public func checkFeatures(_ features: [String]) throws {
        guard !features.isEmpty else { return }
        let offered = Set(try store.rooms(in: nil).flatMap(\.features))
        for feature in features where !offered.contains(feature) {
            throw NotFound(kind: "feature", key: feature, suggestions: nearest(feature, in: offered.sorted()))
        }
    }

    /// The same check for a record read from a file, naming the record and the field:
    /// `request "Pevske vaje": features must be a feature some room offers (did you mean "projector"?), got "projektor"`.
    public func checkFeatures(_ features: [String], record: String) throws {
        do {
            try checkFeatures(features)
        } catch let missing as NotFound {
            let hint = missing.suggestions.isEmpty ? "" : " (did you mean \(missing.suggestions.map { "\"\($0)\"" }.joined(separator: ", "))?)"
            throw InvalidValue(record: record, field: "features", value: missing.key, rule: "must be a feature some room offers\(hint)")
        }
    }

    public func check(_ booking: Booking) throws {
        _ = try room(booking.room)
        _ = try group(booking.group)
        for exception in booking.exceptions {
            if case .moved(_, let room?) = exception.change { _ = try self.room(room) }
        }
    }
}

/// Up to three known keys close to `key`: those containing it or contained in it, then those within a
/// small edit distance, so a typo such as `golnik/velika-dvorna` gets `golnik/velika-dvorana`.
public func nearest(_ key: String, in known: [String]) -> [String] {
    let scored = known.compactMap { candidate -> (String, Int)? in
        if candidate.contains(key) || key.contains(candidate) { return (candidate, 0) }
        let distance = editDistance(Array(key), Array(candidate))
        return distance <= max(2, key.count / 4) ? (candidate, distance) : nil
    }
    return scored.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(3).map(\.0)
}

func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    var previous = Array(0...b.count)
    for (i, x) in a.enumerated() {
        var current = [i + 1] + [Int](repeating: 0, count: b.count)
        for (j, y) in b.enumerated() {
            current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
        }
        previous = current
    }
    return previous[b.count]
}
