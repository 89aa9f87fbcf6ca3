import CivilTime

/// A request placed in a room: a first start, an optional recurrence rule, per-occurrence
/// exceptions and a state. Occurrences are derived from the rule, never stored.
public struct Booking: Hashable, Sendable, Codable {
    public enum State: String, Hashable, Sendable, Codable, CaseIterable {
        /// Proposed by the scheduler or booked by hand, waiting for an administrator.
        case tentative
        case approved
        case rejected
        /// Approved once, then called off as a whole.
        case cancelled
    }

    public var id: Int64?
    public var requestID: Int64?
    public var room: RoomRef
    public var group: Slug
    public var title: String
    public var description: String
    /// The first occurrence, in the venue's civil time.
    public var start: LocalDateTime
    public var durationMinutes: Int
    /// The RFC 5545 RRULE value, e.g. `FREQ=WEEKLY;BYDAY=TU;UNTIL=20270615`; nil for a single date.
    public var recurrence: String?
    public var state: State
    public var isPublic: Bool
    /// Cancelled or moved occurrences, keyed by the date the rule gives them.
    public var exceptions: [OccurrenceException]
    /// Increases on every change of time, room or state, so calendar clients take the new version.
    public var sequence: Int

    public init(id: Int64? = nil, requestID: Int64? = nil, room: RoomRef, group: Slug, title: String,
                description: String = "", start: LocalDateTime, durationMinutes: Int, recurrence: String? = nil,
                state: State = .tentative, isPublic: Bool = true, exceptions: [OccurrenceException] = [],
                sequence: Int = 0) throws(InvalidValue) {
        let record = "booking \"\(title)\""
        self.id = id
        self.requestID = requestID
        self.room = room
        self.group = group
        self.title = try requireText(title, record: record, field: "title")
        self.description = description.trimmingWhitespace()
        try requireSupportedDate(start.date, record: record, field: "start")
        self.start = start
        self.durationMinutes = try requirePositive(durationMinutes, record: record, field: "duration")
        guard durationMinutes <= 24 * 60 else {
            throw InvalidValue(record: record, field: "duration", value: DurationText.format(minutes: durationMinutes), rule: "must be at most 24 hours")
        }
        if let recurrence {
            self.recurrence = try requireText(recurrence, record: record, field: "rrule", maximumLength: 1_000)
        } else {
            self.recurrence = nil
        }
        self.state = state
        self.isPublic = isPublic
        var seen = Set<LocalDate>()
        for exception in exceptions where !seen.insert(exception.originalDate).inserted {
            throw InvalidValue(record: record, field: "exceptions", value: exception.originalDate.description,
                               rule: "must name each date once")
        }
        self.exceptions = exceptions.sorted { $0.originalDate < $1.originalDate }
        self.sequence = sequence
    }

    /// The natural key used to recognise the same booking when a file is imported again.
    public var identity: String { "\(room)|\(group)|\(title)|\(start)" }

    public var exceptionsByDate: [LocalDate: OccurrenceException] {
        Dictionary(uniqueKeysWithValues: exceptions.map { ($0.originalDate, $0) })
    }
}

/// A change to one occurrence of a booking: called off, or moved to another time or room.
public struct OccurrenceException: Hashable, Sendable, Codable {
    public enum Change: Hashable, Sendable, Codable {
        case cancelled
        case moved(to: LocalDateTime, room: RoomRef?)
    }

    /// The date on which the rule puts the occurrence (its RECURRENCE-ID).
    public var originalDate: LocalDate
    public var change: Change
    public var reason: String

    public init(originalDate: LocalDate, change: Change, reason: String = "") {
        self.originalDate = originalDate
        self.change = change
        self.reason = reason.trimmingWhitespace()
    }
}
