import ArgumentParser
import Bookings
import BookingStore
import BookingWeb
import Hummingbird
import Logging

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Publish the programme on the web: calendar pages, iCalendar feeds and the request form.",
        discussion: """
            Serves until interrupted (Ctrl-C or SIGTERM), then finishes the requests in flight. Reads the \
            same database as the other commands, which keep working while it runs. Logs one line per request \
            on standard error.

            Pages: /  /venues/SLUG?week=2027-W07  /venues/SLUG/month?month=2027-02  /venues/SLUG/print  \
            /venues/SLUG/rooms/ROOM  /request  /groups/TOKEN (a group's own page)
            Feeds: /feeds/all.ics  /feeds/venues/SLUG.ics  /feeds/rooms/SLUG/ROOM.ics  /feeds/groups/TOKEN.ics

            With mail set up (--mail-config or PROSTOR_SMTP_HOST and the rest, see `prostor notify`), it also \
            sends the outbox every minute.

            Examples:
              prostor serve
              prostor serve --host 0.0.0.0 --port 8080 --public-url https://prostor.kranj.si
            """
    )

    @Option(help: "The address to listen on.") var host = "127.0.0.1"
    @Option(help: "The port to listen on.") var port = 8080
    @Option(help: ArgumentHelp("The address readers use, for subscribe links and feed UIDs; the request's Host when omitted.",
                               valueName: "url"))
    var publicURL: String?
    @Option(help: ArgumentHelp("How long a generated page or feed is served before it is generated again; changes made with the CLI show after at most this long.",
                               valueName: "seconds"))
    var cacheSeconds: Double = 5
    @OptionGroup var mail: MailOptions
    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be between 1 and 65535, got \(port)") }
        guard cacheSeconds >= 0 else { throw ValidationError("--cache-seconds must not be negative, got \(cacheSeconds)") }
        if let publicURL, !(publicURL.hasPrefix("http://") || publicURL.hasPrefix("https://")) {
            throw ValidationError("--public-url must start with http:// or https://, got \"\(publicURL)\"")
        }
    }

    func run() async throws {
        let database = try store.open()
        var logger = Logger(label: "prostor.serve")
        logger.logLevel = .info
        // The same host as `prostor export ics` and the messages' calendars use, so that UIDs agree.
        let feedHost = HostOption.resolve(publicURL.flatMap { url in url.split(separator: "/").dropFirst().first.map(String.init) })
        var options = WebServer.Options(publicURL: publicURL)
        options.freshness = cacheSeconds
        options.calendarHost = feedHost
        let server = try WebServer(storage: database, feeds: StoreFeedSource(storage: database, host: feedHost), options: options)
        logger.info("Serving \(store.name) on http://\(host):\(port)")
        let sender: Task<Void, Never>?
        if let settings = try mail.settings() {
            let delivery = OutboxDelivery(storage: database, transport: MsmtpTransport(settings: settings), settings: settings)
            sender = Task.detached { await MailLoop(delivery: delivery, logger: logger).run() }
            logger.info("Sending the outbox every minute through \(settings.host):\(settings.port)")
        } else {
            sender = nil
            logger.info("Mail is not set up (README, \"E-mail\"): messages stay in the outbox")
        }
        defer { sender?.cancel() }
        try await server.run(host: host, port: port, logger: logger)
    }
}
