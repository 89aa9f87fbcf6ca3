import BookingStore
import Bookings
import CivilTime
import Testing

@Suite struct ConflictFinderTests {
    typealias F = WorkflowFixture

    static func finder(_ store: AppDatabase, buffer: Int = 0) throws -> ConflictFinder {
        try store.write { try $0.save(try VenuePolicy(venue: F.golnik, bufferMinutes: buffer)) }
        return try store.read { try ConflictFinder($0) }
    }

    static func withIDs(_ bookings: [Booking]) -> [Booking] {
        bookings.enumerated().map { index, booking in
            var numbered = booking
            numbered.id = Int64(index + 1)
            return numbered
        }
    }

    @Test func overlapsInARoomNameBothBookingsAndTheirDates() throws {
        let bookings = Self.withIDs([try F.booking("zbor", "2027-01-12T18:00", state: .approved), try F.booking("sola", "2027-01-19T19:00")])
        let conflicts = try Self.finder(try F.store()).conflicts(among: bookings, from: F.date("2027-01-01"), through: F.date("2027-03-01"))
        #expect(conflicts.map(\.kind) == [.overlap])
        #expect(conflicts.first?.bookings.map(\.id) == [1, 2])
        #expect(conflicts.first?.dates == [try F.date("2027-01-19"), try F.date("2027-01-26"), try F.date("2027-02-02")])
        #expect(conflicts.first?.isTentativeOnly == false)
    }

    @Test func theBufferMakesBackToBackBookingsConflict() throws {
        let bookings = Self.withIDs([try F.booking("zbor", "2027-01-12T18:00", rule: nil), try F.booking("sola", "2027-01-12T20:00", rule: nil)])
        let window = (try F.date("2027-01-12"), try F.date("2027-01-12"))
        #expect(try Self.finder(try F.store()).conflicts(among: bookings, from: window.0, through: window.1).isEmpty)
        let buffered = try Self.finder(try F.store(), buffer: 10).conflicts(among: bookings, from: window.0, through: window.1)
        #expect(buffered.map(\.detail) == ["both in golnik/dvorana (with 10 minutes' buffer)"])
        #expect(buffered.first?.isTentativeOnly == true)
    }

    @Test func rejectedAndCancelledBookingsNeverCount() throws {
        let bookings = Self.withIDs([try F.booking("zbor", "2027-01-12T18:00", state: .rejected),
                                     try F.booking("sola", "2027-01-12T18:00", state: .cancelled),
                                     try F.booking("zbor", "2027-01-12T18:00", room: F.kitchen)])
        let conflicts = try Self.finder(try F.store()).conflicts(among: bookings, from: F.date("2027-01-01"), through: F.date("2027-03-01"))
        #expect(conflicts.isEmpty)
    }

    @Test func openingHoursAndAGroupInTwoPlaces() throws {
        let bookings = Self.withIDs([try F.booking("zbor", "2027-02-10T18:00", rule: nil),
                                     try F.booking("zbor", "2027-02-10T18:30", rule: nil, room: F.kitchen),
                                     try F.booking("sola", "2027-02-09T21:00", rule: nil)])
        let conflicts = try Self.finder(try F.store()).conflicts(among: bookings, from: F.date("2027-02-01"), through: F.date("2027-02-28"))
        #expect(conflicts.map(\.kind) == [.groupDoubleBooked, .outsideOpeningHours])
        #expect(conflicts[0].detail == "group zbor in golnik/dvorana and golnik/kuhinja")
        #expect(conflicts[1].bookings.map(\.id) == [3])
        #expect(conflicts[1].detail == "golnik/dvorana is open Mon-Sun 16:00-22:00")
    }

    /// A closed date does not take place (feeds, agenda and pages leave it out), so nothing clashes on it;
    /// this used to report both bookings as overlapping and as closed on a day neither took place.
    @Test func nothingClashesOnAClosedDate() throws {
        let store = try F.store()
        _ = try store.write { try $0.save(try Closure(scope: .venue(F.golnik), firstDay: F.date("2027-02-08"), reason: "Prešernov dan")) }
        let bookings = Self.withIDs([try F.booking("zbor", "2027-02-08T18:00", rule: nil, state: .approved),
                                     try F.booking("sola", "2027-02-08T18:30", rule: nil),
                                     try F.booking("zbor", "2027-02-08T18:30", rule: nil, room: F.kitchen)])
        let finder = try Self.finder(store)
        #expect(try finder.conflicts(among: bookings, from: F.date("2027-02-01"), through: F.date("2027-02-28")) == [])
        #expect(try finder.clashes(of: bookings[1], with: bookings) == [])
    }

    /// A date moved by hand into a closure takes place there (feeds keep it where it was put), so it is
    /// the one kind of date a closure conflict can still name.
    @Test func aDateMovedIntoAClosureIsAConflict() throws {
        let store = try F.store()
        _ = try store.write { try $0.save(try Closure(scope: .room(F.hall), firstDay: F.date("2027-02-10"), reason: "Prešernov dan")) }
        var booking = try F.booking("zbor", "2027-02-09T18:00", rule: "FREQ=WEEKLY;COUNT=2")
        booking.exceptions = [OccurrenceException(originalDate: try F.date("2027-02-16"),
                                                  change: .moved(to: try LocalDateTime(iso: "2027-02-10T18:00:00"), room: nil))]
        let conflicts = try Self.finder(store).conflicts(among: Self.withIDs([booking]), from: F.date("2027-02-01"), through: F.date("2027-02-28"))
        #expect(conflicts.map(\.kind) == [.closure])
        #expect(conflicts.first?.dates == [try F.date("2027-02-10")])
        #expect(conflicts.first?.detail == "golnik/dvorana closed: Prešernov dan")
    }

    @Test func aRoomThatDoesNotFitTheRequest() throws {
        let store = try F.store()
        let window = TimeWindow(days: [.tuesday], hours: try TimeRange(parsing: "16:00-22:00"))
        _ = try store.write { try $0.save(try Request(group: Slug(folding: "zbor"), term: Slug(folding: "pomlad"), title: "Vaje", audience: 20,
                                       features: ["piano"], durationMinutes: 120, windows: [window])) }
        var booking = try F.booking("zbor", "2027-01-12T18:00", rule: nil, room: F.kitchen)
        booking.requestID = 1
        let conflicts = try Self.finder(store).conflicts(among: Self.withIDs([booking]), from: F.date("2027-01-01"), through: F.date("2027-01-31"))
        #expect(conflicts.map(\.detail) == ["20 people in golnik/kuhinja, which holds 10", "golnik/kuhinja has no piano"])
    }

    /// The finder's overlaps, date by date, must be exactly those that comparing every occurrence with
    /// every other finds.
    @Test(arguments: [11, 12, 13] as [UInt64])
    func overlapsAgreeWithComparingEveryOccurrenceWithEveryOther(seed: UInt64) throws {
        var random = OverlapSweepTests.SplitMix(state: seed)
        let rooms = [F.hall, F.kitchen]
        let bookings = Self.withIDs(try (0..<60).map { index in
            let day = 11 + Int.random(in: 0..<14, using: &random)
            let minute = 16 * 60 + 15 * Int.random(in: 0..<16, using: &random)
            let start = LocalDateTime(date: try LocalDate(year: 2027, month: 1, day: day), time: LocalTime(secondOfDay: minute * 60))
            return try Booking(room: rooms[index % 2], group: Slug(folding: "g\(index % 7)"), title: "B\(index)", start: start,
                               durationMinutes: 15 * Int.random(in: 2...8, using: &random), recurrence: "FREQ=WEEKLY;COUNT=6",
                               state: index % 3 == 0 ? .approved : .tentative)
        })
        let from = try F.date("2027-01-01"), through = try F.date("2027-04-30")
        let finder = try Self.finder(try F.store(), buffer: 15)
        var found = Set<String>()
        for conflict in try finder.conflicts(among: bookings, from: from, through: through) where conflict.kind == .overlap {
            for date in conflict.dates { found.insert("\(conflict.bookings[0].id)-\(conflict.bookings[1].id)-\(date)") }
        }
        var reference = Set<String>()
        // Public holidays close the hall (they are built in), so nothing on them takes place to clash.
        let holidays = PublicHolidays.of(year: 2027)
        let all = try bookings.map { booking in
            try booking.occurrences(from: from, through: through).filter { occurrence in
                !holidays.contains { $0.firstDay <= occurrence.originalDate && occurrence.originalDate <= $0.lastDay }
            }
        }
        for (i, a) in bookings.enumerated() {
            for (j, b) in bookings.enumerated() where i < j {
                for x in all[i] {
                    for y in all[j] where x.room == y.room && x.start < y.end.adding(minutes: 15) && y.start < x.end.adding(minutes: 15) {
                        reference.insert("\(a.id ?? 0)-\(b.id ?? 0)-\(min(x.start, y.start).date)")
                    }
                }
            }
        }
        #expect(!reference.isEmpty)
        #expect(found == reference)
    }
}
