import Bookings
import CivilTime

/// A group's own page, `/groups/TOKEN`: its requests with their reference numbers and what became of
/// them (in plain words, with the places it could take instead and a button that asks for one), its
/// bookings with every date and what happens on it, its feed and a form for a new request. Built only
/// from this group's records, so that no other group's data can reach it. Stored properties only
/// (Mustache reads through `Mirror`).
struct GroupPage {
    struct Alternative {
        let text: String
        let link: String
    }

    struct RequestEntry {
        let reference: Int64
        let title: String
        let term: String
        let state: String
        let reasons: [String]
        let hasReasons: Bool
        let alternatives: [Alternative]
        let hasAlternatives: Bool
        let refusals: [String]
        let hasRefusals: Bool
    }

    struct DateLine {
        let text: String
        let note: String?
        let takesPlace: Bool
    }

    struct BookingEntry {
        let anchor: String
        let title: String
        let state: String
        let place: String
        let when: String
        let dates: [DateLine]
    }

    let page: PageFrame
    let g: GroupTexts
    let name: String
    let sentReference: Int64?
    let requests: [RequestEntry]
    let hasRequests: Bool
    let bookings: [BookingEntry]
    let hasBookings: Bool
    let subscribe: SubscribeLinks
    let newRequestLink: String

    static func load(token: String, storage: any BookingStorage) throws -> (Group, PageData)? {
        try storage.read { reader in
            guard let group = try reader.groups().first(where: { StoreFeedSource.sameToken($0.token, token) }) else { return nil }
            let data = PageData(requests: try reader.requests().filter { $0.group == group.slug },
                                bookings: try reader.bookings().filter { $0.group == group.slug },
                                terms: try reader.terms(), venues: try reader.venues(), rooms: try reader.rooms(in: nil),
                                closures: try reader.closures())
            return (group, data)
        }
    }

    /// What the page is made of, read in one transaction.
    struct PageData {
        let requests: [Request]
        let bookings: [Booking]
        let terms: [Term]
        let venues: [Venue]
        let rooms: [Room]
        let closures: [Closure]
    }

    init(group: Group, data: PageData, language: Language, base: String, sentReference: Int64?) throws {
        let texts = GroupTexts.of(language)
        let format = CivilFormat(language: language)
        let plain: PlainReason.Language = language == .sl ? .sl : .en
        let path = "/groups/\(group.token)"
        page = PageFrame(title: group.name, language: language, path: path)
        g = texts
        name = group.name
        self.sentReference = sentReference
        let roomNames = Dictionary(data.rooms.map { ($0.ref, $0.name) }, uniquingKeysWith: { first, _ in first })
        let venueNames = Dictionary(data.venues.map { ($0.slug, $0.name) }, uniquingKeysWith: { first, _ in first })
        func placeName(_ room: RoomRef) -> String {
            "\(roomNames[room] ?? room.room.value), \(venueNames[room.venue] ?? room.venue.value)"
        }
        func hours(_ day: Weekday, _ range: TimeRange) -> String {
            "\(format.weekday(day)) \(format.time(minuteOfDay: range.startMinute))–\(format.time(minuteOfDay: range.endMinute))"
        }
        let termNames = Dictionary(data.terms.map { ($0.slug, $0.name) }, uniquingKeysWith: { first, _ in first })
        requests = data.requests.sorted { ($0.id ?? 0) > ($1.id ?? 0) }.map { request in
            let outcome = request.decisions.outcome
            let unplaced = request.status.isOpen ? outcome?.unplaced ?? [] : []
            let state: String = switch request.status {
            case .rejected: texts.rejected + (request.decisions.rejection.map { " \(texts.reason): \($0)" } ?? "")
            case .withdrawn: texts.withdrawn
            case .scheduled: texts.placedAs
            case .pending: unplaced.isEmpty ? texts.waiting : texts.notPlacedYet
            }
            let reasons = Array(Set(unplaced.flatMap(\.reasons))).sorted().map { PlainReason.reason($0, in: plain) }
            let alternatives = unplaced.flatMap(\.alternatives).prefix(6).map { alternative in
                let gives = alternative.givesUp.map { PlainReason.wish($0, in: plain) }.joined(separator: ", ")
                let text = "\(hours(alternative.day, alternative.hours)), \(placeName(alternative.room))" + (gives.isEmpty ? "" : " (\(gives))")
                let window = TimeWindow(days: [alternative.day], hours: alternative.hours).line
                let prefill: [(String, String)] = [
                    ("title", "\(request.title) (\(window))"), ("description", request.description),
                    ("audience", String(request.audience)), ("duration", "\(request.durationMinutes)m"),
                    ("sessions", "1"), ("when", window), ("term", request.term.value), ("venue", alternative.room.venue.value),
                ] + request.features.map { ("features", $0) }
                return Alternative(text: text, link: Link.to(path + "/request", prefill, language: language))
            }
            let refusals = request.decisions.refusedPlaces.map { refused in
                "\(hours(refused.day, refused.hours)), \(placeName(refused.room)) — \(refused.reason)"
            }
            return RequestEntry(reference: request.id ?? 0, title: request.title, term: termNames[request.term] ?? request.term.value,
                                state: state, reasons: reasons, hasReasons: !reasons.isEmpty, alternatives: Array(alternatives),
                                hasAlternatives: !alternatives.isEmpty, refusals: refusals, hasRefusals: !refusals.isEmpty)
        }
        hasRequests = !requests.isEmpty
        let lastDay = data.terms.map(\.lastDay).max()
        let zones = try Dictionary(data.venues.map { ($0.slug, try ZoneRules(identifier: $0.timeZone)) }, uniquingKeysWith: { first, _ in first })
        bookings = try data.bookings.sorted { $0.start < $1.start }.map { booking in
            let state: String = switch booking.state {
            case .tentative: texts.tentative
            case .approved: texts.approved
            case .rejected: texts.rejectedBooking
            case .cancelled: texts.cancelledBooking
            }
            let end = booking.start.adding(minutes: booking.durationMinutes)
            let when = booking.recurrence == nil ? format.dateTime(booking.start) + "–" + format.time(end.time)
                : "\(format.weekday(booking.start.date.weekday)), \(format.span(from: booking.start, to: end))"
            var lines: [DateLine] = []
            if booking.state == .tentative || booking.state == .approved {
                let through = max(lastDay ?? booking.start.date, booking.start.date)
                for date in try BookingDates(booking, closures: data.closures, zone: zones[booking.room.venue])
                    .dates(from: booking.start.date, through: through) {
                    let occurrence = date.occurrence
                    let day = format.dayAndDate(occurrence.originalDate)
                    switch date.status {
                    case .takesPlace where occurrence.isMoved:
                        lines.append(DateLine(text: day, note: "\(texts.movedTo) \(format.dateTime(occurrence.start)), \(placeName(occurrence.room))",
                                              takesPlace: true))
                    case .takesPlace:
                        lines.append(DateLine(text: day, note: nil, takesPlace: true))
                    case .cancelled(let reason, let closure):
                        // The group's own page shows the reason an administrator gave, private booking or not.
                        let why = closure?.reason ?? reason
                        lines.append(DateLine(text: day, note: language.texts.cancelled + (why.isEmpty ? "" : " — \(why)"), takesPlace: false))
                    case .closed(let closure):
                        lines.append(DateLine(text: day, note: language.texts.cancelled + " — \(closure.reason)", takesPlace: false))
                    }
                }
            }
            return BookingEntry(anchor: "booking-\(booking.id ?? 0)", title: booking.title, state: state,
                                place: placeName(booking.room), when: when, dates: lines)
        }
        hasBookings = !bookings.isEmpty
        subscribe = SubscribeLinks(label: group.name, path: "/feeds/groups/\(group.token).ics", base: base)
        newRequestLink = Link.to(path + "/request", language: language)
    }
}
