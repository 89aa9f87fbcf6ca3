import CivilTime

extension RecurrenceSet.Occurrences {
    /// The same occurrences as UTC instants (seconds since 1970-01-01T00:00:00Z) in `zone`, converted as
    /// RFC 5545 §3.3.5 says (a time in a gap moves forward, an ambiguous one is the earlier instant).
    public func utc(in zone: ZoneRules) -> UTCSequence {
        UTCSequence(occurrences: self, zone: zone)
    }

    /// The occurrences as RFC 3339 text with the zone's offset, e.g. "2027-03-30T18:00:00+02:00".
    public func rfc3339(in zone: ZoneRules) -> LazyMapSequence<UTCSequence, String> {
        utc(in: zone).lazy.map { zone.rfc3339(utc: $0) }
    }

    /// Occurrences as UTC instants, converted with a cached offset interval (no search per occurrence).
    public struct UTCSequence: Sequence, Sendable {
        let occurrences: RecurrenceSet.Occurrences
        let zone: ZoneRules

        /// Iterates the instants.
        public func makeIterator() -> Iterator {
            Iterator(base: occurrences.makeIterator(), converter: zone.makeConverter())
        }

        /// Converts each civil occurrence to UTC.
        public struct Iterator: IteratorProtocol {
            var base: RecurrenceSet.Iterator
            var converter: UTCConverter

            /// The next instant, in seconds since 1970-01-01T00:00:00Z.
            public mutating func next() -> Int64? {
                guard let local = base.next() else { return nil }
                return converter.utcSeconds(for: local)
            }
        }
    }
}
