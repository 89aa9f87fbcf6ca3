import BookingWeb
import Bookings
import CivilTime
import Hummingbird
import HummingbirdTesting
import Testing

/// Dates that do not take place, and closures, on every page: shown as such with their reason, in
/// words, never as "nothing on" and never as if they took place.
@Suite struct PageDatesTests {
    static let secretReason = "Skrivni razlog tajne skupine"

    /// The fixture with the venue closed on Thursday 18 February ("Volitve"), the choir's Tuesday
    /// 23 February cancelled ("Občni zbor"), the private Wednesday 24 February cancelled with a reason
    /// of its own, and the Sejna soba closed on the afternoon of 25 February.
    static func fixture() throws -> WebFixture {
        let fixture = try WebFixture(feedFreshness: 0)
        try fixture.database.write { writer in
            let golnik = Slug(folding: "golnik")
            try writer.save(try Closure(scope: .venue(golnik), firstDay: LocalDate(iso: "2027-02-18"), reason: "Volitve"))
            try writer.save(try Closure(scope: .room(RoomRef(venue: golnik, room: Slug(folding: "sejna-soba"))),
                                        firstDay: LocalDate(iso: "2027-02-25"), hours: TimeRange(parsing: "15:00-20:00"),
                                        reason: "Pleskanje <sten>"))
            var choir = try #require(try writer.booking(id: 1))
            choir.exceptions = [OccurrenceException(originalDate: try LocalDate(iso: "2027-02-23"), change: .cancelled, reason: "Občni zbor")]
            try writer.save(choir)
            var secret = try #require(try writer.booking(id: 2))
            secret.exceptions = [OccurrenceException(originalDate: try LocalDate(iso: "2027-02-24"), change: .cancelled, reason: Self.secretReason)]
            try writer.save(secret)
        }
        return fixture
    }

    static func get(_ client: any TestClientProtocol, _ uri: String) async throws -> String {
        try await client.execute(uri: uri, method: .get) { response in
            #expect(response.status == .ok, "\(uri)")
            return response.text
        }
    }

    /// The part of a print or room page between one day's heading and the next.
    static func day(_ html: String, _ heading: String) -> String {
        guard let start = html.range(of: heading) else { return "" }
        let rest = html[start.upperBound...]
        return String(rest[..<(rest.range(of: "</tbody>")?.lowerBound ?? rest.endIndex)])
    }

    @Test func thePrintViewOfAWeekWithAClosureLeavesTheClosedDatesOutAndShowsTheClosure() async throws {
        try await Self.fixture().test { client in
            let html = try await Self.get(client, "/venues/golnik/print?week=2027-W07")
            #expect(html.contains("<ul class=\"closures\"><li>Zaprto: 18. 2. 2027 — Volitve</li></ul>"))
            let thursday = Self.day(html, "četrtek, 18. 2. 2027</th></tr>")
            #expect(thursday.contains("<td colspan=\"4\" class=\"closure\">Zaprto — Volitve</td>"))
            #expect(thursday.contains("<tr class=\"tentative cancelled\"><td class=\"c-time\">19.00–21.00</td><td class=\"c-room\">Sejna soba</td><th scope=\"row\"><s>Pevske vaje (predlog)</s> <span class=\"mark\">(odpade — Volitve)</span></th>"))
            #expect(!thursday.contains("<th scope=\"row\">Pevske vaje (predlog)"), "not as if it took place")
            #expect(!thursday.contains("Ni dejavnosti."))
            // The dates that do take place are there as before.
            #expect(Self.day(html, "torek, 16. 2. 2027</th></tr>").contains("<th scope=\"row\">&lt;script&gt;"))
        }
    }

    @Test func aCancelledDateShowsWithItsReasonOnEveryPage() async throws {
        try await Self.fixture().test { client in
            let week = try await Self.get(client, "/venues/golnik?week=2027-W08")
            #expect(week.contains("<div class=\"activity cancelled\">\n<span class=\"time\">18.00–19.30</span>\n<strong class=\"title\"><s>&lt;script&gt;"))
            #expect(week.contains("<span class=\"status\">odpade — Občni zbor</span>"))
            let room = try await Self.get(client, "/venues/golnik/rooms/velika-dvorana?week=2027-W08")
            #expect(room.contains("<tr class=\" cancelled\"><td class=\"time\">18.00–19.30</td><th scope=\"row\"><s>&lt;script&gt;"))
            #expect(room.contains("<td class=\"status\">odpade — Občni zbor</td>"))
            let month = try await Self.get(client, "/venues/golnik/month?month=2027-02")
            #expect(month.contains("<span class=\"absence\">odpade — Občni zbor</span>"))
            #expect(month.contains("<p class=\"closure\">Zaprto — Volitve</p>"))
            let print = try await Self.get(client, "/venues/golnik/print?week=2027-W08")
            #expect(print.contains("<span class=\"mark\">(odpade — Občni zbor)</span>"))
            let english = try await Self.get(client, "/venues/golnik?week=2027-W08&lang=en")
            #expect(english.contains("<span class=\"status\">cancelled — Občni zbor</span>"))
        }
    }

    @Test func aPrivateActivitysCancellationShowsNeitherItsTitleNorItsReason() async throws {
        try await Self.fixture().test { client in
            for uri in ["/venues/golnik?week=2027-W08", "/venues/golnik/print?week=2027-W08", "/venues/golnik/month?month=2027-02",
                        "/venues/golnik/rooms/sejna-soba?week=2027-W08"] {
                let html = try await Self.get(client, uri)
                #expect(!html.contains(Self.secretReason), "\(uri)")
                #expect(!html.contains(WebFixture.privateTitle), "\(uri)")
                #expect(html.contains("<s>Zasedeno</s>"), "\(uri)")
            }
            let room = try await Self.get(client, "/venues/golnik/rooms/sejna-soba?week=2027-W08")
            #expect(room.contains("<td class=\"status\">odpade</td>"))
        }
    }

    @Test func aRoomsPageShowsItsOwnAndTheVenuesClosuresOnlyAndEscapesTheirReasons() async throws {
        try await Self.fixture().test { client in
            let soba = try await Self.get(client, "/venues/golnik/rooms/sejna-soba?week=2027-W08")
            #expect(soba.contains("<li>Zaprto: Sejna soba, 25. 2. 2027, 15.00–20.00 — Pleskanje &lt;sten&gt;</li>"))
            #expect(soba.contains("<td class=\"status\">odpade — Pleskanje &lt;sten&gt;</td>"))
            #expect(!soba.contains("<sten>"))
            #expect(!(try await Self.get(client, "/venues/golnik/rooms/velika-dvorana?week=2027-W08")).contains("Pleskanje"))
            #expect(try await Self.get(client, "/venues/golnik/rooms/velika-dvorana?week=2027-W07").contains("<li>Zaprto: 18. 2. 2027 — Volitve</li>"))
            #expect(try await Self.get(client, "/venues/golnik?week=2027-W07&lang=en").contains("<li>Closed: 18 February 2027 — Volitve</li>"))
            let english = try await Self.get(client, "/venues/golnik?week=2027-W08&lang=en")
            #expect(english.contains("<li>Closed: Sejna soba, 25 February 2027, 15:00–20:00 — Pleskanje &lt;sten&gt;</li>"))
            #expect(english.contains("<p class=\"closure\">Closed: Sejna soba, 15:00–20:00 — Pleskanje &lt;sten&gt;</p>"))
        }
    }
}
