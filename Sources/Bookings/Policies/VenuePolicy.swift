import CivilTime

/// The rules a venue sets for its rooms: how far ahead and how late bookings may be made, how many hours
/// a group may hold a week, the gap between bookings, which kinds of group may book which rooms, and
/// how much the scheduler should weigh each wish in its rooms.
///
/// Kept beside `Venue` rather than in it, so that a venue's stored fields stay as they are. A venue
/// without a policy has `VenuePolicy(venue:)`: no limits and no buffer.
public struct VenuePolicy: Hashable, Sendable, Codable {
    public var venue: Slug
    /// The first session must begin within this many days of today; nil for no limit.
    public var bookAheadDays: Int?
    /// The first session must begin at least this many hours from now; nil for no limit.
    public var minNoticeHours: Int?
    /// The most hours a group may hold in this venue's rooms in one ISO week; nil for no limit.
    public var maxHoursPerGroupPerWeek: Int?
    /// Minutes that must stay free between two bookings of one room, for cleaning and changing over.
    public var bufferMinutes: Int
    /// Room slug → the group kinds that may book it; a room not named here is open to every kind.
    public var roomKinds: [String: [String]]
    /// The venue's own weights of the scheduler's wishes; empty for the municipality's.
    public var weights: SchedulingWeights
    /// Whether the venue closes on Slovenia's public holidays (`PublicHolidays`); true unless it opts out.
    public var closedOnPublicHolidays: Bool = true

    public init(venue: Slug, bookAheadDays: Int? = nil, minNoticeHours: Int? = nil, maxHoursPerGroupPerWeek: Int? = nil,
                bufferMinutes: Int = 0, roomKinds: [String: [String]] = [:],
                weights: SchedulingWeights = SchedulingWeights(), closedOnPublicHolidays: Bool = true) throws(InvalidValue) {
        let record = "policy of venue \(venue)"
        self.venue = venue
        // The upper bounds are more than a hall's rules ever need, and keep date and minute arithmetic
        // with them far from overflow (9223372036854775807 used to crash `book`, `approve` and `schedule`).
        self.bookAheadDays = try bookAheadDays.map { (days) throws(InvalidValue) in
            try requireAtMost(requirePositive(days, record: record, field: "book_ahead_days"), Self.maximumBookAheadDays,
                              record: record, field: "book_ahead_days")
        }
        self.minNoticeHours = try minNoticeHours.map { (hours) throws(InvalidValue) in
            try requireAtMost(requireNotNegative(hours, record: record, field: "min_notice_hours"), Self.maximumNoticeHours,
                              record: record, field: "min_notice_hours")
        }
        self.maxHoursPerGroupPerWeek = try maxHoursPerGroupPerWeek.map { (hours) throws(InvalidValue) in
            try requireAtMost(requirePositive(hours, record: record, field: "max_hours_per_group_per_week"), 7 * 24,
                              record: record, field: "max_hours_per_group_per_week")
        }
        self.bufferMinutes = try requireNotNegative(bufferMinutes, record: record, field: "buffer_minutes")
        guard bufferMinutes <= 240 else {
            throw InvalidValue(record: record, field: "buffer_minutes", value: String(bufferMinutes), rule: "must be at most 240")
        }
        var kinds: [String: [String]] = [:]
        for (room, allowed) in roomKinds {
            let roomSlug = try Slug(validating: room, record: record, field: "room_kinds")
            let words = Set(try allowed.filter { !Slug(folding: $0).value.isEmpty }.map { (kind) throws(InvalidValue) in
                try Group.kind(kind, record: record, field: "room_kinds.\(room)")
            })
            guard !words.isEmpty else {
                throw InvalidValue(record: record, field: "room_kinds.\(room)", value: allowed.joined(separator: ","),
                                   rule: "must name at least one kind of group, such as \"society\"")
            }
            kinds[roomSlug.value] = words.sorted()
        }
        self.roomKinds = kinds
        self.weights = weights
        self.closedOnPublicHolidays = closedOnPublicHolidays
    }

    /// Ten years ahead: longer than any hall plans.
    public static let maximumBookAheadDays = 3_660
    /// A year's notice (366 days).
    public static let maximumNoticeHours = 366 * 24

    /// Policies stored before venues weighed the scheduler's wishes have no `weights`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        venue = try container.decode(Slug.self, forKey: .venue)
        bookAheadDays = try container.decodeIfPresent(Int.self, forKey: .bookAheadDays)
        minNoticeHours = try container.decodeIfPresent(Int.self, forKey: .minNoticeHours)
        maxHoursPerGroupPerWeek = try container.decodeIfPresent(Int.self, forKey: .maxHoursPerGroupPerWeek)
        bufferMinutes = try container.decode(Int.self, forKey: .bufferMinutes)
        roomKinds = try container.decode([String: [String]].self, forKey: .roomKinds)
        weights = try container.decodeIfPresent(SchedulingWeights.self, forKey: .weights) ?? SchedulingWeights()
        // Policies stored before holidays were built in kept every venue closed on them (they were typed in).
        closedOnPublicHolidays = try container.decodeIfPresent(Bool.self, forKey: .closedOnPublicHolidays) ?? true
    }

    /// No limits: what a venue without a stored policy has.
    public init(venue: Slug) {
        self.venue = venue
        bufferMinutes = 0
        roomKinds = [:]
        weights = SchedulingWeights()
    }

    public var isUnrestricted: Bool { self == VenuePolicy(venue: venue) }

    // The scheduler's mapping uses these three to narrow rooms and start times before it searches.

    /// Whether a group of this kind may book this room of the venue.
    public func admits(groupKind: String, to room: Slug) -> Bool {
        roomKinds[room.value].map { $0.contains(groupKind) } ?? true
    }

    /// The rooms among `rooms` that a group of this kind may book: rooms of other venues are left as
    /// they are, since their own venue's policy decides for them.
    public func admissibleRooms(_ rooms: [Room], forGroupKind kind: String) -> [Room] {
        rooms.filter { $0.venue != venue || admits(groupKind: kind, to: $0.slug) }
    }

    /// The earliest and latest start a new booking may have, seen from `now`; nil bounds are open.
    public func startWindow(now: LocalDateTime) -> (earliest: LocalDateTime?, latest: LocalDateTime?) {
        let earliest = minNoticeHours.map { now.adding(minutes: $0 * 60) }
        let latest = bookAheadDays.map { LocalDateTime(date: now.date.adding(days: $0 + 1), time: .midnight) }
        return (earliest, latest)
    }

    /// The minutes a group may hold a week, for the scheduler's per-group load constraint.
    public var maxMinutesPerGroupPerWeek: Int? { maxHoursPerGroupPerWeek.map { $0 * 60 } }

    /// One line per limit, for `venue policy` and the history.
    public var summary: [String] {
        var lines: [String] = []
        lines.append("book ahead:       " + (bookAheadDays.map { "at most \($0) days" } ?? "no limit"))
        lines.append("minimum notice:   " + (minNoticeHours.map { "\($0) hours" } ?? "none"))
        lines.append("hours per group:  " + (maxHoursPerGroupPerWeek.map { "at most \($0) a week" } ?? "no limit"))
        lines.append("buffer:           \(bufferMinutes) minutes between bookings")
        let kinds = roomKinds.keys.sorted().map { "\($0): \(roomKinds[$0, default: []].joined(separator: ", "))" }
        lines.append("room kinds:       " + (kinds.isEmpty ? "every room open to every kind" : kinds.joined(separator: "; ")))
        let weighed = SchedulingWeights.Wish.allCases.compactMap { wish in weights[wish].map { "\(wish.rawValue) \($0)" } }
        if !closedOnPublicHolidays { lines.append("public holidays:  open (the venue does not close on them)") }
        lines.append("scheduler:        " + (weighed.isEmpty ? "the municipality's weights" : weighed.joined(separator: ", ")
            + "; other wishes as the municipality's"))
        return lines
    }
}

func requireNotNegative(_ number: Int, record: String, field: String) throws(InvalidValue) -> Int {
    guard number >= 0 else {
        throw InvalidValue(record: record, field: field, value: String(number), rule: "must be zero or more")
    }
    return number
}

extension VenuePolicy {
    /// Reads `closed` or `open` (also `zaprto`, `odprto`), the words for `closedOnPublicHolidays` in
    /// setup files (`public_holidays:`) and in `prostor venue edit --public-holidays`.
    public static func closedOnPublicHolidays(parsing text: String, venue: Slug, field: String) throws(InvalidValue) -> Bool {
        switch text.trimmingWhitespace().lowercased() {
        case "closed", "zaprto": return true
        case "open", "odprto": return false
        default:
            throw InvalidValue(record: "policy of venue \(venue)", field: field, value: text,
                               rule: "must be \"closed\" (the venue closes on public holidays) or \"open\"")
        }
    }
}
