@testable import Bookings
import CivilTime
import Testing
import Timetabling

/// Small hand-made KS data for the scheduling tests: built from domain values directly, no files.
enum KS {
    static func date(_ text: String) throws -> LocalDate { try LocalDate(iso: text) }

    static func at(_ text: String) throws -> LocalDateTime { try LocalDateTime(iso: text) }

    static func hours(_ text: String) throws -> TimeRange { try TimeRange(parsing: text) }

    static func window(_ days: [Weekday], _ text: String) throws -> TimeWindow {
        TimeWindow(days: days, hours: try hours(text))
    }

    /// Spring 2027: Monday 11 January to Sunday 20 June, 23 weeks.
    static func spring() throws -> Term {
        try Term(slug: Slug(folding: "spomlad-2027"), name: "Pomlad 2027", firstDay: date("2027-01-11"), lastDay: date("2027-06-20"))
    }

    static func venue(_ slug: String) throws -> Venue {
        try Venue(slug: Slug(folding: slug), name: "KS \(slug)", address: "\(slug) 1, 4000 Kranj")
    }

    static func room(_ venue: String, _ slug: String, capacity: Int, features: [String] = [],
                     open: OpeningHours? = nil) throws -> Bookings.Room {
        try Bookings.Room(venue: Slug(folding: venue), slug: Slug(folding: slug), name: slug, capacity: capacity, features: features,
                 openingHours: open ?? .daily(hours("16:00-22:00")))
    }

    static func ref(_ text: String) throws -> RoomRef { try RoomRef(parsing: text) }

    static func group(_ slug: String) throws -> Group {
        try Group(slug: Slug(folding: slug), name: slug, token: "token0123456789" + slug.filter { $0.isLetter || $0.isNumber })
    }

    static func request(
        id: Int64, group: String = "zbor", title: String? = nil, audience: Int = 10, features: [String] = [],
        minutes: Int = 90, sessions: Int = 1, pattern: Bookings.WeekPattern = .weekly, windows: [TimeWindow],
        preferred: [TimeWindow] = [], venues: [String] = [], rooms: [String] = []
    ) throws -> Request {
        try Request(id: id, group: Slug(folding: group), term: Slug(folding: "spomlad-2027"), title: title ?? "Dejavnost \(id)",
                    audience: audience, features: features, durationMinutes: minutes, sessionsPerWeek: sessions,
                    pattern: pattern, windows: windows, preferredWindows: preferred, venues: venues.map(Slug.init(folding:)),
                    preferredRooms: rooms.map { try RoomRef(parsing: $0) })
    }

    static func booking(
        id: Int64, room: String, group: String = "gasilci", title: String = "Vaje", start: String, minutes: Int = 120,
        rule: String? = "FREQ=WEEKLY;UNTIL=20270620T215959Z", state: Booking.State = .approved,
        exceptions: [OccurrenceException] = []
    ) throws -> Booking {
        try Booking(id: id, room: ref(room), group: Slug(folding: group), title: title, start: at(start),
                    durationMinutes: minutes, recurrence: rule, state: state, exceptions: exceptions)
    }

    /// Two venues of two rooms each, open every day 16:00-22:00 unless given otherwise.
    static func rooms() throws -> [Bookings.Room] {
        [
            try room("golnik", "dvorana", capacity: 120, features: ["piano", "stage"]),
            try room("golnik", "sejna-soba", capacity: 20, features: ["projector"]),
            try room("zlato-polje", "dvorana", capacity: 150, features: ["stage"]),
            try room("zlato-polje", "klubska-soba", capacity: 18),
        ]
    }

    static func input(requests: [Request], fixed: [Booking] = [], previous: [Booking] = [], closures: [Closure] = [],
                      rooms: [Bookings.Room]? = nil) throws -> SchedulingInput {
        SchedulingInput(term: try spring(), venues: [try venue("golnik"), try venue("zlato-polje")],
                        rooms: try rooms ?? Self.rooms(), closures: closures, requests: requests, fixed: fixed,
                        previous: previous)
    }

    /// The slot of a weekday and `HH:MM`.
    static func slot(_ day: Weekday, _ time: String) throws -> Int {
        let parsed = try LocalTime(iso: time)
        return WeekGrid.slot(day, minute: parsed.minuteOfDay)
    }

    /// The slots of a weekday from `from` up to (not including) `to`, `HH:MM`.
    static func slots(_ day: Weekday, from: String, to: String) throws -> Set<Int> {
        Set(try slot(day, from)..<(to == "24:00" ? WeekGrid.slot(day, minute: 0) + WeekGrid.slotsPerDay : try slot(day, to)))
    }
}

extension SchedulingProblem {
    /// The index of the activity whose id is `id`.
    func activity(_ id: String) throws -> Activity {
        try #require(problem.activities.first { $0.id == id }, "no activity \(id)")
    }
}
