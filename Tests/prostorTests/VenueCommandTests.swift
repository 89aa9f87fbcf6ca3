import Foundation
import Testing

@Suite struct VenueCommandTests {
    @Test func addedVenuesAreListedAndShownWithTheirRooms() throws {
        let scratch = try Scratch.withSetup()
        #expect(try scratch.ok("venue", "add", "KS Stražišče", "--address", "Škofjeloška cesta 21, 4000 Kranj") == "Added venue ks-strazisce.\n")
        #expect(try scratch.ok("venue", "list") == """
            VENUE         NAME            ROOMS  ADDRESS
            golnik        KS Golnik       2      Golnik 45, 4204 Golnik
            ks-strazisce  KS Stražišče    0      Škofjeloška cesta 21, 4000 Kranj
            zlato-polje   KS Zlato polje  1      Ulica Janeza Puharja 8, 4000 Kranj

            """)
        #expect(try scratch.ok("venue", "show", "golnik") == """
            KS Golnik (golnik)
            address:   Golnik 45, 4204 Golnik
            time zone: Europe/Ljubljana
            admins:    none (nobody is told of requests)

            ROOM                   NAME            CAPACITY  FEATURES     OPEN
            golnik/sejna-soba      Sejna soba      20        projector    Mon 08:00-22:00
            golnik/velika-dvorana  Velika dvorana  120       piano,stage  Mon-Tue 16:00-22:00

            """)
    }

    @Test func listAndShowPrintJSON() throws {
        let scratch = try Scratch.withSetup()
        let venues = try #require(try scratch.json("venue", "list") as? [[String: Any]])
        #expect(venues.map { $0["slug"] as? String } == ["golnik", "zlato-polje"])
        #expect(venues.first?["timeZone"] as? String == "Europe/Ljubljana")
        let detail = try #require(try scratch.json("venue", "show", "golnik") as? [String: Any])
        let rooms = try #require(detail["rooms"] as? [[String: Any]])
        #expect(rooms.map { $0["slug"] as? String } == ["sejna-soba", "velika-dvorana"])
        #expect((detail["venue"] as? [String: Any])?["address"] as? String == "Golnik 45, 4204 Golnik")
    }

    @Test func editChangesTheFieldsGivenAndRemoveDeletesAnUnusedVenue() throws {
        let scratch = try Scratch.withSetup()
        try scratch.ok("venue", "add", "KS Primskovo", "--slug", "primskovo")
        #expect(try scratch.ok("venue", "edit", "primskovo", "--address", "Primskovo 10, 4000 Kranj") == "Updated venue primskovo.\n")
        #expect(try scratch.ok("venue", "show", "primskovo").hasPrefix("KS Primskovo (primskovo)\naddress:   Primskovo 10, 4000 Kranj\n"))
        #expect(try scratch.ok("venue", "remove", "primskovo") == "Removed venue primskovo.\n")
        #expect(try scratch.ok("venue", "list").contains("primskovo") == false)
    }

    @Test func anUnknownVenueIsNotFoundWithASuggestion() throws {
        let scratch = try Scratch.withSetup()
        try scratch.fails("venue", "show", "golnk", status: 4, stderr: "error: no venue \"golnk\" (did you mean \"golnik\"?)\n")
        try scratch.fails("venue", "edit", "zlato-pole", "--name", "KS Zlato", status: 4,
                          stderr: "error: no venue \"zlato-pole\" (did you mean \"zlato-polje\"?)\n")
        try scratch.fails("venue", "remove", "nowhere", status: 4, stderr: "error: no venue \"nowhere\"\n")
    }

    @Test func invalidValuesNameTheFieldAndChangeNothing() throws {
        let scratch = try Scratch.withSetup()
        try scratch.fails("venue", "add", "KS Golnik", "--slug", "Golnik", status: 1,
                          stderr: "error: venue \"KS Golnik\": slug must be lower-case letters, digits and hyphens, like \"golnik\", got \"Golnik\"\n")
        try scratch.fails("venue", "add", "KS Kokrica", "--timezone", "Europe/Lublana", status: 1,
                          stderr: "error: venue \"KS Kokrica\": timezone must be an IANA time zone such as \"Europe/Ljubljana\", got \"Europe/Lublana\"\n")
        try scratch.fails("venue", "edit", "golnik", "--name", " ", status: 1,
                          stderr: "error: venue \" \": name must not be empty, got \" \"\n")
    }

    @Test func aDuplicateOrStillUsedVenueIsAConflict() throws {
        let scratch = try Scratch.withSetup()
        try scratch.fails("venue", "add", "KS Golnik", "--slug", "golnik", status: 3, stderr: "error: venue golnik already exists\n")
        try scratch.fails("venue", "remove", "golnik", status: 3, stderr: "error: venue golnik still has rooms: remove them first\n")
    }
}
