import CivilTime

/// One STANDARD or DAYLIGHT part of a VTIMEZONE: from `start` (local, in the offset before) on, `offsetTo`.
public struct Observance: Hashable, Sendable {
    /// Which sub-component this is.
    public enum Kind: String, Hashable, Sendable {
        /// STANDARD: winter time, e.g. CET.
        case standard = "STANDARD"
        /// DAYLIGHT: summer time, e.g. CEST.
        case daylight = "DAYLIGHT"
    }

    /// STANDARD or DAYLIGHT.
    public var kind: Kind
    /// DTSTART: the local time of the change, read with `offsetFrom` (RFC 5545 §3.6.5).
    public var start: LocalDateTime
    /// TZOFFSETFROM, in seconds east of UTC.
    public var offsetFrom: Int
    /// TZOFFSETTO, in seconds east of UTC.
    public var offsetTo: Int
    /// TZNAME, e.g. "CEST".
    public var name: String?
    /// RRULE as text, for VTIMEZONEs read from other producers that use the rule form.
    public var recurrenceRule: String?

    /// Creates an observance.
    public init(
        kind: Kind, start: LocalDateTime, offsetFrom: Int, offsetTo: Int, name: String? = nil,
        recurrenceRule: String? = nil
    ) {
        self.kind = kind
        self.start = start
        self.offsetFrom = offsetFrom
        self.offsetTo = offsetTo
        self.name = name
        self.recurrenceRule = recurrenceRule
    }
}

/// A VTIMEZONE as a typed value: its TZID and observances.
public struct TimeZoneDefinition: Hashable, Sendable {
    /// TZID, e.g. "Europe/Ljubljana".
    public var identifier: String
    /// The STANDARD and DAYLIGHT parts, in order.
    public var observances: [Observance]

    /// Creates a definition.
    public init(identifier: String, observances: [Observance]) {
        self.identifier = identifier
        self.observances = observances
    }

    /// Reads a VTIMEZONE component, naming the missing or mistyped property when it cannot.
    public init(_ component: Component) throws(ICalendarError) {
        guard component.name == "VTIMEZONE" else {
            throw ICalendarError(message: "expected a VTIMEZONE, got \(component.name)")
        }
        guard let identifier = component.property("TZID")?.text, !identifier.isEmpty else {
            throw ICalendarError(message: "VTIMEZONE has no TZID")
        }
        var observances: [Observance] = []
        for part in component.components {
            guard let kind = Observance.Kind(rawValue: part.name) else { continue }
            let place = "VTIMEZONE \(identifier), \(part.name)"
            guard case .dateTime(let starts, .floating)? = part.property("DTSTART")?.value, let start = starts.first
            else {
                throw ICalendarError(message: "\(place): DTSTART must be a local DATE-TIME such as 20270328T020000")
            }
            guard case .utcOffset(let from)? = part.property("TZOFFSETFROM")?.value else {
                throw ICalendarError(message: "\(place): TZOFFSETFROM is missing")
            }
            guard case .utcOffset(let to)? = part.property("TZOFFSETTO")?.value else {
                throw ICalendarError(message: "\(place): TZOFFSETTO is missing")
            }
            observances.append(
                Observance(
                    kind: kind, start: start, offsetFrom: from, offsetTo: to, name: part.property("TZNAME")?.text,
                    recurrenceRule: part.recurrenceRule))
        }
        guard !observances.isEmpty else {
            throw ICalendarError(message: "VTIMEZONE \(identifier) has no STANDARD or DAYLIGHT part")
        }
        self.init(identifier: identifier, observances: observances)
    }

    /// The VTIMEZONE component.
    public var component: Component {
        var zone = Component(name: "VTIMEZONE", properties: [Property(name: "TZID", text: identifier)])
        for observance in observances {
            var part = Component(name: observance.kind.rawValue)
            part.append(Property(name: "DTSTART", value: .dateTime([observance.start], .floating)))
            if let rule = observance.recurrenceRule { part.append(Property(name: "RRULE", value: .recur(rule))) }
            part.append(Property(name: "TZOFFSETFROM", value: .utcOffset(observance.offsetFrom)))
            part.append(Property(name: "TZOFFSETTO", value: .utcOffset(observance.offsetTo)))
            if let name = observance.name { part.append(Property(name: "TZNAME", text: name)) }
            zone.components.append(part)
        }
        return zone
    }
}

extension ICalendarDocument {
    /// The document's VTIMEZONEs as typed values.
    public func timeZones() throws(ICalendarError) -> [TimeZoneDefinition] {
        var result: [TimeZoneDefinition] = []
        for component in components(named: "VTIMEZONE") { result.append(try TimeZoneDefinition(component)) }
        return result
    }
}
