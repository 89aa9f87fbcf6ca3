import Bookings
import CivilTime
import Hummingbird

/// The pages that make the programme transparent: a venue's free times and how its rooms are used.
struct OpenRoutes: Sendable {
    let storage: any BookingStorage
    let pages: PageRenderer
    let options: WebServer.Options
    let cache: PageCache

    func register<Context: RequestContext>(on router: Router<Context>) {
        // Each page reads the store, so it is made on BlockingWork's threads.
        router.get("/venues/:venue/free") { request, context in
            let venue = try pathSlug(context.parameters.get("venue"))
            return try await BlockingWork.read { try self.free(request, venue: venue) }
        }
        router.get("/venues/:venue/usage") { request, context in
            let venue = try pathSlug(context.parameters.get("venue"))
            return try await BlockingWork.read { try self.usage(request, venue: venue) }
        }
    }

    func free(_ request: Request, venue slug: Slug) throws -> Response {
        let language = Language.of(request)
        let form = FreeTimesForm(query: request.uri.query)
        let open = language.openTexts
        let format = CivilFormat(language: language)
        let (venue, zone, features, terms) = try storage.read { reader in
            guard let venue = try reader.venue(slug) else { throw HTTPError(.notFound) }
            return (venue, try References(reader).zone(of: slug), Set(try reader.rooms(in: slug).flatMap(\.features)).sorted(),
                    try reader.terms())
        }
        let today = options.today(zone)
        var error: String?
        var heading = ""
        var query: FreeTimeQuery?
        if !form.date.isEmpty {
            if let date = try? LocalDate(iso: form.date), supportedYears.contains(date.year) {
                heading = format.dayAndDate(date)
                query = try? form.query(venue: slug, span: .date(date))
            }
        } else if let rest = FreeTimeQuery.restOfTerm(terms, today: today) {
            heading = "\(open.weekly): \(rest.term.name), \(format.range(rest.from, rest.through))"
            query = try? form.query(venue: slug, span: .weekly(from: rest.from, through: rest.through))
        } else {
            error = open.noTerm
        }
        if query == nil && error == nil { error = open.badQuery }
        let key = "free|\(slug)|\(String(describing: query))|\(today)|\(language)"
        let html = try cache.html(for: key) {
            let found = try query.map { query in
                try storage.read { reader in try FreeTimes(query, reader: reader, now: LocalDateTime(date: today, time: .midnight)) }
            }
            return pages.render("free", FreeTimesPage(venue: venue, features: features, form: form, found: found, error: error,
                                                       heading: heading, language: language))
        }
        return pages.html(html, status: error == nil ? .ok : .badRequest)
    }

    /// `?room=SLUG` for one room, `?term=SLUG` for another term than the current one (else the next,
    /// else the last).
    func usage(_ request: Request, venue slug: Slug) throws -> Response {
        let language = Language.of(request)
        let query = request.uri.queryParameters
        let roomSlug = try query["room"].map { try pathSlug(String($0)) }
        let termSlug = try query["term"].map { try pathSlug(String($0)) }
        let today = options.today(try VenueRoutes(storage: storage, pages: pages, options: options, cache: cache).venueZone(slug))
        let key = "usage|\(slug)|\(roomSlug?.value ?? "")|\(termSlug?.value ?? "")|\(today)|\(language)"
        return pages.html(try cache.html(for: key) {
            try storage.read { reader in
                guard let venue = try reader.venue(slug) else { throw HTTPError(.notFound) }
                let terms = try reader.terms().sorted { $0.firstDay < $1.firstDay }
                let term: Term?
                if let termSlug { term = terms.first { $0.slug == termSlug } } else {
                    term = FreeTimeQuery.restOfTerm(terms, today: today)?.term ?? terms.last
                }
                guard let term else { throw HTTPError(.notFound) }
                let all = try reader.rooms(in: slug)
                var shown = all
                var room: Room?
                if let roomSlug {
                    guard let found = all.first(where: { $0.slug == roomSlug }) else { throw HTTPError(.notFound) }
                    room = found
                    shown = [found]
                }
                var zones: [Slug: ZoneRules] = [:]
                for venue in try reader.venues() { zones[venue.slug] = try References(reader).zone(of: venue.slug) }
                let bookings = try reader.bookings()
                let closures = try reader.closuresInForce(bookings: bookings)
                let report = try UsageReport(rooms: shown, closures: closures, bookings: bookings, zones: zones,
                                             from: term.firstDay, through: term.lastDay)
                let heat = try UsageHeatMap(rooms: shown, closures: closures, bookings: bookings, zones: zones,
                                            from: term.firstDay, through: term.lastDay)
                // The requests' outcomes are the venue's, not one room's.
                let words: PlainReason.Language = language == .sl ? .sl : .en
                let plan = try room == nil ? PlanComparison(term: term, venue: slug, reader: reader, language: words) : nil
                return pages.render("usage", UsagePage(venue: venue, room: room, term: term, report: report, heatMap: heat,
                                                       rooms: all, plan: plan, language: language))
            }
        })
    }
}
