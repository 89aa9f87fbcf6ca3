import BookingStore
import BookingWeb
import Bookings
import CivilTime
import Foundation
import Hummingbird
import HummingbirdTesting

/// A small venue with hostile names, a private booking and a tentative one, served on a fixed "today"
/// (Tuesday 16 February 2027, in ISO week 2027-W07).
struct WebFixture {
    static let hostileTitle = "<script>alert('t')</script> Vaje"
    static let hostileGroup = "<b onmouseover=alert(1)>Zbor</b> & prijatelji"
    static let privateTitle = "Skrivni sestanek"
    static let privateGroup = "Tajna skupina"
    static let secretEmail = "tajna@primer.si"
    static let secretToken = "TajniZeton0123456789abcdefghijkl"
    static let choirToken = "ZborovZeton0123456789abcdefghijk"

    let database: AppDatabase
    let server: WebServer

    /// `storage` wraps the database the server uses, e.g. in one whose writes find it busy.
    init(feeds: (any FeedSource)? = nil, feedFreshness: TimeInterval = 5,
         storage: (AppDatabase) -> any BookingStorage = { $0 }) throws {
        database = try AppDatabase()
        try database.write { writer in
            let golnik = Slug(folding: "golnik")
            try writer.save(Venue(slug: golnik, name: "KS Golnik", address: "Golnik 45, 4204 Golnik"))
            let hours = OpeningHours.daily(try TimeRange(parsing: "08:00-22:00"))
            try writer.save(Room(venue: golnik, slug: Slug(folding: "velika-dvorana"), name: "Velika dvorana", capacity: 120,
                                 features: ["piano", "projector"], openingHours: hours))
            try writer.save(Room(venue: golnik, slug: Slug(folding: "sejna-soba"), name: "Sejna soba", capacity: 20,
                                 features: ["projector"], openingHours: hours))
            try writer.save(Term(slug: Slug(folding: "spomlad-2027"), name: "Pomlad 2027",
                                 firstDay: LocalDate(iso: "2027-01-11"), lastDay: LocalDate(iso: "2027-06-20")))
            let choir = try Group(slug: Slug(folding: "zbor"), name: Self.hostileGroup, email: "zbor@primer.si", token: Self.choirToken)
            let secret = try Group(slug: Slug(folding: "tajna"), name: Self.privateGroup, email: Self.secretEmail,
                                   phone: "041 000 000", token: Self.secretToken)
            try writer.save(choir)
            try writer.save(secret)
            let dvorana = RoomRef(venue: golnik, room: Slug(folding: "velika-dvorana"))
            let soba = RoomRef(venue: golnik, room: Slug(folding: "sejna-soba"))
            try writer.save(Booking(room: dvorana, group: choir.slug, title: Self.hostileTitle,
                                    start: LocalDateTime(iso: "2027-02-16T18:00:00"), durationMinutes: 90,
                                    recurrence: "FREQ=WEEKLY;BYDAY=TU;COUNT=10", state: .approved))
            try writer.save(Booking(room: soba, group: secret.slug, title: Self.privateTitle, description: "Dnevni red",
                                    start: LocalDateTime(iso: "2027-02-17T17:00:00"), durationMinutes: 60,
                                    recurrence: "FREQ=WEEKLY;BYDAY=WE;COUNT=5", state: .approved, isPublic: false))
            try writer.save(Booking(room: soba, group: choir.slug, title: "Pevske vaje (predlog)",
                                    start: LocalDateTime(iso: "2027-02-18T19:00:00"), durationMinutes: 120,
                                    recurrence: "FREQ=WEEKLY;BYDAY=TH;COUNT=3", state: .tentative))
        }
        var options = WebServer.Options(publicURL: "https://prostor.example.si")
        options.today = { _ in LocalDate(dayNumber: LocalDate.dayNumber(year: 2027, month: 2, day: 16)) }
        options.freshness = feedFreshness
        server = try WebServer(storage: storage(database), feeds: feeds ?? StoreFeedSource(storage: database, host: "prostor.example.si"),
                               options: options)
    }

    /// Runs `body` against the router, without a network.
    func test(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = Application(router: server.router())
        try await app.test(.router) { client in try await body(client) }
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
}
