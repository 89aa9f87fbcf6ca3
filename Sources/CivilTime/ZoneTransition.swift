/// One change of a zone's UTC offset, as a VTIMEZONE STANDARD or DAYLIGHT sub-component describes it.
public struct ZoneTransition: Sendable, Hashable {
    /// The instant of the change, in seconds since 1970-01-01T00:00:00Z.
    public let utcSeconds: Int64
    /// The offset east of UTC in force before the change, in seconds.
    public let offsetBefore: Int
    /// The offset east of UTC in force from the change on, in seconds.
    public let offsetAfter: Int
    /// The abbreviation in force from the change on, e.g. "CEST".
    public let abbreviation: String
    /// Whether the offset from the change on is daylight-saving time.
    public let isDaylightSaving: Bool

    /// Creates a transition.
    public init(utcSeconds: Int64, offsetBefore: Int, offsetAfter: Int, abbreviation: String, isDaylightSaving: Bool) {
        self.utcSeconds = utcSeconds
        self.offsetBefore = offsetBefore
        self.offsetAfter = offsetAfter
        self.abbreviation = abbreviation
        self.isDaylightSaving = isDaylightSaving
    }

    /// The local date-time at which the change happens, read with the offset before it (the VTIMEZONE DTSTART).
    public var localStart: LocalDateTime {
        LocalDateTime(secondsSinceEpoch: utcSeconds + Int64(offsetBefore))
    }
}
