import BookingWeb
import Bookings
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The request form: CSRF, validation beside each field, the body limit, and the pending request it makes.
@Suite struct RequestFormTests {
    static let token = "AbCdEfGhIjKlMnOpQrStUvWxYz012345"

    static func body(_ fields: [(String, String)]) -> ByteBuffer {
        let allowed = CharacterSet.alphanumerics
        let text = fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&")
        return ByteBuffer(string: text)
    }

    static func valid(_ changes: [(String, String)] = []) -> [(String, String)] {
        var fields: [(String, String)] = [
            ("csrf", token), ("title", "Joga za starejše"), ("groupName", "Pobuda Zdravo Golnik"), ("contactName", "Ana Novak"),
            ("email", "ana@primer.si"), ("kind", "initiative"), ("audience", "12"), ("features", "projector"),
            ("duration", "90m"), ("sessions", "1"), ("repeats", "weekly"), ("when", "tor, čet 17.00-21.00\r\npet 16:00-20:00"),
            ("term", "spomlad-2027"), ("venue", "golnik"), ("public", "yes"),
        ]
        for (name, value) in changes {
            fields.removeAll { $0.0 == name }
            fields.append((name, value))
        }
        return fields
    }

    static let headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded", .cookie: "prostor_csrf=\(token)"]

    @Test func theFormSetsAStrictCookieAndTheSameTokenInAHiddenField() async throws {
        try await WebFixture().test { client in
            try await client.execute(uri: "/request", method: .get) { response in
                #expect(response.status == .ok)
                let cookie = try #require(response.headers[.setCookie])
                #expect(cookie.contains("SameSite=Strict") && cookie.contains("HttpOnly"))
                // Sent back by a browser to every form's address, the group's own and the link's too.
                #expect(cookie.contains("Path=/;") || cookie.hasSuffix("Path=/"), "\(cookie)")
                let token = try #require(cookie.split(separator: ";").first?.split(separator: "=").last)
                #expect(response.text.contains("<input type=\"hidden\" name=\"csrf\" value=\"\(token)\">"))
                #expect(response.text.contains("<label for=\"title\">Ime dejavnosti</label>"))
            }
        }
    }

    @Test func aValidRequestIsSavedPendingWithANewInitiativeGroup() async throws {
        let fixture = try WebFixture()
        try await fixture.test { client in
            try await client.execute(uri: "/request", method: .post, headers: Self.headers, body: Self.body(Self.valid())) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/request/sent?ref=1")
            }
            try await client.execute(uri: "/request/sent?ref=1", method: .get) { response in
                #expect(response.text.contains("Prošnja je oddana"))
                #expect(response.text.contains("Številka prošnje: <strong>1</strong>"))
            }
        }
        let (requests, group) = try fixture.database.read { reader in
            (try reader.requests(), try reader.group(Slug(folding: "Pobuda Zdravo Golnik")))
        }
        let request = try #require(requests.first)
        #expect(requests.count == 1)
        #expect(request.status == .pending)
        #expect(request.title == "Joga za starejše")
        #expect(request.windows.map(\.line) == ["tue,thu 17:00-21:00", "fri 16:00-20:00"])
        #expect(request.venues.map(\.value) == ["golnik"])
        #expect(group?.kind == "initiative")
        #expect(group?.email == "ana@primer.si")
    }

    @Test func aDateOffTheRequestsDaysIsRefusedBesideTheDates() async throws {
        let fixture = try WebFixture()
        // 2027-03-10 is a Wednesday; the request says Tuesdays and Thursdays.
        let fields = Self.valid([("repeats", "dates"), ("dates", "2027-03-09, 2027-03-10"), ("when", "tor, čet 17.00-21.00")])
        try await fixture.test { client in
            try await client.execute(uri: "/request", method: .post, headers: Self.headers, body: Self.body(fields)) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.text.contains("<p class=\"error\" id=\"dates-error\">Datume vpišite v obliki 2027-03-08"))
            }
            try await client.execute(uri: "/request?lang=en", method: .post, headers: Self.headers, body: Self.body(fields)) { response in
                #expect(response.text.contains("Must fall on a day the request&#39;s times name (TU, TH); 2027-03-10 is a WE (got “2027-03-10”)."))
            }
        }
        #expect(try fixture.database.read { try $0.requests() }.isEmpty)
    }

    /// A group sends requests from its own page (the public form refuses a known group, see
    /// GroupPageTests); the same title twice in a term is refused beside the title.
    @Test func theSameRequestTwiceIsRefusedBesideTheTitle() async throws {
        let fixture = try WebFixture()
        let path = "/groups/\(WebFixture.choirToken)/request"
        let fields = Self.valid().filter { !["groupName", "email", "contactName", "kind"].contains($0.0) }
        try await fixture.test { client in
            try await client.execute(uri: path, method: .post, headers: Self.headers, body: Self.body(fields)) { response in
                #expect(response.status == .seeOther)
            }
            try await client.execute(uri: path, method: .post, headers: Self.headers, body: Self.body(fields)) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.text.contains("<p class=\"error\" id=\"title-error\">Ta skupina je za to obdobje že oddala prošnjo"))
            }
        }
        #expect(try fixture.database.read { try $0.requests() }.count == 1)
    }

    @Test func withoutTheCookieOrWithAnotherTokenThePostIsForbidden() async throws {
        let fixture = try WebFixture()
        try await fixture.test { client in
            try await client.execute(uri: "/request", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                     body: Self.body(Self.valid())) { response in
                #expect(response.status == .forbidden)
                #expect(response.text.contains("Obrazec je potekel"))
            }
            try await client.execute(uri: "/request", method: .post, headers: Self.headers,
                                     body: Self.body(Self.valid([("csrf", "XbCdEfGhIjKlMnOpQrStUvWxYz012345")]))) { response in
                #expect(response.status == .forbidden)
            }
            var crossSite = Self.headers
            crossSite[.init("Sec-Fetch-Site")!] = "cross-site"
            try await client.execute(uri: "/request", method: .post, headers: crossSite, body: Self.body(Self.valid())) { response in
                #expect(response.status == .forbidden)
            }
        }
        #expect(try fixture.database.read { try $0.requests() }.isEmpty)
    }

    @Test func errorsAppearBesideTheirFieldsAndTheValuesComeBackEscaped() async throws {
        let fixture = try WebFixture()
        try await fixture.test { client in
            let fields = Self.valid([("audience", "veliko"), ("title", "<script>x</script>"), ("email", ""), ("when", "torek")])
            try await client.execute(uri: "/request", method: .post, headers: Self.headers, body: Self.body(fields)) { response in
                #expect(response.status == .unprocessableContent)
                let html = response.text
                #expect(html.contains("<p class=\"error\" id=\"audience-error\">Vpišite število udeležencev (celo število, večje od 0).</p>"))
                #expect(html.contains("<p class=\"error\" id=\"email-error\">To polje je obvezno.</p>"))
                #expect(html.contains("<p class=\"error\" id=\"when-error\">Vsaka vrstica naj ima dneve in uro"))
                #expect(html.contains("aria-invalid=\"true\" aria-describedby=\"audience-error\""))
                #expect(html.contains("value=\"&lt;script&gt;x&lt;/script&gt;\""))
                #expect(!html.contains("<script>"))
            }
            try await client.execute(uri: "/request?lang=en", method: .post, headers: Self.headers,
                                     body: Self.body(Self.valid([("when", "torek"), ("duration", "2h")]))) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.text.contains("<p class=\"error\" id=\"when-error\">Must be days and a time range, like \"tue,thu 17:00-21:00\" (got “torek”).</p>")
                        || response.text.contains("id=\"when-error\">Must be days and a time range"))
            }
            try await client.execute(uri: "/request", method: .post, headers: Self.headers,
                                     body: Self.body(Self.valid([("duration", "dolgo")]))) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.text.contains("<p class=\"error\" id=\"duration-error\">Vpišite trajanje"))
            }
            try await client.execute(uri: "/request", method: .post, headers: Self.headers,
                                     body: Self.body(Self.valid([("term", "jesen-2099")]))) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.text.contains("id=\"term-error\""))
            }
        }
        #expect(try fixture.database.read { try $0.requests() }.isEmpty)
        #expect(try fixture.database.read { try $0.groups() }.count == 2)
    }

    @Test func aBodyOverTheLimitGets413() async throws {
        try await WebFixture().test { client in
            let huge = Self.valid([("description", String(repeating: "a", count: 70 * 1024))])
            try await client.execute(uri: "/request", method: .post, headers: Self.headers, body: Self.body(huge)) { response in
                #expect(response.status == .contentTooLarge)
                #expect(response.text.contains("Poslani podatki so preobsežni."))
            }
        }
    }
}
