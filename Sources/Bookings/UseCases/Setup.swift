/// Where a record came from: a file and line, so that every error can point at it.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public var description: String { "\(file):\(line)" }
}

/// A value with the place in a file it was read from.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

/// An error in an imported file, with its place: `kranj.yaml:14: room "Velika dvorana": capacity …`.
public struct ImportError: Error, CustomStringConvertible {
    public var location: SourceLocation
    public var underlying: any Error

    public init(at location: SourceLocation, _ underlying: any Error) {
        self.location = location
        self.underlying = underlying
    }

    public var description: String { "\(location): \(underlying)" }
}

/// Everything a setup file or spreadsheet describes, validated record by record but not yet checked
/// against the store; `SetupImport` does that and writes it.
public struct Setup: Sendable {
    public var terms: [Located<Term>] = []
    public var venues: [Located<Venue>] = []
    public var rooms: [Located<Room>] = []
    public var closures: [Located<Closure>] = []
    public var groups: [Located<SetupGroup>] = []
    public var requests: [Located<Request>] = []
    public var bookings: [Located<Booking>] = []
    /// The `policy:` mappings of venues.
    public var policies: [Located<VenuePolicy>] = []

    public init() {}

    public var isEmpty: Bool {
        terms.isEmpty && venues.isEmpty && rooms.isEmpty && closures.isEmpty && groups.isEmpty
            && requests.isEmpty && bookings.isEmpty && policies.isEmpty
    }
}

/// A group as a file gives it; a file rarely gives the secret token, and then the stored one is kept.
public struct SetupGroup: Sendable {
    public var group: Group
    public var tokenIsFromFile: Bool

    public init(group: Group, tokenIsFromFile: Bool) {
        self.group = group
        self.tokenIsFromFile = tokenIsFromFile
    }
}

/// How many records of each kind an import added, changed or found as they were.
public struct ImportSummary: Equatable, Sendable, Codable {
    public struct Counts: Equatable, Sendable, Codable {
        public var added = 0
        public var updated = 0
        public var unchanged = 0

        public init() {}
    }

    public var counts: [String: Counts] = [:]

    public init() {}

    mutating func record<T: Equatable>(_ kind: String, existing: T?, new: T) {
        var entry = counts[kind] ?? Counts()
        switch existing {
        case nil: entry.added += 1
        case let old? where old == new: entry.unchanged += 1
        default: entry.updated += 1
        }
        counts[kind] = entry
    }

    /// Adds the counts of another import, for several files imported in one transaction.
    public mutating func add(_ other: ImportSummary) {
        for (kind, more) in other.counts {
            var entry = counts[kind] ?? Counts()
            entry.added += more.added
            entry.updated += more.updated
            entry.unchanged += more.unchanged
            counts[kind] = entry
        }
    }

    /// Kinds in the order a setup file lists them.
    public static let kinds = ["term", "venue", "room", "policy", "closure", "group", "request", "booking"]
}
