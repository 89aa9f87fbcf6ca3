import Testing

import Bookings
import CivilTime

@Suite("Venue and Room: each rule with the message a user sees")
struct PlaceValidationTests {
    @Test func venueTrimsItsFieldsAndDerivesTheSlugFromTheName() throws {
        let venue = try Venue(name: "  KS Zlato polje ", address: " Ulica Janeza Puharja 8, 4000 Kranj ")
        #expect(venue.slug.value == "ks-zlato-polje")
        #expect(venue.name == "KS Zlato polje")
        #expect(venue.address == "Ulica Janeza Puharja 8, 4000 Kranj")
        #expect(venue.timeZone == "Europe/Ljubljana")
    }

    @Test func venueKeepsAGivenSlug() throws {
        let venue = try Venue(slug: slug("zlato-polje"), name: "KS Zlato polje", address: "")
        #expect(venue.slug.value == "zlato-polje")
    }

    @Test func venueNeedsAName() {
        #expect(thrownMessage { try Venue(name: "  ", address: "Golnik 45") }
            == "venue \"  \": name must not be empty, got \"  \"")
    }

    @Test func venueNameMustNotContainControlCharacters() {
        #expect(thrownMessage { try Venue(name: "KS\tGolnik", address: "") }
            == "venue \"KS\tGolnik\": name must not contain control characters, got \"KS\tGolnik\"")
    }

    @Test func venueNameWithoutLettersCannotMakeASlug() {
        #expect(thrownMessage { try Venue(name: "!!!", address: "") }
            == "venue \"!!!\": name must contain a letter or digit to make a slug from, got \"!!!\"")
    }

    @Test func venueTimeZoneMustBeAnIANAZone() {
        #expect(thrownMessage { try Venue(name: "KS Golnik", address: "", timeZone: "Europe/Kranj") }
            == "venue \"KS Golnik\": timezone must be an IANA time zone such as \"Europe/Ljubljana\", got \"Europe/Kranj\"")
    }

    @Test func roomNormalisesItsFeaturesToSortedUniqueSlugs() throws {
        let room = try Room(venue: slug("golnik"), name: "Velika dvorana", capacity: 120,
                            features: ["Step free", "projector", "step-free", "Sound system"], openingHours: .closed)
        #expect(room.slug.value == "velika-dvorana")
        #expect(room.features == ["projector", "sound-system", "step-free"])
        #expect(room.ref.description == "golnik/velika-dvorana")
        #expect(room.missingFeatures(["piano", "projector", "kitchen"]) == ["kitchen", "piano"])
    }

    @Test func roomCapacityMustBePositive() throws {
        let golnik = try slug("golnik")
        #expect(thrownMessage { try Room(venue: golnik, name: "Velika dvorana", capacity: -5, openingHours: .closed) }
            == "room \"Velika dvorana\": capacity must be a positive number, got \"-5\"")
        #expect(thrownMessage { try Room(venue: golnik, name: "Velika dvorana", capacity: 0, openingHours: .closed) }
            == "room \"Velika dvorana\": capacity must be a positive number, got \"0\"")
    }

    @Test func roomNeedsAName() throws {
        let golnik = try slug("golnik")
        #expect(thrownMessage { try Room(venue: golnik, name: "", capacity: 10, openingHours: .closed) }
            == "room \"\": name must not be empty, got \"\"")
    }

    @Test func roomFeaturesMustBeWords() throws {
        let golnik = try slug("golnik")
        #expect(thrownMessage { try Room(venue: golnik, name: "Kuhinja", capacity: 12, features: ["kitchen", "–"], openingHours: .closed) }
            == "room \"Kuhinja\": features must be a word such as \"projector\", got \"–\"")
    }
}

@Suite("Group and Term: each rule with the message a user sees")
struct GroupTermValidationTests {
    let token = "abcdEFGH23456789"

    @Test func groupFoldsItsKindAndTrimsItsContact() throws {
        let group = try Group(name: "Šahovski klub Stražišče", kind: "Public body", contactName: " Matjaž Čebašek ",
                              email: " info@sah-strazisce.si ", phone: " +386 51 208 644 ", token: token)
        #expect(group.slug.value == "sahovski-klub-strazisce")
        #expect(group.kind == "public-body")
        #expect(group.contactName == "Matjaž Čebašek")
        #expect(group.email == "info@sah-strazisce.si")
        #expect(group.phone == "+386 51 208 644")
    }

    @Test func groupEmailMustLookLikeAnAddress() {
        #expect(thrownMessage { try Group(name: "DU Golnik", email: "tajnistvo.du-golnik.si", token: token) }
            == "group \"DU Golnik\": email must be an e-mail address like \"ime@primer.si\", got \"tajnistvo.du-golnik.si\"")
        #expect(thrownMessage { try Group(name: "DU Golnik", email: "a b@c.si", token: token) }
            == "group \"DU Golnik\": email must be an e-mail address like \"ime@primer.si\", got \"a b@c.si\"")
    }

    @Test func groupTokenMustBeLongASCIIAlphanumerics() {
        #expect(thrownMessage { try Group(name: "DU Golnik", token: "short") }
            == "group \"DU Golnik\": token must be at least 16 ASCII letters and digits, got \"short\"")
        #expect(thrownMessage { try Group(name: "DU Golnik", token: "čćžšđČĆŽŠĐčćžšđČ") }
            == "group \"DU Golnik\": token must be at least 16 ASCII letters and digits, got \"čćžšđČĆŽŠĐčćžšđČ\"")
    }

    @Test func groupKindMustBeOneOfTheDocumentedKinds() {
        #expect(thrownMessage { try Group(name: "DU Golnik", kind: "??", token: token) }
            == "group \"DU Golnik\": kind must be one of society, club, school, ngo, initiative, public-body, got \"??\"")
        #expect(thrownMessage { try Group(name: "DU Golnik", kind: "cult", token: token) }
            == "group \"DU Golnik\": kind must be one of society, club, school, ngo, initiative, public-body, got \"cult\"")
    }

    @Test func roomKindsNameOnlyDocumentedKinds() throws {
        #expect(thrownMessage { try VenuePolicy(venue: slug("golnik"), roomKinds: ["kuhinja": ["society", "cult"]]) }
            == "policy of venue golnik: room_kinds.kuhinja must be one of society, club, school, ngo, initiative, public-body, got \"cult\"")
        #expect(try VenuePolicy(venue: slug("golnik"), roomKinds: ["kuhinja": ["Public body"]]).roomKinds == ["kuhinja": ["public-body"]])
    }

    @Test func newTokensAreValidAndDifferent() throws {
        let first = Group.newToken(), second = Group.newToken()
        #expect(first.count == 32)
        #expect(first != second)
        #expect(try Group(name: "DU Golnik", token: first).token == first)
    }

    @Test func termEndMustBeAfterItsStart() throws {
        let start = try date("2027-01-11")
        #expect(thrownMessage { try Term(name: "Pomlad 2027", firstDay: start, lastDay: start) }
            == "term \"Pomlad 2027\": end must be after the start 2027-01-11, got \"2027-01-11\"")
        #expect(thrownMessage { try Term(name: "Pomlad 2027", firstDay: start, lastDay: date("2026-12-31")) }
            == "term \"Pomlad 2027\": end must be after the start 2027-01-11, got \"2026-12-31\"")
    }

    @Test func termCountsEveryCalendarWeekItTouches() throws {
        // 2027-01-11 is a Monday and 2027-06-20 a Sunday: exactly 23 weeks.
        #expect(try Term(name: "Pomlad 2027", firstDay: date("2027-01-11"), lastDay: date("2027-06-20")).weekCount == 23)
        // Wednesday to the next Tuesday touches two weeks.
        #expect(try Term(name: "Kratki", firstDay: date("2027-01-13"), lastDay: date("2027-01-19")).weekCount == 2)
        // A Sunday start belongs to the week of the Monday before it.
        #expect(try Term(name: "Nedelja", firstDay: date("2027-01-17"), lastDay: date("2027-01-18")).weekCount == 2)
        #expect(try Term(name: "Vikend", firstDay: date("2027-01-16"), lastDay: date("2027-01-17")).weekCount == 1)
    }

    @Test func termContainsItsFirstAndLastDay() throws {
        let term = try Term(name: "Pomlad 2027", firstDay: date("2027-01-11"), lastDay: date("2027-06-20"))
        #expect(term.slug.value == "pomlad-2027")
        #expect(term.contains(try date("2027-01-11")))
        #expect(term.contains(try date("2027-06-20")))
        #expect(!term.contains(try date("2027-06-21")))
        #expect(!term.contains(try date("2027-01-10")))
    }
}
