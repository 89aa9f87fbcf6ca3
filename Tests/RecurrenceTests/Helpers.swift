import CivilTime
import Recurrence

/// A set from ISO text, for short tests.
func recurrence(
    _ start: String, _ rule: String?, additions: [String] = [], exclusions: [String] = [], zone: ZoneRules? = nil
) throws -> RecurrenceSet {
    try RecurrenceSet(
        start: RecurrenceStart(parsing: start), rule: rule.map { try RecurrenceRule(parsing: $0) },
        additions: additions.map { try LocalDateTime(iso: $0) }, exclusions: exclusions.map { try LocalDateTime(iso: $0) },
        zone: zone)
}

extension Sequence<LocalDateTime> {
    /// The occurrences as ISO text.
    var texts: [String] { map(\.description) }
}
