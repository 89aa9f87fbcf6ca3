import CivilTime

/// Dates, optionally hours, when a venue or one room cannot be used: a holiday, a renovation.
public struct Closure: Hashable, Sendable, Codable {
    /// What the closure covers: every venue of the municipality, one venue, or one room.
    public enum Scope: Hashable, Sendable, Codable, CustomStringConvertible {
        case everywhere
        case venue(Slug)
        case room(RoomRef)

        public var description: String {
            switch self {
            case .everywhere: "all venues"
            case .venue(let venue): "venue \(venue)"
            case .room(let room): "room \(room)"
            }
        }

        /// Whether the closure applies to this room.
        public func covers(_ room: RoomRef) -> Bool {
            switch self {
            case .everywhere: true
            case .venue(let venue): venue == room.venue
            case .room(let closed): closed == room
            }
        }
    }

    public var id: Int64?
    public var scope: Scope
    public var firstDay: LocalDate
    /// The last closed day, inclusive.
    public var lastDay: LocalDate
    /// The hours closed on each of those days; nil means all day.
    public var hours: TimeRange?
    public var reason: String

    public init(id: Int64? = nil, scope: Scope, firstDay: LocalDate, lastDay: LocalDate? = nil,
                hours: TimeRange? = nil, reason: String) throws(InvalidValue) {
        let record = "closure \"\(reason)\""
        let last = lastDay ?? firstDay
        try requireSupportedDate(firstDay, record: record, field: "from")
        try requireSupportedDate(last, record: record, field: "to")
        guard last >= firstDay else {
            throw InvalidValue(record: record, field: "to", value: last.description,
                               rule: "must not be before the first day \(firstDay)")
        }
        self.id = id
        self.scope = scope
        self.firstDay = firstDay
        self.lastDay = last
        self.hours = hours
        self.reason = try requireText(reason, record: record, field: "reason", maximumLength: 500)
    }

    /// Whether a session in this room on this date and time falls (partly) in the closure.
    public func blocks(_ room: RoomRef, on date: LocalDate, during span: TimeRange) -> Bool {
        guard scope.covers(room), firstDay <= date, date <= lastDay else { return false }
        return hours.map { $0.overlaps(span) } ?? true
    }

    /// The natural key used to recognise the same closure when a file is imported again.
    public var identity: String { "\(scope)|\(firstDay)|\(lastDay)|\(hours?.description ?? "")|\(reason)" }
}
