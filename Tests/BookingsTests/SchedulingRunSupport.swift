import BookingStore
@testable import Bookings
import CivilTime
import Testing

/// A small realistic KS setup in an in-memory database: two venues, four rooms, requests that
/// compete for Tuesday evenings in the Golnik hall, an approved booking there, one request no room
/// holds and one only the approved booking is in the way of.
enum Town {
    static let term = Slug(folding: "spomlad-2027")
    static let today = LocalDate(dayNumber: 0)

    static func database() throws -> AppDatabase {
        let database = try AppDatabase()
        try database.write { writer in
            try writer.save(KS.spring())
            for venue in ["golnik", "zlato-polje"] { try writer.save(KS.venue(venue)) }
            for room in try KS.rooms() { try writer.save(room) }
            for group in ["gasilci", "folklora", "ples", "zbor", "joga", "mok", "td", "cebelarji"] { try writer.save(KS.group(group)) }
            try writer.save(Closure(scope: .everywhere, firstDay: KS.date("2027-03-29"), reason: "Velikonočni ponedeljek"))
            try writer.save(Closure(scope: .room(KS.ref("zlato-polje/dvorana")), firstDay: KS.date("2027-04-12"),
                                    lastDay: KS.date("2027-04-18"), reason: "Obnova parketa"))
            try writer.save(approved())
            for request in try requests() {
                var fresh = request
                fresh.id = nil
                try writer.save(fresh)
            }
        }
        return database
    }

    static func approved() throws -> Booking {
        var booking = try KS.booking(id: 1, room: "golnik/dvorana", title: "Vaje gasilske mladine", start: "2027-01-12T18:00", exceptions: [
            OccurrenceException(originalDate: KS.date("2027-02-09"), change: .cancelled, reason: "Občni zbor"),
            OccurrenceException(originalDate: KS.date("2027-03-16"),
                                change: .moved(to: KS.at("2027-03-17T18:00"), room: KS.ref("golnik/sejna-soba")), reason: "Zbor krajanov"),
        ])
        booking.id = nil
        return booking
    }

    /// Saved in this order, so request ids are 1…8.
    static func requests() throws -> [Request] {
        [
            try KS.request(id: 1, group: "folklora", title: "Vaje folklorne skupine", audience: 24, minutes: 120,
                           windows: [KS.window([.tuesday], "18:00-22:00"), KS.window([.friday], "18:00-22:00")],
                           preferred: [KS.window([.tuesday], "20:00-22:00")], venues: ["golnik"], rooms: ["golnik/dvorana"]),
            try KS.request(id: 2, group: "ples", title: "Vaje plesne formacije", audience: 20, features: ["stage"], minutes: 90,
                           windows: [KS.window([.tuesday], "19:30-22:00")], venues: ["golnik"], rooms: ["golnik/dvorana"]),
            try KS.request(id: 3, group: "zbor", title: "Dodatne vaje zbora", audience: 28, features: ["piano"], minutes: 120,
                           pattern: .fortnightly, windows: [KS.window([.monday, .wednesday], "18:00-21:00")]),
            try KS.request(id: 4, group: "joga", title: "Joga za starejše", audience: 12, minutes: 60, sessions: 2,
                           windows: [KS.window([.tuesday, .thursday, .friday], "16:00-19:00")]),
            try KS.request(id: 5, group: "cebelarji", title: "Mesečni sestanek čebelarjev", audience: 15, features: ["projector"],
                           minutes: 120, pattern: .monthly(ordinal: 1), windows: [KS.window([.monday], "18:00-21:00")]),
            try KS.request(id: 6, group: "mok", title: "Javna predstavitev prostorskega načrta", audience: 200, minutes: 120,
                           pattern: .dates([KS.date("2027-03-11")]), windows: [KS.window([.thursday], "17:00-20:00")]),
            try KS.request(id: 7, group: "td", title: "Vaje tamburašev", audience: 10, features: ["piano"], minutes: 120,
                           windows: [KS.window([.tuesday], "18:00-20:00")]),
            try KS.request(id: 8, group: "zbor", title: "Sestanek odbora zbora", audience: 8, minutes: 60,
                           pattern: .dates([KS.date("2027-02-15"), KS.date("2027-03-29")]),
                           windows: [KS.window([.monday], "18:00-21:00")], venues: ["golnik"]),
        ]
    }

    static func run(_ database: AppDatabase, iterations: Int = 3000, seed: UInt64 = 1, dryRun: Bool = false) throws -> ScheduleReport {
        try Schedule.run(term: term, today: today, storage: database,
                         options: Schedule.Options(seconds: 60, seed: seed, iterations: iterations, dryRun: dryRun))
    }
}

/// Everything a use case can read, to compare a store before and after.
struct Snapshot: Equatable {
    var venues: [Venue]
    var rooms: [Bookings.Room]
    var closures: [Closure]
    var groups: [Group]
    var terms: [Term]
    var requests: [Request]
    var bookings: [Booking]

    init(_ storage: any BookingStorage) throws {
        (venues, rooms, closures, groups, terms, requests, bookings) = try storage.read { reader in
            (try reader.venues(), try reader.rooms(in: nil), try reader.closures(), try reader.groups(), try reader.terms(),
             try reader.requests(), try reader.bookings())
        }
    }
}
