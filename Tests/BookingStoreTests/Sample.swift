import Bookings
import CivilTime

/// A small but complete set of records: two venues, rooms with hours and features, closures of each
/// scope, groups, a term, requests of each repeat kind and bookings with cancelled and moved occurrences.
struct Sample {
    let golnik: Venue, zlatoPolje: Venue
    let dvorana: Room, sejnaSoba: Room, klubskaSoba: Room
    let term: Term
    let upokojenci: Group, gasilci: Group
    let closures: [Closure]
    let requests: [Request]
    let bookings: [Booking]

    init() throws {
        golnik = try Venue(slug: slug("golnik"), name: "KS Golnik", address: "Golnik 45, 4204 Golnik")
        zlatoPolje = try Venue(slug: slug("zlato-polje"), name: "KS Zlato polje", address: "Ulica Janeza Puharja 8, 4000 Kranj",
                               timeZone: "Europe/Vienna")
        dvorana = try Room(venue: golnik.slug, slug: slug("velika-dvorana"), name: "Velika dvorana", capacity: 120,
                           features: ["piano", "stage", "step-free"],
                           openingHours: OpeningHours([.monday: [hours("16:00-22:00")],
                                                       .thursday: [hours("09:00-12:00"), hours("16:00-22:00")],
                                                       .saturday: [hours("08:00-13:00")]]))
        sejnaSoba = try Room(venue: golnik.slug, slug: slug("sejna-soba"), name: "Sejna soba", capacity: 20,
                             features: ["projector"], openingHours: .daily(hours("08:00-24:00")))
        klubskaSoba = try Room(venue: zlatoPolje.slug, name: "Klubska soba", capacity: 18, openingHours: .closed)
        term = try Term(slug: slug("spomlad-2027"), name: "Pomlad 2027", firstDay: date("2027-01-11"), lastDay: date("2027-06-20"))
        upokojenci = try Group(slug: slug("du-golnik"), name: "Društvo upokojencev Golnik", kind: "society",
                               contactName: "Frančiška Žagar", email: "tajnistvo@du-golnik.si", phone: "+386 41 552 318",
                               token: "DuGolnik0123456789abcdef")
        gasilci = try Group(slug: slug("pgd-golnik-mladina"), name: "PGD Golnik – mladinska desetina", kind: "society",
                            token: "PgdGolnik0123456789abcde")
        closures = [
            try Closure(scope: .everywhere, firstDay: date("2027-02-08"), reason: "Prešernov dan"),
            try Closure(scope: .venue(zlatoPolje.slug), firstDay: date("2027-01-30"), lastDay: date("2027-02-01"),
                        reason: "Servis ogrevanja"),
            try Closure(scope: .room(sejnaSoba.ref), firstDay: date("2027-03-10"), hours: hours("15:00-18:00"),
                        reason: "Inšpekcijski pregled"),
        ]
        let evenings = TimeWindow(days: [.monday, .wednesday], hours: try hours("16:00-20:00"))
        let preferred = TimeWindow(days: [.wednesday], hours: try hours("18:00-20:00"))
        let (group, termSlug, venue, room) = (upokojenci.slug, term.slug, golnik.slug, dvorana.ref)
        func makeRequest(_ title: String, _ pattern: WeekPattern, sessions: Int = 1) throws -> Request {
            try Request(group: group, term: termSlug, title: title, description: "Opis: \(title)", audience: 16,
                        features: ["piano"], durationMinutes: 90, sessionsPerWeek: sessions, pattern: pattern,
                        windows: [evenings], preferredWindows: [preferred],
                        venues: [venue], preferredRooms: [room], isPublic: pattern != .fortnightly)
        }
        requests = [
            try makeRequest("Vaje pevskega zbora", .weekly, sessions: 2),
            try makeRequest("Kuharska delavnica", .fortnightly),
            try makeRequest("Zbor članov", .monthly(ordinal: -1)),
            try makeRequest("Predavanje o zdravju", .dates([date("2027-03-03"), date("2027-04-07")])),
        ]
        bookings = [
            try Booking(room: dvorana.ref, group: gasilci.slug, title: "Vaje gasilske mladine", description: "Redne vaje",
                        start: dateTime("2027-01-12T18:00"), durationMinutes: 120,
                        recurrence: "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270615", state: .approved, exceptions: [
                            OccurrenceException(originalDate: try date("2027-02-09"), change: .cancelled, reason: "Občni zbor"),
                            OccurrenceException(originalDate: try date("2027-03-16"),
                                                change: .moved(to: try dateTime("2027-03-17T18:00"), room: sejnaSoba.ref),
                                                reason: "Dvorana zasedena"),
                            OccurrenceException(originalDate: try date("2027-04-06"),
                                                change: .moved(to: try dateTime("2027-04-06T19:30"), room: nil)),
                        ], sequence: 2),
            try Booking(room: sejnaSoba.ref, group: upokojenci.slug, title: "Seja odbora", start: dateTime("2027-02-01T19:00"),
                        durationMinutes: 90, isPublic: false),
        ]
    }

    var venues: [Venue] { [golnik, zlatoPolje] }
    /// Sorted as the store lists them: by venue, then room slug.
    var rooms: [Room] { [sejnaSoba, dvorana, klubskaSoba] }
    var groups: [Group] { [upokojenci, gasilci] }

    /// Saves everything; returns the closures, requests and bookings with the ids the store gave them.
    /// The first booking belongs to the first request.
    func save(into store: any StoreWriter) throws -> (closures: [Closure], requests: [Request], bookings: [Booking]) {
        for venue in venues { try store.save(venue) }
        for room in rooms { try store.save(room) }
        for group in groups { try store.save(group) }
        try store.save(term)
        let savedClosures = try closures.map { try store.save($0) }
        let savedRequests = try requests.map { try store.save($0) }
        var first = bookings[0]
        first.requestID = savedRequests[0].id
        let savedBookings = [try store.save(first), try store.save(bookings[1])]
        return (savedClosures, savedRequests, savedBookings)
    }
}
