import CivilTime

/// A property value, typed as RFC 5545 §3.3 defines; lists hold the comma-separated values of one property.
public enum Value: Hashable, Sendable {
    /// TEXT, one or more (CATEGORIES: `.text(["Glasba", "Otroci"])`); unescaped when read.
    case text([String])
    /// DATE, one or more.
    case date([LocalDate])
    /// DATE-TIME, one or more, all with the same reference (floating, UTC or one TZID).
    case dateTime([LocalDateTime], TimeReference)
    /// DURATION.
    case duration(CalendarDuration)
    /// INTEGER.
    case integer(Int)
    /// URI, as written (URIs are not escaped).
    case uri(String)
    /// CAL-ADDRESS, e.g. "mailto:tajnik@ks-golnik.si".
    case calAddress(String)
    /// RECUR, kept as text such as "FREQ=WEEKLY;BYDAY=TU" (checked for shape only).
    case recur(String)
    /// UTC-OFFSET in seconds east of UTC, as in VTIMEZONE's TZOFFSETFROM and TZOFFSETTO.
    case utcOffset(Int)
    /// Any other value type (PERIOD, FLOAT, BOOLEAN, BINARY…), upper-case, with the raw text after the `:`;
    /// REQUEST-STATUS, whose ";"-separated parts TEXT escaping would change, reads as type "X-STRUCTURED".
    case other(type: String, raw: String)

    /// The RFC 5545 value type name, as written in a VALUE parameter.
    public var typeName: String {
        switch self {
        case .text: return "TEXT"
        case .date: return "DATE"
        case .dateTime: return "DATE-TIME"
        case .duration: return "DURATION"
        case .integer: return "INTEGER"
        case .uri: return "URI"
        case .calAddress: return "CAL-ADDRESS"
        case .recur: return "RECUR"
        case .utcOffset: return "UTC-OFFSET"
        case .other(let type, _): return type.uppercased()
        }
    }

    /// One TEXT value: `.text("Vaje pevskega zbora")`.
    public static func text(_ text: String) -> Value { .text([text]) }

    /// The value types this module parses itself; `.other` must name a different one.
    static let modelledTypes: Set<String> = [
        "TEXT", "DATE", "DATE-TIME", "DURATION", "INTEGER", "URI", "CAL-ADDRESS", "RECUR", "UTC-OFFSET",
    ]

    /// The value type a property has when it carries no VALUE parameter (RFC 5545 §3.7–3.8);
    /// unknown and X- properties default to TEXT (§3.8.8).
    static func defaultType(ofProperty name: String) -> String {
        switch name {
        case "DTSTART", "DTEND", "DUE", "RECURRENCE-ID", "EXDATE", "RDATE", "DTSTAMP", "CREATED",
            "LAST-MODIFIED", "COMPLETED":
            return "DATE-TIME"
        case "DURATION", "TRIGGER": return "DURATION"
        case "SEQUENCE", "PRIORITY", "PERCENT-COMPLETE", "REPEAT": return "INTEGER"
        case "URL", "TZURL", "ATTACH": return "URI"
        case "ORGANIZER", "ATTENDEE": return "CAL-ADDRESS"
        case "RRULE", "EXRULE": return "RECUR"
        case "TZOFFSETFROM", "TZOFFSETTO": return "UTC-OFFSET"
        case "GEO": return "FLOAT"
        case "FREEBUSY": return "PERIOD"
        // Its value is a structured list separated by ";" that TEXT escaping would change.
        case "REQUEST-STATUS": return "X-STRUCTURED"
        default: return "TEXT"
        }
    }
}

/// An RFC 5545 DURATION (§3.3.6): weeks alone, or days and a time part, optionally negative.
public struct CalendarDuration: Hashable, Sendable, CustomStringConvertible {
    /// Whether the duration points backwards (`-PT15M`, used by alarms).
    public var isNegative: Bool
    /// Whole weeks; when non-zero the other fields must be zero (`P2W`).
    public var weeks: Int
    /// Days (nominal: a day across a daylight-saving change is 23 or 25 hours).
    public var days: Int
    /// Hours.
    public var hours: Int
    /// Minutes.
    public var minutes: Int
    /// Seconds.
    public var seconds: Int

    /// Creates a duration from days and time: `CalendarDuration(hours: 1, minutes: 30)` is `PT1H30M`.
    public init(days: Int = 0, hours: Int = 0, minutes: Int = 0, seconds: Int = 0, isNegative: Bool = false) {
        self.isNegative = isNegative
        self.weeks = 0
        self.days = days
        self.hours = hours
        self.minutes = minutes
        self.seconds = seconds
    }

    /// Creates a duration of whole weeks: `P2W`.
    public init(weeks: Int, isNegative: Bool = false) {
        self.init(isNegative: isNegative)
        self.weeks = weeks
    }

    /// The length in seconds with nominal days of 86 400 seconds, negative when `isNegative`.
    public var totalSeconds: Int {
        let total = ((weeks * 7 + days) * 24 + hours) * 3600 + minutes * 60 + seconds
        return isNegative ? -total : total
    }

    /// The RFC 5545 text, e.g. "PT1H30M", "P1D", "P2W", "-PT15M", "PT0S".
    public var description: String {
        var text = isNegative ? "-P" : "P"
        if weeks != 0 { return text + "\(weeks)W" }
        if days != 0 { text += "\(days)D" }
        guard hours != 0 || minutes != 0 || seconds != 0 || days == 0 else { return text }
        text += "T"
        // The grammar has no hour-then-second form, so a zero minute is written between them.
        if hours != 0 { text += "\(hours)H" }
        if minutes != 0 || (hours != 0 && seconds != 0) { text += "\(minutes)M" }
        if seconds != 0 || (hours == 0 && minutes == 0) { text += "\(seconds)S" }
        return text
    }
}
