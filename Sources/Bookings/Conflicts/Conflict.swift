import CivilTime

/// Something wrong with the bookings' concrete dates: two bookings in one room at once, a group in two
/// places at once, a booking in a closure or outside opening hours, or a room that does not fit its request.
public struct Conflict: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// Two bookings overlap in one room, counting the venue's buffer minutes between them.
        case overlap
        /// One group is booked in two rooms at the same time.
        case groupDoubleBooked = "group-double-booked"
        case closure
        case outsideOpeningHours = "outside-opening-hours"
        /// The request's audience does not fit the room.
        case capacity
        /// The room lacks features the request needs.
        case features
    }

    public var kind: Kind
    /// The booking or the two bookings concerned.
    public var bookings: [ConflictParty]
    /// The dates of the occurrences concerned, in order.
    public var dates: [LocalDate]
    /// What exactly is wrong: the closure's reason, the capacity, the missing features.
    public var detail: String

    /// True when every booking concerned is tentative, so approving nothing yet has gone wrong.
    public var isTentativeOnly: Bool { bookings.allSatisfy { $0.state == .tentative } }

    public init(kind: Kind, bookings: [ConflictParty], dates: [LocalDate], detail: String) {
        self.kind = kind
        self.bookings = bookings
        self.dates = dates
        self.detail = detail
    }

    enum CodingKeys: String, CodingKey { case kind, bookings, dates, detail, tentativeOnly }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        kind = try container.decode(Kind.self, forKey: .kind)
        bookings = try container.decode([ConflictParty].self, forKey: .bookings)
        dates = try container.decode([LocalDate].self, forKey: .dates)
        detail = try container.decode(String.self, forKey: .detail)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(bookings, forKey: .bookings)
        try container.encode(dates, forKey: .dates)
        try container.encode(detail, forKey: .detail)
        try container.encode(isTentativeOnly, forKey: .tentativeOnly)
    }
}

/// A booking as a conflict names it.
public struct ConflictParty: Hashable, Sendable, Codable {
    public var id: Int64
    public var title: String
    public var state: Booking.State
    public var room: RoomRef
    public var group: Slug

    public init(_ booking: Booking) {
        id = booking.id ?? 0
        title = booking.title
        state = booking.state
        room = booking.room
        group = booking.group
    }
}

/// The dates a candidate booking would clash with one approved booking, as `book`, `approve`, `move`
/// and `restore` report them.
public struct Clash: Hashable, Sendable {
    public var other: Booking
    /// The candidate's own dates (the dates its rule gives) that clash.
    public var dates: [LocalDate]

    /// `booking 3 "Vaje zbora" (approved) on 2027-01-12, 2027-01-19`
    public var description: String {
        "booking \(other.id ?? 0) \"\(other.title)\" (\(other.state.rawValue)) on \(dates.map(\.description).joined(separator: ", "))"
    }
}

/// A change refused because the room is taken: exits 3 and names the bookings in the way.
public struct BookingClash: Error, Equatable, CustomStringConvertible {
    public var subject: String
    public var room: RoomRef
    public var clashes: [Clash]

    public init(subject: String, room: RoomRef, clashes: [Clash]) {
        self.subject = subject
        self.room = room
        self.clashes = clashes
    }

    public var description: String {
        "\(subject) clashes in \(room) with " + clashes.map(\.description).joined(separator: "; ")
    }
}

/// A change that the booking's state does not allow, such as approving a rejected booking.
public struct WrongState: Error, Equatable, CustomStringConvertible {
    public var booking: Int64
    public var state: Booking.State
    public var action: String
    public var hint: String

    public init(booking: Int64, state: Booking.State, action: String, hint: String) {
        self.booking = booking
        self.state = state
        self.action = action
        self.hint = hint
    }

    public var description: String {
        "booking \(booking) is \(state.rawValue): cannot \(action)\(hint.isEmpty ? "" : " (\(hint))")"
    }
}
