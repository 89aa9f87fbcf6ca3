import Bookings
import CivilTime
import Hummingbird

/// The public pages: venues, a venue's week, month and printable week, a room's week.
struct VenueRoutes: Sendable {
    let storage: any BookingStorage
    let pages: PageRenderer
    let options: WebServer.Options
    let cache: PageCache

    func register<Context: RequestContext>(on router: Router<Context>) {
        // Each page reads the store, so it is made on BlockingWork's threads.
        router.get("/") { request, _ in try await BlockingWork.read { try self.venueList(request) } }
        router.get("/venues/:venue") { request, context in
            let venue = try pathSlug(context.parameters.get("venue"))
            return try await BlockingWork.read { try self.week(request, venue: venue) }
        }
        router.get("/venues/:venue/month") { request, context in
            let venue = try pathSlug(context.parameters.get("venue"))
            return try await BlockingWork.read { try self.month(request, venue: venue) }
        }
        router.get("/venues/:venue/print") { request, context in
            let venue = try pathSlug(context.parameters.get("venue"))
            return try await BlockingWork.read { try self.print(request, venue: venue) }
        }
        router.get("/venues/:venue/rooms/:room") { request, context in
            let ref = RoomRef(venue: try pathSlug(context.parameters.get("venue")), room: try pathSlug(context.parameters.get("room")))
            return try await BlockingWork.read { try self.room(request, ref: ref) }
        }
    }

    /// The site's address for subscribe links: the configured one, else the Host the reader used.
    func base(_ request: Request) -> String {
        if let url = options.publicURL { return url.hasSuffix("/") ? String(url.dropLast()) : url }
        let host = request.head.authority ?? "localhost"
        // A Host header is whatever the client sent; keep only what can stand in a URL's authority.
        let safe = host.filter { $0.isASCII && ($0.isLetter || $0.isNumber || "-.:[]".contains($0)) }
        return "http://" + (safe.isEmpty ? "localhost" : safe)
    }

    func selection(_ request: Request, today: LocalDate) throws -> CalendarSelection {
        let query = request.uri.queryParameters
        return try CalendarSelection(week: query["week"].map(String.init), date: query["date"].map(String.init),
                                     month: query["month"].map(String.init), today: today)
    }

    func venueList(_ request: Request) throws -> Response {
        let language = Language.of(request)
        let base = base(request)
        return pages.html(try cache.html(for: "venues|\(language)|\(base)") { try renderVenueList(language: language, base: base) })
    }

    func renderVenueList(language: Language, base: String) throws -> String {
        let texts = language.texts
        let (venues, rooms) = try storage.read { reader in (try reader.venues(), try reader.rooms(in: nil)) }
        let entries = venues.map { venue in
            VenueListPage.Entry(
                name: venue.name, address: venue.address, link: Link.to("/venues/\(venue.slug)", language: language),
                rooms: rooms.filter { $0.venue == venue.slug }.map {
                    RoomSummary($0, link: Link.to("/venues/\(venue.slug)/rooms/\($0.slug)", language: language), texts: texts)
                },
                subscribe: SubscribeLinks(label: venue.name, path: "/feeds/venues/\(venue.slug).ics", base: base))
        }
        let page = VenueListPage(page: PageFrame(title: texts.venues, language: language, path: "/"), venues: entries,
                                 requestLink: Link.to("/request", language: language),
                                 subscribe: SubscribeLinks(label: texts.venues, path: "/feeds/all.ics", base: base))
        return pages.render("venues", page)
    }

    func week(_ request: Request, venue: Slug) throws -> Response {
        let language = Language.of(request)
        let zone = try venueZone(venue)
        let today = options.today(zone)
        let selection = try selection(request, today: today)
        let base = base(request)
        return pages.html(try cache.html(for: "week|\(venue)|\(selection.monday)|\(today)|\(language)|\(base)") {
            let programme = try Programme.load(venue: venue, from: selection.monday, through: selection.sunday, storage: storage)
            return pages.render("week", WeekPage(programme: programme, selection: selection, today: today, language: language, base: base))
        })
    }

    func month(_ request: Request, venue: Slug) throws -> Response {
        let language = Language.of(request)
        let today = options.today(try venueZone(venue))
        let anchor = try selection(request, today: today).anchor
        let (first, last) = MonthTable.span(year: anchor.year, month: anchor.month)
        let base = base(request)
        return pages.html(try cache.html(for: "month|\(venue)|\(anchor.year)-\(anchor.month)|\(today)|\(language)|\(base)") {
            let programme = try Programme.load(venue: venue, from: first, through: last, storage: storage)
            return pages.render("month", MonthPage(programme: programme, year: anchor.year, month: anchor.month, today: today,
                                                   language: language, base: base))
        })
    }

    func print(_ request: Request, venue: Slug) throws -> Response {
        let language = Language.of(request)
        let today = options.today(try venueZone(venue))
        let selection = try selection(request, today: today)
        let base = base(request)
        return pages.html(try cache.html(for: "print|\(venue)|\(selection.monday)|\(today)|\(language)|\(base)") {
            let programme = try Programme.load(venue: venue, from: selection.monday, through: selection.sunday, storage: storage)
            return pages.render("print", PrintPage(programme: programme, selection: selection, today: today, language: language, base: base))
        })
    }

    func room(_ request: Request, ref: RoomRef) throws -> Response {
        let language = Language.of(request)
        let today = options.today(try venueZone(ref.venue))
        let selection = try selection(request, today: today)
        let base = base(request)
        return pages.html(try cache.html(for: "room|\(ref)|\(selection.monday)|\(today)|\(language)|\(base)") {
            let programme = try Programme.load(venue: ref.venue, from: selection.monday, through: selection.sunday, storage: storage)
            guard let room = programme.rooms.first(where: { $0.slug == ref.room }) else {
                throw NotFound(kind: "room", key: ref.description)
            }
            return pages.render("room", RoomPage(programme: programme, room: room, selection: selection, today: today,
                                                 language: language, base: base))
        })
    }

    /// The venue's zone, or 404 when there is no such venue.
    func venueZone(_ venue: Slug) throws -> ZoneRules {
        try storage.read { reader in
            guard try reader.venue(venue) != nil else { throw NotFound(kind: "venue", key: venue.description) }
            return try References(reader).zone(of: venue)
        }
    }
}
