import BookingStore
import Bookings
import CivilTime
import Foundation

/// One venue with a hall open every evening, a term, two groups, and helpers to make bookings.
enum WorkflowFixture {
    static let golnik = Slug(folding: "golnik")
    static let hall = RoomRef(venue: golnik, room: Slug(folding: "dvorana"))
    static let kitchen = RoomRef(venue: golnik, room: Slug(folding: "kuhinja"))
    /// 2027-01-05 09:00 UTC: 10:00 in Ljubljana.
    static let context = ChangeContext(actor: "Marija Kos", now: Date(timeIntervalSince1970: 1_799_139_600))

    /// A real store (SQLite in memory, which passes the storage contract), so that the use cases meet
    /// its references, transactions and ids; `write` and `read` open transactions as the CLI does.
    static func store() throws -> AppDatabase {
        let database = try AppDatabase()
        try database.write { store in try seed(store) }
        return database
    }

    private static func seed(_ store: any StoreWriter) throws {
        try store.save(try Venue(slug: golnik, name: "KS Golnik", address: "Golnik 45"))
        try store.save(try Room(venue: golnik, slug: hall.room, name: "Dvorana", capacity: 60, features: ["piano"],
                                openingHours: .daily(try TimeRange(parsing: "16:00-22:00"))))
        try store.save(try Room(venue: golnik, slug: kitchen.room, name: "Kuhinja", capacity: 10,
                                openingHours: .daily(try TimeRange(parsing: "16:00-22:00"))))
        try store.save(try Term(slug: Slug(folding: "pomlad"), name: "Pomlad", firstDay: date("2027-01-11"), lastDay: date("2027-06-20")))
        for (slug, kind) in [("zbor", "society"), ("sola", "school")] {
            try store.save(try Group(slug: Slug(folding: slug), name: slug, kind: kind, token: Group.newToken()))
        }
    }

    /// Runs `body` with a booking desk in one write transaction, as the CLI does.
    static func desk<T>(_ database: AppDatabase, _ body: (BookingDesk) throws -> T) throws -> T {
        try database.write { writer in try body(BookingDesk(writer, context: context)) }
    }

    static func date(_ text: String) throws -> LocalDate { try LocalDate(iso: text) }

    static func booking(_ group: String, _ start: String, rule: String? = "FREQ=WEEKLY;COUNT=4", minutes: Int = 120,
                        room: RoomRef = hall, state: Booking.State = .tentative) throws -> Booking {
        try Booking(room: room, group: Slug(folding: group), title: "Vaje \(group) \(start)", start: LocalDateTime(iso: start),
                    durationMinutes: minutes, recurrence: rule, state: state)
    }
}
