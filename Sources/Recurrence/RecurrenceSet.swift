import CivilTime

/// The occurrences of a calendar component (RFC 5545 §3.8.5): DTSTART with an optional RRULE, plus RDATEs,
/// minus EXDATEs, expanded lazily in civil time.
///
/// Following libical, DTSTART is an occurrence only when it matches the RRULE: RFC 5545 §3.8.5.3 says "the
/// recurrence set generated with a DTSTART property value not synchronized with the recurrence rule is
/// undefined". Without an RRULE, DTSTART is the first occurrence.
public struct RecurrenceSet: Sendable {
    /// DTSTART.
    public let start: RecurrenceStart
    /// The RRULE, if any.
    public let rule: RecurrenceRule?
    /// RDATEs: extra occurrences, in any order.
    public let additions: [LocalDateTime]
    /// EXDATEs: removed occurrences; for a date-only start only their dates count.
    public let exclusions: [LocalDateTime]
    /// The zone of the civil times, needed only to compare a UTC UNTIL and to convert to UTC.
    public let zone: ZoneRules?
    let plan: RulePlan?
    let sortedAdditions: [Int64]
    let sortedExclusions: [Int64]

    /// Creates a set; fails when the rule cannot be expanded from this start (a sub-daily FREQ with a date).
    ///
    /// Without `zone`, a UTC UNTIL is compared as if the civil times were UTC (floating times).
    public init(
        start: RecurrenceStart, rule: RecurrenceRule? = nil, additions: [LocalDateTime] = [],
        exclusions: [LocalDateTime] = [], zone: ZoneRules? = nil
    ) throws(RecurrenceError) {
        self.start = start
        self.rule = rule
        self.additions = additions
        self.exclusions = exclusions
        self.zone = zone
        plan = try rule.map { (rule) throws(RecurrenceError) in
            try RulePlan(rule: rule, start: start.dateTime, dateOnly: start.isDateOnly)
        }
        let key: (LocalDateTime) -> Int64 = { value in
            start.isDateOnly ? Int64(value.date.dayNumber) * 86_400 : value.secondsSinceEpoch
        }
        var added = additions.map(key)
        if rule == nil { added.append(key(start.dateTime)) }
        sortedAdditions = Array(Set(added)).sorted()
        sortedExclusions = Array(Set(exclusions.map(key))).sorted()
    }

    /// Every occurrence in order, from the first.
    public var occurrences: Occurrences { Occurrences(set: self, from: nil, to: nil) }

    /// The occurrences at or after `from`, skipping whole periods arithmetically where the rule allows.
    public func occurrences(from: LocalDateTime) -> Occurrences {
        Occurrences(set: self, from: from, to: nil)
    }

    /// The occurrences in `from ..< to`.
    public func occurrences(from: LocalDateTime, to: LocalDateTime) -> Occurrences {
        Occurrences(set: self, from: from, to: to)
    }

    /// The lazy sequence of a set's occurrences, in civil time and ascending order, without duplicates.
    public struct Occurrences: Sequence, Sendable {
        let set: RecurrenceSet
        let from: LocalDateTime?
        let to: LocalDateTime?

        /// Iterates the occurrences.
        public func makeIterator() -> Iterator { Iterator(set: set, from: from, to: to) }
    }
}
