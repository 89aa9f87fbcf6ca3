import BookingStore
import Bookings
import CivilTime
import Testing

@Suite struct FreeTimesTests {
    typealias F = WorkflowFixture
    typealias SplitMix = OverlapSweepTests.SplitMix

    static let from = try! LocalDate(iso: "2027-03-01")
    static let through = try! LocalDate(iso: "2027-03-28")

    /// Random rooms, bookings, whole-day closures and a buffer.
    static func generated(seed: UInt64) throws -> (rooms: [Room], bookings: [Booking], closures: [Closure], buffer: Int) {
        var random = SplitMix(state: seed)
        let venue = F.golnik
        var rooms: [Room] = []
        for index in 0..<3 {
            var hours: [Weekday: [TimeRange]] = [:]
            for day in Weekday.allCases where Int.random(in: 0..<4, using: &random) > 0 {
                let opens = Int.random(in: 8...17, using: &random) * 60
                hours[day] = [try TimeRange(startMinute: opens, endMinute: min(1440, opens + Int.random(in: 2...6, using: &random) * 60))]
            }
            rooms.append(try Room(venue: venue, slug: Slug(folding: "soba-\(index)"), name: "Soba \(index)",
                                  capacity: 10 * (index + 1), openingHours: OpeningHours(hours)))
        }
        var bookings: [Booking] = []
        for index in 0..<Int.random(in: 4...14, using: &random) {
            let room = rooms[Int.random(in: 0..<rooms.count, using: &random)]
            let day = from.adding(days: Int.random(in: 0..<28, using: &random))
            let start = LocalDateTime(date: day, time: .midnight).adding(minutes: Int.random(in: 8 * 4...21 * 4, using: &random) * 15)
            let weekly = Int.random(in: 0..<3, using: &random) > 0
            let rule = weekly ? "FREQ=WEEKLY;COUNT=\(Int.random(in: 2...5, using: &random))" : nil
            let state: Booking.State = [.approved, .tentative, .rejected][Int.random(in: 0..<3, using: &random)]
            var booking = try Booking(room: room.ref, group: Slug(folding: "zbor"), title: "B\(index)", start: start,
                                      durationMinutes: Int.random(in: 2...8, using: &random) * 15, recurrence: rule, state: state)
            booking.id = Int64(index + 1)
            if weekly, Int.random(in: 0..<3, using: &random) == 0 {
                booking.exceptions = [OccurrenceException(originalDate: day.adding(days: 7), change: .cancelled, reason: "odpade")]
            }
            bookings.append(booking)
        }
        var closures: [Closure] = []
        for _ in 0..<Int.random(in: 0...3, using: &random) {
            let first = from.adding(days: Int.random(in: 0..<28, using: &random))
            let scope: Closure.Scope = Bool.random(using: &random) ? .venue(venue) : .room(rooms[Int.random(in: 0..<rooms.count, using: &random)].ref)
            closures.append(try Closure(scope: scope, firstDay: first, lastDay: first.adding(days: Int.random(in: 0...9, using: &random)),
                                        reason: "Zaprto"))
        }
        return (rooms, bookings, closures, [0, 10, 15, 30][Int.random(in: 0..<4, using: &random)])
    }

    /// For every room, weekday and quarter-hour start, a weekly session is free by `FreeTimes` exactly
    /// when the conflict search finds no overlap (with the buffer) and no date outside opening hours for
    /// a booking placed there, and that booking takes place on at least one date.
    @Test(arguments: 0..<12)
    func weeklyTimesAgreeWithTheConflictSearch(seed: UInt64) throws {
        let (rooms, bookings, closures, buffer) = try Self.generated(seed: seed)
        let policy = try VenuePolicy(venue: F.golnik, bufferMinutes: buffer)
        let duration = [45, 60, 90][Int(seed % 3)]
        let query = try FreeTimeQuery(durationMinutes: duration, span: .weekly(from: Self.from, through: Self.through))
        let found = try FreeTimes(query, rooms: rooms, closures: closures, bookings: bookings, policies: [F.golnik: policy],
                                  zones: [:], now: nil)
        let finder = ConflictFinder(rooms: rooms, closures: closures, requests: [], policies: [policy], zones: [:])
        var expected = Set<String>(), actual = Set<String>()
        for room in rooms {
            for weekday in Weekday.allCases {
                let firstDate = Self.from.adding(days: (weekday.rawValue - Self.from.weekday.rawValue + 7) % 7)
                for start in stride(from: 0, through: 1440 - duration, by: 15) {
                    let key = "\(room.ref) \(weekday) \(start)"
                    let slot = try TimeRange(startMinute: start, endMinute: start + duration)
                    if found.times.contains(where: { $0.room == room.ref && $0.weekday == weekday && $0.hours.contains(slot) }) {
                        actual.insert(key)
                    }
                    guard room.openingHours.allows(slot, on: weekday) else { continue }
                    var probe = try Booking(room: room.ref, group: Slug(folding: "nova"), title: "Poskus",
                                            start: LocalDateTime(date: firstDate, time: .midnight).adding(minutes: start),
                                            durationMinutes: duration, recurrence: "FREQ=WEEKLY;UNTIL=20270328", state: .tentative)
                    probe.id = 999
                    let all = bookings + [probe]
                    let clashes = try finder.conflicts(among: all, from: Self.from, through: Self.through).filter { conflict in
                        conflict.bookings.contains { $0.id == 999 } && (conflict.kind == .overlap || conflict.kind == .outsideOpeningHours)
                    }
                    let takesPlace = !(try BookingDates(probe, closures: closures, zone: nil).occurrences(from: Self.from, through: Self.through)).isEmpty
                    if clashes.isEmpty && takesPlace { expected.insert(key) }
                }
            }
        }
        #expect(actual == expected, "seed \(seed): only found \(actual.subtracting(expected).sorted().prefix(5)), only expected \(expected.subtracting(actual).sorted().prefix(5))")
        #expect(!expected.isEmpty)
    }

    /// On one date: closures take their hours, the buffer keeps its gap, and the notice hides what is too soon.
    @Test func aDateCountsClosuresBufferAndNotice() throws {
        let store = try F.store()
        try store.write { writer in
            try writer.save(try VenuePolicy(venue: F.golnik, minNoticeHours: 48, bufferMinutes: 15))
            try writer.save(try F.booking("zbor", "2027-03-10T18:00", rule: nil, state: .approved))
            try writer.save(try Closure(scope: .room(F.kitchen), firstDay: F.date("2027-03-10"), hours: TimeRange(parsing: "16:00-17:30"),
                                        reason: "Pregled"))
        }
        let day = try F.date("2027-03-10")
        let query = try FreeTimeQuery(durationMinutes: 60, span: .date(day))
        let found = try store.read { try FreeTimes(query, reader: $0, now: LocalDateTime(iso: "2027-03-01T10:00")) }
        #expect(found.times.map { "\($0.room) \($0.hours)" } == [
            "golnik/dvorana 16:00-17:45", "golnik/dvorana 20:15-22:00", "golnik/kuhinja 17:30-22:00",
        ])
        let tooSoon = try store.read { try FreeTimes(query, reader: $0, now: LocalDateTime(iso: "2027-03-08T19:00")) }
        #expect(tooSoon.times.map { "\($0.room) \($0.hours)" } == ["golnik/dvorana 20:15-22:00", "golnik/kuhinja 19:00-22:00"])
        // Capacity and features narrow the rooms.
        let piano = try FreeTimeQuery(capacity: 20, features: ["piano"], durationMinutes: 60, span: .date(day))
        #expect(Set(try store.read { try FreeTimes(piano, reader: $0, now: nil) }.times.map(\.room)) == [F.hall])
    }

    /// A weekly time keeps the holiday out of its dates rather than being refused for it.
    @Test func aHolidayLeavesADateOutOfAWeeklyTime() throws {
        let store = try F.store()
        let query = try FreeTimeQuery(durationMinutes: 60, days: [.monday], span: .weekly(from: F.date("2027-02-01"), through: F.date("2027-02-28")))
        let found = try store.read { try FreeTimes(query, reader: $0, now: nil) }
        // Four Mondays in February 2027; 8 February is Prešernov dan.
        #expect(found.times.map(\.dates) == [3, 3])
        #expect(found.times.map(\.hours.description) == ["16:00-22:00", "16:00-22:00"])
    }
}
