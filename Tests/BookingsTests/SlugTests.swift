import Testing

import Bookings

@Suite("Slug: folding names into keys people can type and put in URLs")
struct SlugTests {
    @Test func foldsSlovenianDiacriticsToASCII() {
        #expect(Slug(folding: "Stražišče").value == "strazisce")
        #expect(Slug(folding: "Čebelarsko društvo Žiri").value == "cebelarsko-drustvo-ziri")
    }

    @Test func joinsWordsWithSingleHyphensInLowerCase() {
        #expect(Slug(folding: "KS Zlato polje").value == "ks-zlato-polje")
    }

    @Test func spellsOutLettersThatDoNotDecompose() {
        #expect(Slug(folding: "Đurđevac").value == "durdevac")
        #expect(Slug(folding: "Łódź Straße").value == "lodz-strasse")
    }

    @Test func collapsesPunctuationAndRepeatedSeparatorsAndTrimsTheEnds() {
        #expect(Slug(folding: "  PGD Golnik – mladinska desetina!! ").value == "pgd-golnik-mladinska-desetina")
        #expect(Slug(folding: "--a__b..c--").value == "a-b-c")
        #expect(Slug(folding: "Pomlad 2027 (2. del)").value == "pomlad-2027-2-del")
    }

    @Test func isEmptyWhenTheNameHasNoLetterOrDigit() {
        #expect(Slug(folding: "").value == "")
        #expect(Slug(folding: " –!? ").value == "")
        #expect(Slug(folding: "☕️").value == "")
    }

    @Test func acceptsAnAlreadyFoldedSlug() throws {
        let slug = try Slug(validating: "velika-dvorana", record: "room \"Velika dvorana\"", field: "slug")
        #expect(slug.value == "velika-dvorana")
        #expect(slug.description == "velika-dvorana")
    }

    @Test func rejectsASlugWithCapitalsOrSpacesAndSuggestsItsFoldedForm() {
        #expect(thrownMessage { try Slug(validating: "Velika Dvorana", record: "room \"Velika dvorana\"", field: "slug") }
            == "room \"Velika dvorana\": slug must be lower-case letters, digits and hyphens, like \"velika-dvorana\", got \"Velika Dvorana\"")
        #expect(thrownMessage { try Slug(validating: "stražišče", record: "venue \"KS Stražišče\"", field: "slug") }
            == "venue \"KS Stražišče\": slug must be lower-case letters, digits and hyphens, like \"strazisce\", got \"stražišče\"")
    }

    @Test func rejectsLeadingTrailingAndDoubledHyphens() {
        #expect(thrownMessage { try Slug(validating: "-golnik", record: "", field: "venue") }
            == "venue must be lower-case letters, digits and hyphens, like \"golnik\", got \"-golnik\"")
        #expect(thrownMessage { try Slug(validating: "zlato--polje", record: "", field: "venue") }
            == "venue must be lower-case letters, digits and hyphens, like \"zlato-polje\", got \"zlato--polje\"")
        #expect(thrownMessage { try Slug(validating: "golnik-", record: "", field: "venue") }
            == "venue must be lower-case letters, digits and hyphens, like \"golnik\", got \"golnik-\"")
    }

    @Test func rejectsAnEmptySlug() {
        #expect(thrownMessage { try Slug(validating: "", record: "group \"DU Golnik\"", field: "slug") }
            == "group \"DU Golnik\": slug must be lower-case letters, digits and hyphens, like \"golnik\" or \"velika-dvorana\", got \"\"")
        #expect(thrownMessage { try Slug(validating: "!!!", record: "", field: "group") }
            == "group must be lower-case letters, digits and hyphens, like \"golnik\" or \"velika-dvorana\", got \"!!!\"")
    }

    @Test func roomReferencesParseVenueAndRoom() throws {
        let ref = try RoomRef(parsing: "golnik/velika-dvorana")
        #expect(ref.venue.value == "golnik")
        #expect(ref.room.value == "velika-dvorana")
        #expect(ref.description == "golnik/velika-dvorana")
    }

    @Test func roomReferencesWithoutOneSlashAreRejected() {
        #expect(thrownMessage { try RoomRef(parsing: "velika-dvorana", record: "request \"Vaje\"", field: "rooms") }
            == "request \"Vaje\": rooms must name a venue and a room, like \"golnik/velika-dvorana\", got \"velika-dvorana\"")
        #expect(thrownMessage { try RoomRef(parsing: "golnik/Velika") }
            == "room must be lower-case letters, digits and hyphens, like \"golnik/velika\", got \"golnik/Velika\"")
        #expect(thrownMessage { try RoomRef(parsing: "golnik/") }
            == "room must be lower-case letters, digits and hyphens, like \"golnik/velika-dvorana\", got \"golnik/\"")
    }
}
