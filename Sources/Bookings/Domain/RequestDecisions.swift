import CivilTime
import Foundation

/// What happened to a request after the group sent it: the places an administrator refused, the
/// refusal of the request itself, and what the last stored plan made of it. Kept with the request so
/// that `request show` and the group's page can tell it later, not only the run that decided it.
public struct RequestDecisions: Hashable, Sendable, Codable {
    /// Rooms and times an administrator rejected for this request; the scheduler does not propose
    /// them again until they are cleared (`prostor request clear-refusals`).
    public var refusedPlaces: [RefusedPlace] = []
    /// Why the request itself was rejected (`prostor request reject`), or withdrawn when the reason was given.
    public var rejection: String?
    /// The last stored plan's outcome for this request; nil before the first plan.
    public var outcome: PlanOutcome?

    public init(refusedPlaces: [RefusedPlace] = [], rejection: String? = nil, outcome: PlanOutcome? = nil) {
        self.refusedPlaces = refusedPlaces
        self.rejection = rejection
        self.outcome = outcome
    }

    // Stores written before a field existed lack its key: read each one as absent rather than refuse the request.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        refusedPlaces = try container.decodeIfPresent([RefusedPlace].self, forKey: .refusedPlaces) ?? []
        rejection = try container.decodeIfPresent(String.self, forKey: .rejection)
        outcome = try container.decodeIfPresent(PlanOutcome.self, forKey: .outcome)
    }
}

/// A room and a weekly time an administrator rejected for a request: the scheduler proposes no session
/// of that request in that room that overlaps these hours on this day, so that a rejection sticks
/// rather than coming back a quarter of an hour later.
public struct RefusedPlace: Hashable, Sendable, Codable {
    public var room: RoomRef
    public var day: Weekday
    public var hours: TimeRange
    /// The administrator's reason, which the group is told.
    public var reason: String
    /// The rejected booking that proposed it.
    public var booking: Int64?

    public init(room: RoomRef, day: Weekday, hours: TimeRange, reason: String, booking: Int64?) {
        self.room = room
        self.day = day
        self.hours = hours
        self.reason = reason
        self.booking = booking
    }

    /// Whether a session in `room` on `day` during `span` takes this refused place.
    public func covers(room other: RoomRef, day otherDay: Weekday, span: TimeRange) -> Bool {
        room == other && day == otherDay && hours.overlaps(span)
    }

    /// `golnik/velika-dvorana FR 18:00-20:00`
    public var place: String { "\(room) \(day.code) \(hours)" }
}

/// What one stored plan made of a request: the tentative bookings that place it, or why it could not
/// be placed and what it could take instead. Reasons are the scheduler's rule names; `PlainReason`
/// words them for people.
public struct PlanOutcome: Hashable, Sendable, Codable {
    public struct Unplaced: Hashable, Sendable, Codable {
        /// For a request of given dates: the date not placed.
        public var date: LocalDate?
        /// The rules that refused the places tried, most places first.
        public var reasons: [String]
        /// Bookings standing in the way, as the scheduler describes them.
        public var inTheWay: [String]
        public var alternatives: [Alternative]

        public init(date: LocalDate?, reasons: [String], inTheWay: [String], alternatives: [Alternative]) {
            self.date = date
            self.reasons = reasons
            self.inTheWay = inTheWay
            self.alternatives = alternatives
        }
    }

    /// A place the request could take instead, and which of the group's wishes it gives up.
    public struct Alternative: Hashable, Sendable, Codable {
        public var room: RoomRef
        public var day: Weekday
        public var hours: TimeRange
        /// For a request of given dates: the date it names.
        public var date: LocalDate?
        /// Weeks of the term it would run in, of the weeks asked for.
        public var weeks: Int
        public var weeksAsked: Int
        /// The wishes it gives up, as `PlainReason` wish names: `time`, `room`, `weeks`.
        public var givesUp: [String]

        public init(room: RoomRef, day: Weekday, hours: TimeRange, date: LocalDate?, weeks: Int, weeksAsked: Int, givesUp: [String]) {
            self.room = room
            self.day = day
            self.hours = hours
            self.date = date
            self.weeks = weeks
            self.weeksAsked = weeksAsked
            self.givesUp = givesUp
        }
    }

    /// When the plan was stored.
    public var at: Date
    /// The tentative bookings that place the request (empty when nothing of it was placed).
    public var bookings: [Int64]
    /// Sessions or dates not placed.
    public var unplaced: [Unplaced]

    public init(at: Date, bookings: [Int64], unplaced: [Unplaced]) {
        self.at = at
        self.bookings = bookings
        self.unplaced = unplaced
    }
}
