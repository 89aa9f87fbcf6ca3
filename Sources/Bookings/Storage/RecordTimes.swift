import CivilTime

/// When a stored record was created and last changed, as UTC date-times (civil fields read in UTC).
///
/// Kept apart from the domain values so that comparing two bookings compares what they say, not
/// when they were saved.
public struct RecordTimes: Hashable, Sendable {
    public var created: LocalDateTime
    public var modified: LocalDateTime

    public init(created: LocalDateTime, modified: LocalDateTime) {
        self.created = created
        self.modified = modified
    }
}
