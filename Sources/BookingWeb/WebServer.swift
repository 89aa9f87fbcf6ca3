import Bookings
import CivilTime
import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import ServiceLifecycle

/// `prostor serve`: the programme as web pages and iCalendar feeds, and the form through which a group
/// asks for a slot. Reads and writes through `BookingStorage`, like the CLI.
///
/// ```swift
/// let server = try WebServer(storage: database, feeds: feedSource)
/// try await server.run(host: "127.0.0.1", port: 8080, logger: logger)
/// ```
public struct WebServer: Sendable {
    public struct Options: Sendable {
        /// The address readers use, e.g. `https://prostor.kranj.si`, for subscribe links; nil takes
        /// the request's Host header with `http://`, which suits a server on one's own machine.
        public var publicURL: String?
        /// How long a generated feed or page is served before it is generated again (feeds are then
        /// compared by hash); 0 generates every answer anew.
        public var freshness: TimeInterval = 5
        /// Request bodies over this size get 413.
        public var maxBodyBytes = 64 * 1024
        /// The host in calendar UIDs, as the feeds write them; messages about bookings carry calendars
        /// with the same UIDs.
        public var calendarHost = FeedOptions.defaultHost
        /// A connection on which no request part arrives for this long is closed: an idle keep-alive
        /// connection, or a client sending its request head a byte at a time.
        public var idleSeconds: Int64 = 10
        /// A request whose body has not ended this long after its head is cut off (the connection closed).
        public var requestReadSeconds: Int64 = 10
        /// After SIGTERM or SIGINT, requests in flight get this long to finish; then they are cancelled
        /// and the server stops anyway.
        public var shutdownGraceSeconds: Int64 = 5
        /// Today in a venue's zone; tests fix it.
        public var today: @Sendable (ZoneRules) -> LocalDate = { zone in
            zone.localDateTime(fromUTC: Int64(Date().timeIntervalSince1970)).date
        }

        public init(publicURL: String? = nil) { self.publicURL = publicURL }
    }

    let storage: any BookingStorage
    let feeds: any FeedSource
    let options: Options
    let pages: PageRenderer
    let feedCache: FeedCache
    let pageCache: PageCache

    public init(storage: any BookingStorage, feeds: any FeedSource, options: Options = Options()) throws {
        self.storage = storage
        self.feeds = feeds
        self.options = options
        pages = try PageRenderer()
        feedCache = FeedCache(freshness: options.freshness)
        pageCache = PageCache(freshness: options.freshness)
    }

    /// Every route, behind the request log and the error pages.
    public func router() -> Router<BasicRequestContext> {
        // Calendar clients probe feeds with HEAD before subscribing.
        let router = Router(context: BasicRequestContext.self, options: .autoGenerateHeadEndpoints)
        router.add(middleware: RequestLogMiddleware())
        router.add(middleware: ErrorPageMiddleware(pages: pages))
        let venues = VenueRoutes(storage: storage, pages: pages, options: options, cache: pageCache)
        venues.register(on: router)
        OpenRoutes(storage: storage, pages: pages, options: options, cache: pageCache).register(on: router)
        FeedRoutes(source: feeds, cache: feedCache).register(on: router)
        let form = RequestFormRoutes(storage: storage, pages: pages, maxBodyBytes: options.maxBodyBytes,
                                     calendarHost: options.calendarHost,
                                     secureCookies: options.publicURL?.hasPrefix("https://") ?? false)
        form.register(on: router)
        GroupRoutes(storage: storage, pages: pages, form: form, base: { venues.base($0) }).register(on: router)
        let stylesheets = ["prostor.css": pages.stylesheet, "print.css": pages.printStylesheet]
        router.get("/static/{name}") { _, context in
            guard let css = stylesheets[try context.parameters.require("name")] else { throw HTTPError(.notFound) }
            return Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"],
                            body: .init(byteBuffer: ByteBuffer(string: css)))
        }
        return router
    }

    /// The application on `host:port`, with the connection time limits of `options`.
    public func application(host: String, port: Int, logger: Logger) -> some ApplicationProtocol & Service {
        let readLimit = TimeAmount.seconds(options.requestReadSeconds)
        let http1 = HTTP1Channel.Configuration(additionalChannelHandlers: [RequestReadDeadline(limit: readLimit)],
                                               idleTimeout: .seconds(options.idleSeconds))
        return Application(router: router(), server: .http1(configuration: http1),
                           configuration: .init(address: .hostname(host, port: port), serverName: "Prostor"), logger: logger)
    }

    /// Serves on `host:port` until SIGINT or SIGTERM, then lets requests in flight finish for at most
    /// `shutdownGraceSeconds` before cancelling them, so a stop never waits on a slow feed or a locked database.
    public func run(host: String, port: Int, logger: Logger) async throws {
        var configuration = ServiceGroupConfiguration(services: [application(host: host, port: port, logger: logger)],
                                                      gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        configuration.maximumGracefulShutdownDuration = .seconds(options.shutdownGraceSeconds)
        try await ServiceGroup(configuration: configuration).run()
    }
}

/// One log line per request: method, path, status and milliseconds. Group feed tokens are secrets,
/// so their paths are logged without them.
struct RequestLogMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        let path = Self.redacted(request.uri.path)
        do {
            let response = try await next(request, context)
            let elapsed = started.duration(to: .now)
            context.logger.info("\(request.method) \(path) \(response.status.code) \(Self.milliseconds(elapsed)) ms")
            return response
        } catch {
            context.logger.info("\(request.method) \(path) failed: \(type(of: error))")
            throw error
        }
    }

    static func redacted(_ path: String) -> String {
        path.hasPrefix("/feeds/groups/") ? "/feeds/groups/…" : path
    }

    static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        return String(format: "%.1f", Double(seconds) * 1000 + Double(attoseconds) / 1e15)
    }
}
