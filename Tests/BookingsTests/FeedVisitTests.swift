import Bookings
import CivilTime
import ICalendar
import Testing

/// An occurrence moved to another room shows in that room's feed too, as an event of its own.
@Suite struct FeedVisitTests {
    struct World {
        var data: FeedData
        let hall = try! RoomRef(parsing: "golnik/velika-dvorana")
        let meetingRoom = try! RoomRef(parsing: "golnik/sejna-soba")
        let otherHall = try! RoomRef(parsing: "zlato-polje/velika-dvorana")

        init(state: Booking.State = .approved) throws {
            let golnik = try Venue(slug: Slug(folding: "golnik"), name: "KS Golnik", address: "Golnik 45, 4204 Golnik")
            let zlato = try Venue(slug: Slug(folding: "zlato-polje"), name: "KS Zlato polje", address: "")
            let open = try OpeningHours(parsingLines: ["mon-sun 08:00-22:00"], record: "room")
            let rooms = try [
                Room(venue: golnik.slug, name: "Velika dvorana", capacity: 120, openingHours: open),
                Room(venue: golnik.slug, name: "Sejna soba", capacity: 20, openingHours: open),
                Room(venue: zlato.slug, name: "Velika dvorana", capacity: 150, openingHours: open),
            ]
            let group = try Group(slug: Slug(folding: "zbor"), name: "Pevski zbor", token: "abcdefghijklmnop1234")
            let booking = try Booking(
                id: 7, room: hall, group: group.slug, title: "Vaje zbora", start: LocalDateTime(iso: "2027-03-02T18:00"),
                durationMinutes: 120, recurrence: "FREQ=WEEKLY;UNTIL=20270330", state: state, exceptions: [
                    OccurrenceException(originalDate: LocalDate(iso: "2027-03-09"),
                                        change: .moved(to: LocalDateTime(iso: "2027-03-10T18:00"), room: meetingRoom)),
                    OccurrenceException(originalDate: LocalDate(iso: "2027-03-16"),
                                        change: .moved(to: LocalDateTime(iso: "2027-03-16T19:00"), room: otherHall)),
                    OccurrenceException(originalDate: LocalDate(iso: "2027-03-23"),
                                        change: .moved(to: LocalDateTime(iso: "2027-03-24T18:00"), room: nil)),
                ])
            data = FeedData(venues: [golnik, zlato], rooms: rooms, groups: [group], closures: [], bookings: [booking])
        }

        func events(_ scope: FeedScope) throws -> [Component] {
            try Feed(scope: scope, data: data).document(fixedStamp).components(named: "VEVENT")
        }

        func agenda(_ scope: FeedScope) throws -> [String] {
            try Feed(scope: scope, data: data).occurrences(from: LocalDate(iso: "2027-03-01"), through: LocalDate(iso: "2027-03-31"))
                .map { "\($0.occurrence.start) \($0.place.room.name)" }
        }
    }

    @Test func theRoomAnOccurrenceMovedToPublishesItAsAnEventOfItsOwn() throws {
        let world = try World()
        let events = try world.events(.room(world.meetingRoom))
        #expect(events.count == 1)
        let event = try #require(events.first)
        #expect(event.uid == "booking-7-2027-03-09@prostor.kranj.si")
        #expect(event.start == .zoned(try LocalDateTime(iso: "2027-03-10T18:00"), zone: "Europe/Ljubljana"))
        #expect(event.end == .zoned(try LocalDateTime(iso: "2027-03-10T20:00"), zone: "Europe/Ljubljana"))
        #expect(event.recurrenceID == nil)
        #expect(event.recurrenceRule == nil)
        #expect(event.location == "Sejna soba, KS Golnik, Golnik 45, 4204 Golnik")
        #expect(try world.agenda(.room(world.meetingRoom)) == ["2027-03-10T18:00 Sejna soba"])
    }

    @Test func aVenueGetsTheOccurrencesMovedInFromAnotherVenueOnly() throws {
        let world = try World()
        // Golnik has the series with its overrides, including the move to its own meeting room.
        let golnik = try world.events(.venue(Slug(folding: "golnik")))
        #expect(golnik.map(\.uid) == Array(repeating: "booking-7@prostor.kranj.si", count: 4))
        let zlato = try world.events(.venue(Slug(folding: "zlato-polje")))
        #expect(zlato.map(\.uid) == ["booking-7-2027-03-16@prostor.kranj.si"])
        #expect(try world.agenda(.venue(Slug(folding: "zlato-polje"))) == ["2027-03-16T19:00 Velika dvorana"])
        // The feed of all venues and the group's feed have the whole series once.
        #expect(try world.events(.all).count == 4)
        #expect(try world.events(.group(Slug(folding: "zbor"))).count == 4)
        #expect(try world.events(.room(world.hall)).count == 4)
    }

    @Test func aCancelledOrRejectedBookingVisitsNoRoom() throws {
        for state in [Booking.State.cancelled, .rejected] {
            let world = try World(state: state)
            #expect(try world.events(.room(world.meetingRoom)).isEmpty)
            #expect(!FeedScope.room(world.meetingRoom).receivesMoves(from: world.data.bookings[0]))
        }
    }
}
