import CivilTime

extension Component {
    /// A VTIMEZONE for `rules` that describes every UTC offset in force during `span` (UTC seconds, from the
    /// first DTSTART to the end of the last occurrence), one STANDARD or DAYLIGHT part per transition:
    /// `Component.timeZone(try ZoneRules(identifier: "Europe/Ljubljana"), covering: first...last)`.
    ///
    /// Explicit transitions rather than an RRULE for the EU rule: they come straight from the time-zone
    /// database, so they are right for any zone and any year (including rule changes) with nothing to
    /// verify, and a feed's span is a term or a year, which is a handful of parts.
    public static func timeZone(_ rules: ZoneRules, covering span: ClosedRange<Int64>) -> Component {
        let end = span.upperBound == .max ? Int64.max : span.upperBound + 1
        var transitions = rules.transitions(fromUTC: span.lowerBound, toUTC: end)
        if transitions.first?.utcSeconds != span.lowerBound {
            transitions.insert(openingTransition(rules, at: span.lowerBound), at: 0)
        }
        let zone = TimeZoneDefinition(
            identifier: rules.identifier,
            observances: transitions.map { transition in
                Observance(
                    kind: transition.isDaylightSaving ? .daylight : .standard, start: transition.localStart,
                    offsetFrom: transition.offsetBefore, offsetTo: transition.offsetAfter,
                    name: transition.abbreviation)
            })
        return zone.component
    }

    /// A VTIMEZONE for the IANA zone `identifier` covering `span` (see `timeZone(_:covering:)`).
    public static func timeZone(identifier: String, covering span: ClosedRange<Int64>) throws(ICalendarError) -> Component {
        do {
            return timeZone(try ZoneRules(identifier: identifier), covering: span)
        } catch {
            throw ICalendarError(message: error.message)
        }
    }

    /// The transition that set the offset in force at `instant`, or a fixed observance when the zone has had
    /// none (such as UTC, or a zone that stopped changing long ago beyond the search).
    private static func openingTransition(_ rules: ZoneRules, at instant: Int64) -> ZoneTransition {
        var window: Int64 = 366 * 86_400
        // Doubling back to about 1024 years finds the last change of any zone the database knows.
        for _ in 0..<11 {
            if let previous = rules.transitions(fromUTC: instant - window, toUTC: instant).last {
                return previous
            }
            window *= 2
        }
        let offset = rules.offsetSeconds(atUTC: instant)
        let epoch = Int64(0) - Int64(offset)  // DTSTART 19700101T000000 local
        return ZoneTransition(
            utcSeconds: epoch, offsetBefore: offset, offsetAfter: offset,
            abbreviation: rules.abbreviation(atUTC: instant), isDaylightSaving: rules.isDaylightSaving(atUTC: instant))
    }
}
