import BookingWeb
import Bookings
import CompressNIO
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Feeds over HTTP: content type, validators, 304, gzip, privacy.
@Suite struct FeedRouteTests {
    static let feeds = ["/feeds/all.ics", "/feeds/venues/golnik.ics", "/feeds/rooms/golnik/velika-dvorana.ics",
                        "/feeds/groups/\(WebFixture.choirToken).ics"]

    @Test func everyScopeIsServedAsTextCalendarWithValidators() async throws {
        try await WebFixture().test { client in
            for uri in Self.feeds {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(uri)")
                    #expect(response.headers[.contentType] == "text/calendar; charset=utf-8", "\(uri)")
                    #expect(response.headers[.eTag]?.hasPrefix("\"") == true, "\(uri)")
                    #expect(response.headers[.lastModified]?.hasSuffix(" GMT") == true, "\(uri)")
                    #expect(response.text.hasPrefix("BEGIN:VCALENDAR\r\n"), "\(uri)")
                }
            }
        }
    }

    @Test func aMatchingIfNoneMatchGets304AndAStaleOneTheFeed() async throws {
        try await WebFixture().test { client in
            let etag = try await client.execute(uri: "/feeds/venues/golnik.ics", method: .get) { $0.headers[.eTag] }
            let tag = try #require(etag)
            try await client.execute(uri: "/feeds/venues/golnik.ics", method: .get, headers: [.ifNoneMatch: tag]) { response in
                #expect(response.status == .notModified)
                #expect(response.body.readableBytes == 0)
                #expect(response.headers[.eTag] == tag)
            }
            try await client.execute(uri: "/feeds/venues/golnik.ics", method: .get, headers: [.ifNoneMatch: "\"0000\", \(tag)"]) { response in
                #expect(response.status == .notModified)
            }
            try await client.execute(uri: "/feeds/venues/golnik.ics", method: .get, headers: [.ifNoneMatch: "\"0000\""]) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test func ifModifiedSinceGets304UnlessTheFeedIsNewer() async throws {
        try await WebFixture().test { client in
            let modified = try await client.execute(uri: "/feeds/all.ics", method: .get) { $0.headers[.lastModified] }
            let date = try #require(modified)
            try await client.execute(uri: "/feeds/all.ics", method: .get, headers: [.ifModifiedSince: date]) { response in
                #expect(response.status == .notModified)
            }
            try await client.execute(uri: "/feeds/all.ics", method: .get,
                                     headers: [.ifModifiedSince: "Thu, 01 Jan 1970 00:00:00 GMT"]) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test func gzipWhenAcceptedAndTheSameCalendarInside() async throws {
        try await WebFixture().test { client in
            let plain = try await client.execute(uri: "/feeds/venues/golnik.ics", method: .get) { $0.text }
            try await client.execute(uri: "/feeds/venues/golnik.ics", method: .get, headers: [.acceptEncoding: "gzip, deflate, br"]) { response in
                #expect(response.headers[.contentEncoding] == "gzip")
                var body = response.body
                #expect(body.readableBytes < plain.utf8.count)
                let inflated = try body.decompress(with: .gzip())
                #expect(String(buffer: inflated) == plain)
            }
            try await client.execute(uri: "/feeds/venues/golnik.ics", method: .get, headers: [.acceptEncoding: "gzip;q=0, identity"]) { response in
                #expect(response.headers[.contentEncoding] == nil)
                #expect(response.text == plain)
            }
        }
    }

    @Test func publicFeedsShowPrivateBookingsOnlyAsBusyAndTheGroupFeedInFull() async throws {
        try await WebFixture().test { client in
            for uri in ["/feeds/all.ics", "/feeds/venues/golnik.ics"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(!response.text.contains(WebFixture.privateTitle), "\(uri)")
                    #expect(!response.text.contains(WebFixture.secretEmail), "\(uri)")
                    #expect(response.text.contains("SUMMARY:Zasedeno / Booked"), "\(uri)")
                }
            }
            try await client.execute(uri: "/feeds/groups/\(WebFixture.secretToken).ics", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("SUMMARY:\(WebFixture.privateTitle)"))
            }
        }
    }

    @Test func unknownScopesAndTokensAre404AndMalformedSlugs400() async throws {
        let cases: [(String, HTTPResponse.Status)] = [
            ("/feeds/venues/nikjer.ics", .notFound), ("/feeds/rooms/golnik/klet.ics", .notFound),
            ("/feeds/groups/NiTakegaZetona0123456789abcdefgh.ics", .notFound), ("/feeds/groups/kratek.ics", .notFound),
            ("/feeds/venues/Golnik_.ics", .badRequest), ("/feeds/venues/golnik.ical", .notFound),
        ]
        try await WebFixture().test { client in
            for (uri, status) in cases {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == status, "\(uri)")
                    #expect(response.headers[.contentType] == "text/html; charset=utf-8", "\(uri)")
                }
            }
        }
    }

    @Test func theCacheKeepsTheFeedWhileFreshAndItsETagWhileTheContentIsTheSame() async throws {
        let source = CountingFeedSource()
        try await WebFixture(feeds: source, feedFreshness: 3600).test { client in
            for _ in 0..<3 { try await client.execute(uri: "/feeds/all.ics", method: .get) { _ in } }
        }
        #expect(source.calls.value == 1)
        let unfresh = CountingFeedSource()
        try await WebFixture(feeds: unfresh, feedFreshness: 0).test { client in
            let first = try await client.execute(uri: "/feeds/all.ics", method: .get) { $0.headers[.eTag] }
            let second = try await client.execute(uri: "/feeds/all.ics", method: .get) { $0.headers[.eTag] }
            #expect(first == second)
        }
        #expect(unfresh.calls.value == 2)
    }
}

/// A feed source with fixed text that counts how often it was asked.
final class CountingFeedSource: FeedSource {
    let calls = Counter()

    func calendar(for address: FeedAddress) throws -> [UInt8]? {
        calls.increment()
        return Array("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:test\r\nEND:VCALENDAR\r\n".utf8)
    }
}

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func increment() { lock.withLock { count += 1 } }
}
