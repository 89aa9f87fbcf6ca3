import BookingStore
import BookingWeb
import Bookings
import CivilTime
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// A group's own page and form (`/groups/TOKEN`), and the public form's refusal to file under a known
/// group's name or address.
@Suite struct GroupPageTests {
    static let headers = RequestFormTests.headers

    /// The fixture with a request of the choir that the last plan could not place, with an alternative,
    /// and one date of its booking cancelled.
    static func fixture() throws -> WebFixture {
        let fixture = try WebFixture()
        try fixture.database.write { writer in
            var request = try Bookings.Request(group: Slug(folding: "zbor"), term: Slug(folding: "spomlad-2027"), title: "Nastop <b>zbora</b>",
                                      audience: 40, durationMinutes: 90,
                                      windows: [TimeWindow(parsing: "fri 18:00-21:00")], venues: [Slug(folding: "golnik")])
            let alternative = PlanOutcome.Alternative(room: RoomRef(venue: Slug(folding: "golnik"), room: Slug(folding: "sejna-soba")),
                                                      day: .saturday, hours: try TimeRange(parsing: "10:00-11:30"), date: nil,
                                                      weeks: 20, weeksAsked: 20, givesUp: ["time"])
            request.decisions.outcome = PlanOutcome(at: Date(timeIntervalSince1970: 1_799_139_600), bookings: [], unplaced: [
                PlanOutcome.Unplaced(date: nil, reasons: ["room clash"], inTheWay: [], alternatives: [alternative]),
            ])
            try writer.save(request)
            var booking = try #require(try writer.booking(id: 1))
            booking.exceptions = [OccurrenceException(originalDate: try LocalDate(iso: "2027-02-23"), change: .cancelled, reason: "Občni zbor")]
            try writer.save(booking)
        }
        return fixture
    }

    @Test func thePageShowsTheGroupsRequestsReasonsAlternativesAndDatesAndNothingOfOthers() async throws {
        try await Self.fixture().test { client in
            try await client.execute(uri: "/groups/\(WebFixture.choirToken)", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.cacheControl] == "no-store")
                #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer")
                let page = response.text
                #expect(page.contains("Prošnja št. 1: Nastop &lt;b&gt;zbora&lt;/b&gt;"))
                #expect(page.contains("Za zdaj ni termina, ki bi ustrezal vsem željam."))
                #expect(page.contains("prostor je takrat že zaseden"))
                #expect(page.contains("sobota 10.00–11.30, Sejna soba, KS Golnik (drug čas)"))
                #expect(page.contains("href=\"/groups/\(WebFixture.choirToken)/request?title="))
                #expect(page.contains("when=sat%2010%3A00-11%3A30"))
                #expect(page.contains("<s>torek, 23. 2. 2027</s> — odpade — Občni zbor"))
                #expect(page.contains("/feeds/groups/\(WebFixture.choirToken).ics"))
                #expect(!page.contains("<script>alert"))
                for secret in [WebFixture.privateTitle, WebFixture.privateGroup, WebFixture.secretEmail, WebFixture.secretToken, "041 000 000"] {
                    #expect(!page.contains(secret), "\(secret)")
                }
            }
            try await client.execute(uri: "/groups/\(WebFixture.choirToken)?lang=en", method: .get) { response in
                #expect(response.text.contains("No time yet that meets everything asked for."))
                #expect(response.text.contains("Saturday 10:00–11:30"))
            }
            try await client.execute(uri: "/groups/NeObstajaNeObstaja0123", method: .get) { response in
                #expect(response.status == .notFound)
            }
            try await client.execute(uri: "/groups/kratek", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test func theGroupsOwnFormIsPrefilledAndFilesUnderTheGroupWithItsReferenceNumber() async throws {
        let fixture = try Self.fixture()
        let path = "/groups/\(WebFixture.choirToken)/request"
        try await fixture.test { client in
            try await client.execute(uri: path + "?title=Nastop%20(sat)&when=sat%2010%3A00-11%3A30&duration=90m", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("value=\"Nastop (sat)\""))
                #expect(response.text.contains(">sat 10:00-11:30</textarea>"))
                #expect(!response.text.contains("name=\"groupName\""))
                #expect(response.text.contains("Prošnjo oddajate za skupino"))
            }
            let fields = RequestFormTests.valid([("title", "Nastop (sat)")]).filter { !["groupName", "email", "contactName", "kind"].contains($0.0) }
            try await client.execute(uri: path, method: .post, headers: Self.headers, body: RequestFormTests.body(fields)) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/groups/\(WebFixture.choirToken)?ref=2")
            }
            try await client.execute(uri: "/groups/\(WebFixture.choirToken)?ref=2", method: .get) { response in
                #expect(response.text.contains("Prošnjo smo prejeli. Številka prošnje: <strong>2</strong>"))
            }
        }
        let request = try #require(try fixture.database.read { try $0.request(id: 2) })
        #expect(request.group == Slug(folding: "zbor"))
        #expect(try fixture.database.read { try $0.groups() }.count == 2)
        let told = try fixture.database.read { try $0.outbox(status: nil, group: Slug(folding: "zbor")) }
        #expect(told.map(\.event) == [.requestReceived])
    }

    @Test func thePublicFormRefusesAKnownGroupsNameOrAddressAndOffersItsLink() async throws {
        let fixture = try WebFixture()
        try await fixture.test { client in
            for (field, value) in [("groupName", WebFixture.hostileGroup.uppercased()), ("email", "ZBOR@primer.si")] {
                let fields = RequestFormTests.valid([(field, value)])
                try await client.execute(uri: "/request", method: .post, headers: Self.headers, body: RequestFormTests.body(fields)) { response in
                    #expect(response.status == .unprocessableContent)
                    #expect(response.text.contains(field == "email" ? "Ta e-naslov že ima prijavljena skupina." : "Skupina s tem imenom je že prijavljena."))
                    #expect(response.text.contains("action=\"/groups/link\""))
                }
            }
            for _ in 0..<5 {
                let fields = [("csrf", RequestFormTests.token), ("groupName", WebFixture.hostileGroup), ("email", "")]
                try await client.execute(uri: "/groups/link", method: .post, headers: Self.headers, body: RequestFormTests.body(fields)) { response in
                    #expect(response.status == .ok)
                    #expect(response.text.contains("Če ima skupina pri nas e-naslov"))
                }
            }
            let unknown = [("csrf", RequestFormTests.token), ("groupName", "Ni take skupine"), ("email", "")]
            try await client.execute(uri: "/groups/link", method: .post, headers: Self.headers, body: RequestFormTests.body(unknown)) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("Če ima skupina pri nas e-naslov"))
            }
        }
        #expect(try fixture.database.read { try $0.requests() }.isEmpty)
        let links = try fixture.database.read { try $0.outbox(status: nil, group: nil) }
        #expect(links.map(\.event) == [.groupLink, .groupLink, .groupLink])
        #expect(links.allSatisfy { $0.recipient == "zbor@primer.si" && $0.pagePath == "/groups/\(WebFixture.choirToken)" })
    }
}
