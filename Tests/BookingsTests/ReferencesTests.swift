import Testing

import Bookings
import CivilTime

/// A reader over fixed lists, enough for `References` to look records up.
struct ListReader: StoreReader {
    var venueList: [Venue] = []
    var roomList: [Room] = []
    var groupList: [Group] = []
    var termList: [Term] = []

    func venues() throws -> [Venue] { venueList }
    func venue(_ slug: Slug) throws -> Venue? { venueList.first { $0.slug == slug } }
    func rooms(in venue: Slug?) throws -> [Room] { roomList.filter { venue == nil || $0.venue == venue } }
    func room(_ ref: RoomRef) throws -> Room? { roomList.first { $0.ref == ref } }
    func closures() throws -> [Closure] { [] }
    func closure(id: Int64) throws -> Closure? { nil }
    func groups() throws -> [Group] { groupList }
    func group(_ slug: Slug) throws -> Group? { groupList.first { $0.slug == slug } }
    func terms() throws -> [Term] { termList }
    func term(_ slug: Slug) throws -> Term? { termList.first { $0.slug == slug } }
    func requests() throws -> [Request] { [] }
    func request(id: Int64) throws -> Request? { nil }
    func bookings() throws -> [Booking] { [] }
    func bookings(inRooms rooms: Set<RoomRef>, orOfGroup group: Slug?) throws -> [Booking] { [] }
    func booking(id: Int64) throws -> Booking? { nil }
    func bookingTimes() throws -> [Int64: RecordTimes] { [:] }
    func policy(of venue: Slug) throws -> VenuePolicy { VenuePolicy(venue: venue) }
    func history(booking: Int64?) throws -> [HistoryEntry] { [] }
    func outbox(status: OutboxMessage.Status?, group: Slug?) throws -> [OutboxMessage] { [] }
    func outboxMessage(id: Int64) throws -> OutboxMessage? { nil }
}

@Suite("NotFound and References: missing records with the nearest known keys")
struct ReferencesTests {
    let reader: ListReader

    init() throws {
        let golnik = try slug("golnik")
        reader = ListReader(
            venueList: [try Venue(slug: golnik, name: "KS Golnik", address: ""),
                        try Venue(slug: slug("zlato-polje"), name: "KS Zlato polje", address: "")],
            roomList: [try Room(venue: golnik, name: "Velika dvorana", capacity: 120, openingHours: .closed),
                       try Room(venue: golnik, name: "Sejna soba", capacity: 20, openingHours: .closed),
                       try Room(venue: slug("zlato-polje"), name: "Velika dvorana", capacity: 150, openingHours: .closed)],
            groupList: [try Group(slug: slug("du-golnik"), name: "DU Golnik", token: "abcdEFGH23456789")],
            termList: [try Term(slug: slug("spomlad-2027"), name: "Pomlad 2027", firstDay: date("2027-01-11"),
                                lastDay: date("2027-06-20"))])
    }

    @Test func notFoundWithoutSuggestionsNamesKindAndKey() {
        #expect(NotFound(kind: "venue", key: "bled").description == "no venue \"bled\"")
    }

    @Test func notFoundListsItsSuggestionsAsAQuestion() {
        #expect(NotFound(kind: "room", key: "golnik/dvorana", suggestions: ["golnik/velika-dvorana", "golnik/mala-dvorana"]).description
            == "no room \"golnik/dvorana\" (did you mean \"golnik/velika-dvorana\", \"golnik/mala-dvorana\"?)")
    }

    @Test func nearestFindsATypoWithinASmallEditDistance() {
        #expect(nearest("golnik/velika-dvorna", in: ["golnik/velika-dvorana", "golnik/sejna-soba", "zlato-polje/velika-dvorana"])
            == ["golnik/velika-dvorana"])
    }

    @Test func nearestPutsContainingKeysFirstAndKeepsAtMostThree() {
        #expect(nearest("dvorana", in: ["strazisce/dvorana", "golnik/velika-dvorana", "zlato-polje/velika-dvorana", "golnik/kuhinja", "dvorane"])
            == ["golnik/velika-dvorana", "strazisce/dvorana", "zlato-polje/velika-dvorana"])
        #expect(nearest("dvorana", in: ["dvorane", "golnik/kuhinja"]) == ["dvorane"])
    }

    @Test func nearestSuggestsNothingWhenNothingIsClose() {
        #expect(nearest("telovadnica", in: ["golnik/kuhinja", "sejna-soba"]) == [])
        #expect(nearest("x", in: []) == [])
    }

    @Test func aMissingRoomSuggestsTheRoomMeantByATypo() throws {
        #expect(thrownMessage { try References(reader).room(roomRef("golnik/velika-dvorna")) }
            == "no room \"golnik/velika-dvorna\" (did you mean \"golnik/velika-dvorana\"?)")
    }

    @Test func aMissingVenueGroupOrTermIsNamed() throws {
        #expect(thrownMessage { try References(reader).venue(slug("golnk")) } == "no venue \"golnk\" (did you mean \"golnik\"?)")
        #expect(thrownMessage { try References(reader).group(slug("du-golnk")) } == "no group \"du-golnk\" (did you mean \"du-golnik\"?)")
        #expect(thrownMessage { try References(reader).term(slug("jesen-2027")) } == "no term \"jesen-2027\"")
    }

    @Test func existingRecordsAreFound() throws {
        #expect(try References(reader).room(roomRef("zlato-polje/velika-dvorana")).capacity == 150)
        #expect(try References(reader).venue(slug("golnik")).name == "KS Golnik")
    }

    @Test func aBookingIsCheckedDownToTheRoomOfAMovedOccurrence() throws {
        let moved = OccurrenceException(originalDate: try date("2027-03-16"),
                                        change: .moved(to: try dateTime("2027-03-17T18:00"), room: try roomRef("golnik/sejna-sob")))
        let booking = try Booking(room: roomRef("golnik/velika-dvorana"), group: slug("du-golnik"), title: "Vaje",
                                  start: dateTime("2027-01-12T18:00"), durationMinutes: 60, exceptions: [moved])
        #expect(thrownMessage { try References(reader).check(booking) }
            == "no room \"golnik/sejna-sob\" (did you mean \"golnik/sejna-soba\"?)")
    }

    @Test func aRequestIsCheckedForItsVenuesAndPreferredRooms() throws {
        let request = try Request(group: slug("du-golnik"), term: slug("spomlad-2027"), title: "Vaje", audience: 10,
                                  durationMinutes: 60, windows: [TimeWindow(days: [.monday], hours: hours("16:00-18:00"))],
                                  venues: [slug("zlato-polj")])
        #expect(thrownMessage { try References(reader).check(request) } == "no venue \"zlato-polj\" (did you mean \"zlato-polje\"?)")
        #expect(thrownMessage { try References(reader).check(Closure.Scope.room(roomRef("golnik/kuhinja"))) }
            == "no room \"golnik/kuhinja\"")
    }
}
