import Bookings
import Foundation
import Hummingbird

/// The feed addresses: `text/calendar`, ETag and Last-Modified, 304 for a matching conditional GET,
/// gzip when the client accepts it.
struct FeedRoutes: Sendable {
    let source: any FeedSource
    let cache: FeedCache

    func register<Context: RequestContext>(on router: Router<Context>) {
        router.get("/feeds/all.ics") { request, _ in try await self.answer(.all, request: request) }
        router.get("/feeds/venues/{venue}.ics") { request, context in
            let venue = try context.parameters.require("venue")
            return try await self.answer(.venue(Self.slug(venue)), request: request)
        }
        router.get("/feeds/rooms/:venue/{room}.ics") { request, context in
            let ref = RoomRef(venue: try Self.slug(context.parameters.require("venue")),
                              room: try Self.slug(context.parameters.require("room")))
            return try await self.answer(.room(ref), request: request)
        }
        router.get("/feeds/groups/{token}.ics") { request, context in
            let token = try GroupRoutes.token(context.parameters.require("token"))
            return try await self.answer(.group(token: token), request: request)
        }
    }

    /// A malformed slug is an `InvalidValue`, which the error middleware answers with 400.
    static func slug(_ text: String) throws -> Slug {
        try Slug(validating: text, record: "", field: "")
    }

    /// The feed is generated (from the store) on BlockingWork's threads.
    func answer(_ scope: FeedAddress, request: Request) async throws -> Response {
        guard let feed = try await BlockingWork.read({ try cache.feed(for: scope, generate: { try source.calendar(for: scope) }) }) else {
            throw HTTPError(.notFound)
        }
        var headers: HTTPFields = [
            .eTag: feed.etag,
            .lastModified: HTTPDate.format(secondsSinceEpoch: feed.lastModified),
            // Calendar apps poll; let them revalidate each time rather than trust a stale copy.
            .cacheControl: "public, max-age=0, must-revalidate",
            .vary: "Accept-Encoding",
        ]
        if Self.notModified(request.headers, feed: feed) {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentType] = "text/calendar; charset=utf-8"
        if let gzipped = feed.gzipped, Self.acceptsGzip(request.headers[.acceptEncoding]) {
            headers[.contentEncoding] = "gzip"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: gzipped))
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: feed.body))
    }

    /// RFC 9110 §13.2.2: If-None-Match decides when present; If-Modified-Since only without it.
    static func notModified(_ headers: HTTPFields, feed: CachedFeed) -> Bool {
        let ifNoneMatch = headers[values: .ifNoneMatch].joined(separator: ",")
        if !ifNoneMatch.isEmpty {
            return ifNoneMatch.split(separator: ",").contains { candidate in
                let tag = candidate.trimmingCharacters(in: .whitespaces)
                // Weak comparison: a proxy that re-encodes may have marked our tag W/.
                return tag == "*" || tag == feed.etag || tag == "W/" + feed.etag
            }
        }
        if let since = headers[.ifModifiedSince].flatMap(HTTPDate.parse) {
            return feed.lastModified <= since
        }
        return false
    }

    /// Whether Accept-Encoding allows gzip: listed without `q=0` (or `*` allowed and gzip not refused).
    static func acceptsGzip(_ header: String?) -> Bool {
        guard let header else { return false }
        var wildcard = false
        for item in header.lowercased().split(separator: ",") {
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let coding = parts.first else { continue }
            let refused = parts.dropFirst().contains { $0.hasPrefix("q=") && (Double($0.dropFirst(2)) ?? 1) == 0 }
            if coding == "gzip" || coding == "x-gzip" { return !refused }
            if coding == "*" { wildcard = !refused }
        }
        return wildcard
    }
}
