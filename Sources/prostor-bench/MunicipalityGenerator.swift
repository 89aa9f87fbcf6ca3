import Bookings
import CivilTime
import Timetabling

/// A generated municipality that is known to have a feasible plan: every session is first put into a
/// free room of its venue at a free time of its group (the *planted* plan), and the request's windows are
/// then drawn around that place, so the planted plan satisfies every hard rule by construction.
///
/// Each request may use the rooms of its group's venue on two or three days, 16:00–22:00, as the pilot's
/// evening activities do; rooms are open 08:00–22:00 every day.
struct MunicipalityGenerator {
    var venues: Int
    var rooms: Int
    var requests: Int
    var seed: UInt64
    /// Keep the requests that could not be planted, with windows drawn as for the others: an
    /// overloaded municipality, whose unplaced sessions have to be explained.
    var includeUnplanted = false

    /// One session of the planted plan: request index, session, room index, weekday and start minute.
    struct PlantedSession: Hashable {
        var request: Int
        var session: Int
        var room: Int
        var day: Weekday
        var minute: Int
        var minutes: Int
    }

    struct Municipality {
        var input: SchedulingInput
        var planted: [PlantedSession]
        /// Requests the generator gave up planting (no free place found): left out, or kept unplanted.
        var skipped: Int
    }

    static let evening = 16 * 60..<22 * 60

    func generate() throws -> Municipality {
        var random = SplitMix(seed: seed)
        let term = try Term(slug: Slug(folding: "bench"), name: "Bench term", firstDay: LocalDate(iso: "2027-01-11"),
                            lastDay: LocalDate(iso: "2027-06-20"))
        let venueList = try (0..<venues).map { try Venue(slug: Slug(folding: "ks-\($0)"), name: "KS \($0)", address: "Address \($0)") }
        let open = OpeningHours.daily(try TimeRange(parsing: "08:00-22:00"))
        let capacities = [20, 30, 50, 80, 150]
        let roomList = try (0..<rooms).map { index in
            try Room(venue: venueList[index % venues].slug, slug: Slug(folding: "room-\(index)"), name: "Room \(index)",
                     capacity: capacities[index % capacities.count], features: index % 7 == 0 ? ["projector"] : [],
                     openingHours: open)
        }
        let roomsOfVenue = (0..<venues).map { venue in roomList.indices.filter { $0 % venues == venue } }
        var busy = Occupancy()
        var planted: [PlantedSession] = []
        var requestList: [Request] = []
        var skipped = 0
        let groupCount = max(1, requests / 3)
        for index in 0..<requests {
            let group = Int(random.below(groupCount))
            let venue = group % venues
            let minutes = [60, 90, 90, 120][Int(random.below(4))]
            let sessions = random.below(5) == 0 ? 2 : 1
            var places: [PlantedSession] = []
            for session in 0..<sessions {
                guard let place = findPlace(request: index, session: session, group: group, minutes: minutes,
                                            rooms: roomsOfVenue[venue], avoiding: places.map(\.day), busy: busy,
                                            random: &random)
                else { break }
                places.append(place)
            }
            guard places.count == sessions || includeUnplanted else {
                skipped += 1
                continue
            }
            if places.count < sessions {
                skipped += 1
                places = []
            }
            for place in places { busy.take(place, group: group) }
            planted += places.map { place in
                var place = place
                place.request = requestList.count
                return place
            }
            let smallest = places.map { roomList[$0.room].capacity }.min() ?? 20
            var days = Set(places.map(\.day))
            days.insert(Weekday.allCases[Int(random.below(7))])
            // An unplanted request draws its days here; the others keep the draws above, so that a seed
            // gives the same planted municipality with or without `includeUnplanted`.
            while places.isEmpty && days.count < max(2, sessions) { days.insert(Weekday.allCases[Int(random.below(7))]) }
            let needsProjector = places.allSatisfy { roomList[$0.room].features.contains("projector") } && random.below(2) == 0
            requestList.append(try Request(
                id: Int64(requestList.count + 1), group: Slug(folding: "group-\(group)"), term: term.slug,
                title: "Activity \(index)", audience: 5 + Int(random.below(UInt64(max(1, smallest - 4)))),
                features: needsProjector ? ["projector"] : [], durationMinutes: minutes, sessionsPerWeek: sessions,
                pattern: random.below(8) == 0 ? .fortnightly : .weekly,
                windows: [TimeWindow(days: days.sorted(), hours: try TimeRange(startMinute: Self.evening.lowerBound,
                                                                                endMinute: Self.evening.upperBound))],
                venues: [venueList[venue].slug]))
        }
        let input = SchedulingInput(term: term, venues: venueList, rooms: roomList, closures: [], requests: requestList, fixed: [])
        return Municipality(input: input, planted: planted, skipped: skipped)
    }

    /// A random free place of the group in one of the rooms, on a day the request does not use yet.
    /// Fortnightly requests are planted as weekly, which holds whatever weeks the scheduler gives them.
    private func findPlace(request: Int, session: Int, group: Int, minutes: Int, rooms: [Int], avoiding: [Weekday],
                           busy: Occupancy, random: inout SplitMix) -> PlantedSession? {
        let quarters = (Self.evening.count - minutes) / 15 + 1
        for _ in 0..<200 {
            let day = Weekday.allCases[Int(random.below(7))]
            guard !avoiding.contains(day) else { continue }
            let place = PlantedSession(
                request: request, session: session, room: rooms[Int(random.below(UInt64(rooms.count)))], day: day,
                minute: Self.evening.lowerBound + 15 * Int(random.below(UInt64(quarters))), minutes: minutes)
            if busy.isFree(place, group: group) { return place }
        }
        return nil
    }
}

/// Quarter-hours taken by rooms and by groups while planting.
struct Occupancy {
    private var rooms = Set<Int>()
    private var groups = Set<Int>()

    private static func quarters(_ place: MunicipalityGenerator.PlantedSession) -> Range<Int> {
        let first = (place.day.rawValue - 1) * 96 + place.minute / 15
        return first..<(first + (place.minutes + 14) / 15)
    }

    func isFree(_ place: MunicipalityGenerator.PlantedSession, group: Int) -> Bool {
        Self.quarters(place).allSatisfy { !rooms.contains(place.room * 672 + $0) && !groups.contains(group * 672 + $0) }
    }

    mutating func take(_ place: MunicipalityGenerator.PlantedSession, group: Int) {
        for quarter in Self.quarters(place) {
            rooms.insert(place.room * 672 + quarter)
            groups.insert(group * 672 + quarter)
        }
    }
}

/// SplitMix64: a small seeded generator, so that a seed gives the same municipality on every machine.
struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<bound (bound > 0).
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    mutating func below(_ bound: UInt64) -> UInt64 { next() % bound }
}
