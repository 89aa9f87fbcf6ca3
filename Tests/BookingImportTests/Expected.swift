import Bookings
import CivilTime

/// The domain values that Fixtures/setup.yaml and Fixtures/requests.csv describe, without store ids.
/// The groups without a token in the file get a random one on import; `groups` has a placeholder there.
struct Expected {
    let term: Term
    let venues: [Venue]
    let rooms: [Room]
    let closures: [Closure]
    let groups: [Group]
    let yamlRequests: [Request]
    let csvRequests: [Request]
    let bookings: [Booking]

    init() throws {
        let spring = try slug("spomlad-2027"), golnik = try slug("golnik"), strazisce = try slug("strazisce")
        let du = try slug("du-golnik"), sk = try slug("sk-strazisce"), pgd = try slug("pgd-golnik-mladinska-desetina")
        term = try Term(slug: spring, name: "Pomlad 2027", firstDay: date("2027-01-11"), lastDay: date("2027-06-20"))
        venues = [
            try Venue(slug: golnik, name: "KS Golnik", address: "Golnik 45, 4204 Golnik"),
            try Venue(slug: strazisce, name: "KS Stražišče", address: "Škofjeloška cesta 21, 4000 Kranj"),
        ]
        let evenings = try hours("16:00-22:00")
        rooms = [
            try Room(venue: golnik, slug: slug("sejna-soba"), name: "Sejna soba", capacity: 20, features: ["projector"],
                     openingHours: OpeningHours([.tuesday: [hours("08:00-22:00")], .wednesday: [hours("08:00-24:00")]])),
            try Room(venue: golnik, slug: slug("velika-dvorana"), name: "Velika dvorana", capacity: 120,
                     features: ["piano", "stage", "step-free"],
                     openingHours: OpeningHours([.monday: [evenings], .tuesday: [evenings],
                                                 .thursday: [hours("09:00-12:00"), evenings], .saturday: [hours("08:00-13:00")]])),
            try Room(venue: strazisce, slug: slug("telovadnica"), name: "Mala telovadnica", capacity: 30,
                     features: ["sports-floor", "step-free"], openingHours: OpeningHours([.friday: [evenings]])),
        ]
        closures = [
            try Closure(scope: .venue(strazisce), firstDay: date("2027-01-30"), lastDay: date("2027-02-01"),
                        reason: "Servis ogrevanja"),
            try Closure(scope: .everywhere, firstDay: date("2027-02-08"), reason: "Prešernov dan"),
            try Closure(scope: .room(roomRef("golnik/sejna-soba")), firstDay: date("2027-03-10"), hours: hours("15:00-18:00"),
                        reason: "Inšpekcijski pregled"),
        ]
        groups = [
            try Group(slug: du, name: "Društvo upokojencev Golnik", kind: "society", contactName: "Frančiška Žagar",
                      email: "tajnistvo@du-golnik.si", phone: "+386 41 552 318", token: "DuGolnik0123456789abcdef"),
            try Group(slug: pgd, name: "PGD Golnik – mladinska desetina", kind: "society", email: "mladina@pgd-golnik.si",
                      token: "placeholder0000000000"),
            try Group(slug: sk, name: "Šahovski klub Stražišče", kind: "club", token: "placeholder0000000000"),
        ]
        yamlRequests = [
            try Request(group: du, term: spring, title: "Vaje pevskega zbora", description: "Redne vaje.", audience: 16,
                        features: ["piano"], durationMinutes: 90, sessionsPerWeek: 2, pattern: .weekly,
                        windows: [window([.monday, .thursday], "16:00-20:00")],
                        preferredWindows: [window([.thursday], "18:00-20:00")],
                        venues: [golnik], preferredRooms: [roomRef("golnik/velika-dvorana")]),
            try Request(group: sk, term: spring, title: "Šahovski trening", audience: 12, durationMinutes: 120,
                        pattern: .fortnightly, windows: [window([.friday], "16:00-20:00")], isPublic: false),
            try Request(group: du, term: spring, title: "Zbor članov", audience: 40, durationMinutes: 90,
                        pattern: .monthly(ordinal: -1), windows: [window([.tuesday, .wednesday], "17:00-20:00")]),
            try Request(group: sk, term: spring, title: "Simultanka", audience: 25, durationMinutes: 120,
                        pattern: .dates([date("2027-03-12"), date("2027-04-16")]),
                        windows: [window([.friday], "16:00-22:00")], venues: [strazisce]),
        ]
        csvRequests = [
            try Request(group: du, term: spring, title: "Telovadba",
                        description: "Vodi jo \"Frančiška\"; prinesite podloge.\nDruga vrstica.", audience: 20,
                        durationMinutes: 60, sessionsPerWeek: 2, windows: [window([.tuesday, .thursday], "09:00-12:00")],
                        venues: [golnik], preferredRooms: [roomRef("golnik/sejna-soba")]),
            try Request(group: sk, term: spring, title: "Šah za otroke", audience: 10, durationMinutes: 90,
                        pattern: .fortnightly, windows: [window([.friday], "16:00-18:00")], venues: [strazisce],
                        isPublic: false),
            try Request(group: du, term: spring, title: "Kuhanje", description: "Recepti; babice", audience: 8,
                        features: ["projector", "step-free"], durationMinutes: 120, pattern: .monthly(ordinal: 1),
                        windows: [window([.wednesday], "15:00-19:00")]),
        ]
        bookings = [
            try Booking(room: roomRef("golnik/velika-dvorana"), group: pgd, title: "Vaje gasilske mladine",
                        description: "Redne vaje.", start: dateTime("2027-01-12T18:00"), durationMinutes: 120,
                        recurrence: "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270615", state: .approved, exceptions: [
                            OccurrenceException(originalDate: try date("2027-02-09"), change: .cancelled,
                                                reason: "Občni zbor društva"),
                            OccurrenceException(originalDate: try date("2027-03-16"),
                                                change: .moved(to: try dateTime("2027-03-17T18:00"), room: try roomRef("golnik/sejna-soba")),
                                                reason: "Dvorana zasedena"),
                            OccurrenceException(originalDate: try date("2027-04-27"),
                                                change: .moved(to: try dateTime("2027-04-28T18:00"), room: nil)),
                        ]),
            try Booking(room: roomRef("strazisce/telovadnica"), group: sk, title: "Turnir", start: dateTime("2027-05-14T16:00"),
                        durationMinutes: 180, state: .tentative, isPublic: false),
        ]
    }
}

extension Request {
    /// The request as a file gives it: no store id.
    var withoutID: Request {
        var copy = self
        copy.id = nil
        return copy
    }
}

extension Booking {
    var withoutID: Booking {
        var copy = self
        copy.id = nil
        return copy
    }
}

extension Closure {
    var withoutID: Closure {
        var copy = self
        copy.id = nil
        return copy
    }
}

extension Group {
    /// The group with its secret replaced, to compare the rest of it.
    func withToken(_ token: String) -> Group {
        var copy = self
        copy.token = token
        return copy
    }
}
