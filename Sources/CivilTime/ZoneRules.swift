/// The UTC offsets of one time zone, precomputed from the time-zone database, for civil ↔ UTC conversion.
///
/// Transitions from 1900 to 2500 are read once per zone identifier (and cached for the process); later
/// instants repeat the 400-year Gregorian cycle of 2100–2500, which is exact for the rule-based transitions
/// the database uses after 2037. Instants before 1900 use the 1900 offset.
public struct ZoneRules: Sendable {
    /// The IANA identifier, e.g. "Europe/Ljubljana".
    public let identifier: String
    let table: ZoneTable

    /// Loads the rules of an IANA zone: `try ZoneRules(identifier: "Europe/Ljubljana")`.
    public init(identifier: String) throws(CivilTimeError) {
        self.identifier = identifier
        self.table = try ZoneTable.cached(identifier: identifier)
    }

    /// The UTC instant of a civil date-time in this zone, following RFC 5545 §3.3.5: a local time that
    /// does not exist (in a spring-forward gap) moves forward by the length of the gap, and an ambiguous one
    /// (in an autumn fold) is the first, earlier instant.
    public func utcSeconds(for local: LocalDateTime) -> Int64 {
        table.utcSeconds(forLocal: local.secondsSinceEpoch)
    }

    /// The offset east of UTC, in seconds, in force at a UTC instant.
    public func offsetSeconds(atUTC seconds: Int64) -> Int {
        table.offsets[table.interval(atUTC: seconds)]
    }

    /// The civil date-time in this zone at a UTC instant.
    public func localDateTime(fromUTC seconds: Int64) -> LocalDateTime {
        LocalDateTime(secondsSinceEpoch: seconds + Int64(offsetSeconds(atUTC: seconds)))
    }

    /// The abbreviation in force at a UTC instant, e.g. "CET" or "CEST" (a numeric "+0530" style where the
    /// database has no name).
    public func abbreviation(atUTC seconds: Int64) -> String {
        table.abbreviations[table.interval(atUTC: seconds)]
    }

    /// Whether daylight-saving time is in force at a UTC instant.
    public func isDaylightSaving(atUTC seconds: Int64) -> Bool {
        table.isDaylightSaving[table.interval(atUTC: seconds)]
    }

    /// The offset changes in `fromUTC ..< toUTC`, in order, for writing a VTIMEZONE.
    public func transitions(fromUTC: Int64, toUTC: Int64) -> [ZoneTransition] {
        table.transitions(fromUTC: fromUTC, toUTC: toUTC)
    }

    /// A converter that remembers the offset interval of the last conversion, for converting many
    /// nearby date-times (such as the occurrences of a rule) without a search each time.
    public func makeConverter() -> UTCConverter {
        UTCConverter(table: table)
    }
}

/// Converts civil date-times of one zone to UTC, caching the offset interval of the previous conversion.
///
/// Gives the same answers as `ZoneRules.utcSeconds(for:)`; consecutive occurrences of a rule usually fall
/// into the same interval, so most conversions are two comparisons and a subtraction.
public struct UTCConverter: Sendable {
    let table: ZoneTable
    // Local seconds in lower..<upper have exactly one instant, at local - offset.
    private var lower: Int64 = 1
    private var upper: Int64 = 0
    private var offset: Int64 = 0

    init(table: ZoneTable) {
        self.table = table
    }

    /// The UTC instant of a civil date-time, as `ZoneRules.utcSeconds(for:)` defines it.
    @inlinable
    public mutating func utcSeconds(for local: LocalDateTime) -> Int64 {
        utcSeconds(forLocalSeconds: local.secondsSinceEpoch)
    }

    /// The UTC instant of civil seconds since 1970-01-01T00:00 (as if UTC), as `ZoneRules` defines it.
    public mutating func utcSeconds(forLocalSeconds local: Int64) -> Int64 {
        if local >= lower && local < upper {
            return local - offset
        }
        if let range = table.unambiguousRange(containingLocal: local) {
            (lower, upper, offset) = range
            return local - offset
        }
        return table.utcSeconds(forLocal: local)
    }

    /// The offset east of UTC at a UTC instant (no caching needed: one binary search).
    public func offsetSeconds(atUTC seconds: Int64) -> Int {
        table.offsets[table.interval(atUTC: seconds)]
    }
}
