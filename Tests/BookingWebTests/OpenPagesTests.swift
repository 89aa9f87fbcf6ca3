import BookingWeb
import Bookings
import Hummingbird
import HummingbirdTesting
import Testing

/// The free-times and usage pages: what they find, the links into the request form, language,
/// escaping and privacy.
@Suite struct OpenPagesTests {
    /// Today is Tuesday 16 February 2027. The approved booking holds the hall on ten Tuesdays from
    /// 18.00 to 19.30; 27 April is a holiday, so 17 of the 18 Tuesdays left in the term.
    @Test func freeTimesFindTheGapsAndLinkToAPrefilledRequest() async throws {
        try await WebFixture().test { client in
            try await client.execute(uri: "/venues/golnik/free?day=tu&duration=2h&people=50", method: .get) { response in
                #expect(response.status == .ok)
                let html = response.text
                #expect(html.contains("<h1>Prosti termini <span class=\"subtitle\">KS Golnik</span></h1>"))
                #expect(html.contains("<td>torek</td><td class=\"time\">8.00–18.00</td><td>17</td>"), "\(html)")
                #expect(html.contains("<td>torek</td><td class=\"time\">19.30–22.00</td><td>17</td>"))
                #expect(!html.contains("Sejna soba</a>"), "the meeting room holds 20, not 50")
                #expect(html.contains("href=\"/request?venue=golnik&amp;room=golnik%2Fvelika-dvorana&amp;when=tor%2008%3A00-18%3A00&amp;duration=2h&amp;repeats=weekly\""))
                #expect(html.contains("<input type=\"checkbox\" name=\"day\" value=\"tu\" checked>"))
                #expect(html.contains("<input type=\"checkbox\" name=\"day\" value=\"mo\">"))
                #expect(!html.contains("<script"))
                #expect(!html.contains(WebFixture.secretEmail) && !html.contains(WebFixture.secretToken) && !html.contains(WebFixture.choirToken))
            }
            try await client.execute(uri: "/request?venue=golnik&room=golnik%2Fvelika-dvorana&when=tor%2008%3A00-18%3A00&duration=2h&repeats=weekly",
                                     method: .get) { response in
                #expect(response.status == .ok)
                let html = response.text
                #expect(html.contains("<input id=\"room\" name=\"room\" type=\"text\" maxlength=\"100\" value=\"golnik/velika-dvorana\">"))
                #expect(html.contains("<option value=\"golnik\" selected>KS Golnik</option>"))
                #expect(html.contains("tor 08:00-18:00</textarea>"), "\(html)")
                #expect(html.contains("value=\"2h\""))
            }
        }
    }

    @Test func freeTimesOnADateInEnglishAndABadQuery() async throws {
        try await WebFixture().test { client in
            try await client.execute(uri: "/venues/golnik/free?date=2027-02-17&duration=1h&from=16:00&to=20:00&lang=en", method: .get) { response in
                #expect(response.status == .ok)
                let html = response.text
                #expect(html.contains("<html lang=\"en\">"))
                #expect(html.contains("<h2 class=\"period\">Wednesday, 17 February 2027</h2>"), "\(html)")
                // The meeting room's private hour 17:00–18:00 leaves 16:00–17:00 and 18:00–20:00.
                #expect(html.contains("<td class=\"time\">16:00–17:00</td>") && html.contains("<td class=\"time\">18:00–20:00</td>"))
                #expect(html.contains("repeats=dates&amp;dates=2027-02-17&amp;lang=en"))
                #expect(!html.contains(WebFixture.privateTitle) && !html.contains(WebFixture.privateGroup))
            }
            try await client.execute(uri: "/venues/golnik/free?duration=forever", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(response.text.contains("Iskanja ni bilo mogoče razumeti."))
                #expect(response.text.contains("value=\"forever\""))
            }
            try await client.execute(uri: "/venues/nowhere/free", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    /// The hall's Tuesday hours 18 and 19 are taken in ten weeks; the private Wednesday hour in the
    /// meeting room counts as use without showing whose.
    @Test func usageShowsSharesAndAHeatMapWithNumbers() async throws {
        try await WebFixture().test { client in
            try await client.execute(uri: "/venues/golnik/usage", method: .get) { response in
                #expect(response.status == .ok)
                let html = response.text
                #expect(html.contains("<svg class=\"heat\" role=\"img\" aria-labelledby=\"heat-title\""))
                #expect(html.contains("<title id=\"heat-title\">Zasedenost po dnevih in urah: KS Golnik</title>"))
                #expect(html.contains("<tr><th scope=\"row\" class=\"sticky\">18.00</th><td class=\"number\">0</td><td class=\"number\">10</td>"), "\(html)")
                #expect(html.contains("<tr><th scope=\"row\" class=\"sticky\">17.00</th><td class=\"number\">0</td><td class=\"number\">0</td><td class=\"number\">5</td>"))
                #expect(html.contains(">2027-W07</th>"))
                #expect(html.contains("<h2>Kaj je bilo s prošnjami</h2>"))
                #expect(html.contains("<tr><th scope=\"row\">Prošnje</th><td class=\"number\">0</td><td class=\"number\">0</td></tr>"))
                #expect(!html.contains(WebFixture.privateTitle) && !html.contains(WebFixture.privateGroup) && !html.contains(WebFixture.secretEmail))
                #expect(!html.contains("<script"))
            }
            try await client.execute(uri: "/venues/golnik/usage?room=sejna-soba&lang=en", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("<h1>How the rooms are used · Sejna soba</h1>"))
            }
            try await client.execute(uri: "/venues/golnik/usage?room=klet", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }
}
