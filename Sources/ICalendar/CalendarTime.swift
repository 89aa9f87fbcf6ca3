import CivilTime

/// How the date-times of a DATE-TIME value relate to an instant (RFC 5545 §3.3.5).
public enum TimeReference: Hashable, Sendable {
    /// No zone: the same civil time wherever the reader is ("floating").
    case floating
    /// UTC, written with a trailing `Z`.
    case utc
    /// Civil time in the zone named by the TZID parameter, e.g. "Europe/Ljubljana".
    case zone(String)
}

/// A DATE or DATE-TIME as one value of DTSTART, DTEND, RECURRENCE-ID, RDATE or EXDATE.
public enum CalendarTime: Hashable, Sendable {
    /// A whole day (VALUE=DATE), e.g. an all-day closure.
    case date(LocalDate)
    /// A civil date-time with no zone.
    case floating(LocalDateTime)
    /// A UTC date-time (its civil fields read in UTC).
    case utc(LocalDateTime)
    /// A civil date-time in a zone: `.zoned(start, zone: "Europe/Ljubljana")`.
    case zoned(LocalDateTime, zone: String)

    /// The property value of this one time.
    public var value: Value {
        switch self {
        case .date(let date): return .date([date])
        case .floating(let time): return .dateTime([time], .floating)
        case .utc(let time): return .dateTime([time], .utc)
        case .zoned(let time, let zone): return .dateTime([time], .zone(zone))
        }
    }

    /// The times of a DATE or DATE-TIME value (empty for other values).
    public static func times(in value: Value) -> [CalendarTime] {
        switch value {
        case .date(let dates): return dates.map { .date($0) }
        case .dateTime(let times, .floating): return times.map { .floating($0) }
        case .dateTime(let times, .utc): return times.map { .utc($0) }
        case .dateTime(let times, .zone(let zone)): return times.map { .zoned($0, zone: zone) }
        default: return []
        }
    }

    /// Groups times into as few values as possible, keeping order within each kind (one per DATE, UTC,
    /// floating or zone), because one RDATE or EXDATE property holds times of a single kind.
    public static func values(grouping times: [CalendarTime]) -> [Value] {
        var order: [GroupKey] = []
        var groups: [GroupKey: [CalendarTime]] = [:]
        for time in times {
            let key = GroupKey(time)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(time)
        }
        return order.compactMap { key in
            guard let members = groups[key] else { return nil }
            switch key {
            case .date: return .date(members.compactMap { if case .date(let d) = $0 { d } else { nil } })
            case .reference(let reference): return .dateTime(members.compactMap(\.localDateTime), reference)
            }
        }
    }

    /// The civil date-time, or nil for a DATE.
    public var localDateTime: LocalDateTime? {
        switch self {
        case .date: return nil
        case .floating(let time), .utc(let time), .zoned(let time, _): return time
        }
    }

    private enum GroupKey: Hashable {
        case date
        case reference(TimeReference)

        init(_ time: CalendarTime) {
            switch time {
            case .date: self = .date
            case .floating: self = .reference(.floating)
            case .utc: self = .reference(.utc)
            case .zoned(_, let zone): self = .reference(.zone(zone))
            }
        }
    }
}
