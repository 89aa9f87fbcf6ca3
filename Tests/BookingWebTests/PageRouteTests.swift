import BookingWeb
import Bookings
import Hummingbird
import HummingbirdTesting
import Testing

/// The public pages: status, content type, language, escaping, privacy.
@Suite struct PageRouteTests {
    @Test func theStartPageListsVenuesWithSubscribeLinks() async throws {
        try await WebFixture().test { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(response.headers[.contentSecurityPolicy]?.hasPrefix("default-src 'none'; style-src 'self'") == true)
                #expect(response.text.contains("<html lang=\"sl\">"))
                #expect(response.text.contains("KS Golnik"))
                #expect(response.text.contains("href=\"webcal://prostor.example.si/feeds/venues/golnik.ics\""))
                #expect(response.text.contains("href=\"https://prostor.example.si/feeds/all.ics\""))
            }
        }
    }

    @Test func theWeekViewHasRoomsAsColumnsTodayMarkedAndSlovenianDates() async throws {
        try await WebFixture().test { client in
            try await client.execute(uri: "/venues/golnik?week=2027-W07", method: .get) { response in
                #expect(response.status == .ok)
                let html = response.text
                #expect(html.contains("<th scope=\"col\"><a href=\"/venues/golnik/rooms/velika-dvorana?week=2027-W07\">Velika dvorana</a></th>"))
                #expect(html.contains("torek, 16. 2. 2027 <span class=\"today-mark\">danes</span>"))
                #expect(html.contains("<th scope=\"row\">18.00</th>"))
                #expect(html.contains("18.00–19.30"))
                #expect(html.contains("class=\"activity tentative\""))
                #expect(html.contains("predlog, še ni potrjeno"))
                #expect(html.contains("href=\"webcal://prostor.example.si/feeds/venues/golnik.ics\""))
            }
        }
    }

    @Test func aDateSelectsItsWeek() async throws {
        try await WebFixture().test { client in
            try await client.execute(uri: "/venues/golnik?date=2027-02-18", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("Teden 7: 15. 2.–21. 2. 2027"))
            }
        }
    }

    @Test func hostileTitlesAndGroupNamesAreEscaped() async throws {
        try await WebFixture().test { client in
            for uri in ["/venues/golnik?week=2027-W07", "/venues/golnik/month?month=2027-02", "/venues/golnik/print?week=2027-W07",
                        "/venues/golnik/rooms/velika-dvorana?week=2027-W07"] {
                try await client.execute(uri: uri, method: .get) { response in
                    let html = response.text
                    #expect(!html.contains("<script"), "\(uri)")
                    #expect(!html.contains("<b onmouseover"), "\(uri)")
                    #expect(html.contains("&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt; Vaje"), "\(uri)")
                }
            }
        }
    }

    @Test func privateBookingsShowOnlyAsBookedAndNoContactDataOrTokenAppears() async throws {
        try await WebFixture().test { client in
            for uri in ["/", "/venues/golnik?week=2027-W07", "/venues/golnik/month?month=2027-02", "/venues/golnik/print?week=2027-W07",
                        "/venues/golnik/rooms/sejna-soba?week=2027-W07", "/request"] {
                try await client.execute(uri: uri, method: .get) { response in
                    let html = response.text
                    #expect(!html.contains(WebFixture.privateTitle), "\(uri)")
                    #expect(!html.contains(WebFixture.privateGroup), "\(uri)")
                    #expect(!html.contains(WebFixture.secretEmail), "\(uri)")
                    #expect(!html.contains("zbor@primer.si"), "\(uri)")
                    #expect(!html.contains(WebFixture.secretToken) && !html.contains(WebFixture.choirToken), "\(uri)")
                    if uri.contains("W07") { #expect(html.contains("Zasedeno"), "\(uri)") }
                }
            }
        }
    }

    @Test func theMonthViewNamesTheMonthInSlovenian() async throws {
        try await WebFixture().test { client in
            try await client.execute(uri: "/venues/golnik/month?month=2027-02", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("februar 2027"))
                #expect(response.text.contains("<th scope=\"col\">tor</th>"))
            }
        }
    }

    @Test func theRoomViewShowsTheRoomAndItsWeek() async throws {
        try await WebFixture().test { client in
            try await client.execute(uri: "/venues/golnik/rooms/velika-dvorana?week=2027-W07", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("<h1>Velika dvorana <span class=\"subtitle\">KS Golnik</span></h1>"))
                #expect(response.text.contains("webcal://prostor.example.si/feeds/rooms/golnik/velika-dvorana.ics"))
            }
        }
    }

    @Test func thePrintViewIsAnA4ProgrammeOfTheWeek() async throws {
        try await WebFixture().test { client in
            try await client.execute(uri: "/venues/golnik/print?week=2027-W07", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("<link rel=\"stylesheet\" href=\"/static/print.css\">"))
                #expect(response.text.contains("<th scope=\"rowgroup\" colspan=\"4\">torek, 16. 2. 2027</th>"))
            }
            try await client.execute(uri: "/static/print.css", method: .get) { response in
                #expect(response.headers[.contentType] == "text/css; charset=utf-8")
                #expect(response.text.contains("size: A4"))
            }
        }
    }

    @Test func englishByQueryOrAcceptLanguage() async throws {
        try await WebFixture().test { client in
            try await client.execute(uri: "/venues/golnik?week=2027-W07&lang=en", method: .get) { response in
                #expect(response.text.contains("<html lang=\"en\">"))
                #expect(response.text.contains("Tuesday, 16 February 2027"))
                #expect(response.text.contains("href=\"/venues/golnik?week=2027-W08&amp;lang=en\""))
            }
            try await client.execute(uri: "/venues/golnik?week=2027-W07", method: .get,
                                     headers: [.acceptLanguage: "en-GB,en;q=0.9,sl;q=0.5"]) { response in
                #expect(response.text.contains("<html lang=\"en\">"))
            }
            try await client.execute(uri: "/", method: .get, headers: [.acceptLanguage: "sl,en;q=0.8"]) { response in
                #expect(response.text.contains("<html lang=\"sl\">"))
            }
        }
    }

    @Test func unknownAndMalformedAddressesGiveLocalizedErrorPages() async throws {
        let cases: [(String, HTTPResponse.Status, String)] = [
            ("/venues/nikjer", .notFound, "Strani ni mogoče najti."),
            ("/venues/golnik/rooms/klet", .notFound, "Strani ni mogoče najti."),
            ("/ni-take-strani", .notFound, "Strani ni mogoče najti."),
            ("/venues/Golnik!", .badRequest, "Naslov ni pravilen."),
            ("/venues/golnik?week=2027-W99", .badRequest, "Naslov ni pravilen."),
            ("/venues/golnik?date=16.2.2027", .badRequest, "Naslov ni pravilen."),
            ("/venues/golnik/month?month=2027-13", .badRequest, "Naslov ni pravilen."),
            ("/venues/nikjer?lang=en", .notFound, "The page cannot be found."),
        ]
        try await WebFixture().test { client in
            for (uri, status, message) in cases {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == status, "\(uri)")
                    #expect(response.headers[.contentType] == "text/html; charset=utf-8", "\(uri)")
                    #expect(response.text.contains("<h1>\(message)</h1>"), "\(uri)")
                }
            }
        }
    }

    @Test func aPageIsServedFromTheCacheWhileFreshAndRenderedAnewWithoutIt() async throws {
        for (freshness, showsNewVenue) in [(3600.0, false), (0.0, true)] {
            let fixture = try WebFixture(feedFreshness: freshness)
            try await fixture.test { client in
                try await client.execute(uri: "/", method: .get) { _ in }
                try fixture.database.write { writer in try writer.save(Venue(name: "KS Primskovo", address: "Primskovo 1")) }
                try await client.execute(uri: "/", method: .get) { response in
                    #expect(response.text.contains("KS Primskovo") == showsNewVenue, "freshness \(freshness)")
                }
            }
        }
    }
}
