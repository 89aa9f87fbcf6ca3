import BookingWeb
import Bookings
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// A store whose every write finds the database locked by another program, as SQLite's busy timeout
/// reports it through `AppDatabase`; reads work, as they do under WAL.
struct BusyStorage: BookingStorage {
    let inner: any BookingStorage

    func read<T>(_ body: (any StoreReader) throws -> T) throws -> T { try inner.read(body) }
    func write<T>(_ body: (any StoreWriter) throws -> T) throws -> T { throw StoreBusy(seconds: 30) }
}

/// What the browser's limits do not guard: a crafted post, and a database another writer holds.
@Suite struct RequestFormLimitTests {
    typealias Form = RequestFormTests

    @Test func aBusyDatabaseAnswers503WithTheFormAsTyped() async throws {
        let fixture = try WebFixture(storage: { BusyStorage(inner: $0) })
        try await fixture.test { client in
            let fields = Form.valid([("title", "Joga za starejše – četrtki")])
            try await client.execute(uri: "/request", method: .post, headers: Form.headers, body: Form.body(fields)) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(response.headers[.retryAfter] == "10")
                let html = response.text
                #expect(html.contains("Strežnik je trenutno zaseden, zato prošnja še ni shranjena."))
                #expect(html.contains("value=\"Joga za starejše – četrtki\""))
                #expect(html.contains("value=\"ana@primer.si\""))
                #expect(html.contains("tor, čet 17.00-21.00"))
            }
        }
        #expect(try fixture.database.read { try $0.requests() }.isEmpty)
    }

    @Test func aTitleLongerThanTheFormAllowsIsRefusedBesideIt() async throws {
        let fixture = try WebFixture()
        try await fixture.test { client in
            let fields = Form.valid([("title", String(repeating: "A", count: 5_000))])
            try await client.execute(uri: "/request?lang=en", method: .post, headers: Form.headers, body: Form.body(fields)) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.text.contains("id=\"title-error\">Must be at most 200 characters (it has 5000)"))
            }
        }
        #expect(try fixture.database.read { try $0.requests() }.isEmpty)
    }

    @Test func aFeatureNoRoomOffersIsRefusedBesideTheFeatures() async throws {
        let fixture = try WebFixture()
        try await fixture.test { client in
            let fields = Form.valid([("features", "jacuzzi")])
            try await client.execute(uri: "/request", method: .post, headers: Form.headers, body: Form.body(fields)) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.text.contains("<fieldset class=\"checks invalid\">"))
                #expect(response.text.contains("<p class=\"error\">Izberite eno od ponujenih možnosti.</p>"))
            }
        }
        #expect(try fixture.database.read { try $0.requests() }.isEmpty)
    }

    @Test func anAudienceAboveTheBoundIsRefusedBesideIt() async throws {
        let fixture = try WebFixture()
        try await fixture.test { client in
            let fields = Form.valid([("audience", "2147483648")])
            try await client.execute(uri: "/request?lang=en", method: .post, headers: Form.headers, body: Form.body(fields)) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.text.contains("id=\"audience-error\">Must be at most 10000 (got “2147483648”)."))
            }
        }
        #expect(try fixture.database.read { try $0.requests() }.isEmpty)
    }
}
