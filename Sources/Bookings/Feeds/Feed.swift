import CivilTime

/// A feed: the booking series of one scope, in the order of their ids, with the name subscribers see.
///
/// ```swift
/// let feed = try Feed(scope: .venue(Slug(folding: "golnik")), data: try FeedData(reader))
/// let ics = try feed.calendarText(FeedOptions(host: "prostor.kranj.si", timestamp: now))
/// let agenda = try feed.occurrences(from: term.firstDay, through: term.lastDay)
/// ```
public struct Feed: Sendable {
    public let scope: FeedScope
    /// X-WR-CALNAME, in Slovenian: "KS Golnik – program".
    public let name: String
    /// X-WR-TIMEZONE: the zone of the scope's venue, or the one most of the feed's series keep.
    public let timeZone: String
    public let series: [FeedSeries]
    /// Series of other rooms with occurrences moved into this feed's rooms; the feed publishes those
    /// occurrences only (see `visits`).
    public let visitors: [FeedSeries]

    /// Builds the feed of `scope`; fails with `NotFound` when the scope names nothing that exists.
    public init(scope: FeedScope, data: FeedData) throws {
        try data.check(scope)
        self.scope = scope
        var zones: [String: ZoneRules] = [:]
        series = try data.bookings.filter(scope.includes).map { try FeedSeries(booking: $0, data: data, zones: &zones) }
        visitors = try data.bookings.filter(scope.receivesMoves).map { try FeedSeries(booking: $0, data: data, zones: &zones) }
        name = Self.name(of: scope, data: data)
        timeZone = Self.timeZone(of: scope, data: data, series: series)
    }

    /// One occurrence as the feed's subscriber sees it.
    public struct Entry: Hashable, Sendable {
        public var booking: Booking
        public var occurrence: Occurrence
        /// The title this feed shows: the booking's, or "Zasedeno / Booked" for a private one in a public feed.
        public var summary: String
        /// Where it takes place (the moved-to room for a moved occurrence).
        public var place: FeedSeries.Place
        /// TENTATIVE or CONFIRMED, as the feed's STATUS says.
        public var status: String
        /// The occurrence's start and end in RFC 3339 with the offset of that day, e.g. "2027-03-30T18:00:00+02:00".
        public var start: String
        public var end: String
    }

    /// Every occurrence on the days `from` through `through`, in order of start (then booking id): what a
    /// subscriber's calendar shows for those days. Built from `FeedSeries.expansion`, as the feed is.
    public func occurrences(from: LocalDate, through: LocalDate) throws -> [Entry] {
        var entries: [Entry] = []
        for (item, visiting) in series.map({ ($0, false) }) + visitors.map({ ($0, true) }) {
            let look = FeedLook(series: item, scope: scope)
            for occurrence in try item.expansion(from: from, through: through).occurrences
            where !visiting || visits(occurrence) {
                entries.append(Entry(
                    booking: item.booking, occurrence: occurrence, summary: look.summary, place: item.place(of: occurrence),
                    status: look.status, start: item.zone.rfc3339(occurrence.start), end: item.zone.rfc3339(occurrence.end)))
            }
        }
        return entries.sorted { ($0.occurrence.start, $0.booking.id ?? 0) < ($1.occurrence.start, $1.booking.id ?? 0) }
    }

    /// Whether an occurrence of a visiting series takes place in this feed's rooms.
    func visits(_ occurrence: Occurrence) -> Bool { occurrence.isMoved && scope.holds(occurrence.room) }

    /// Every series the feed publishes something of, for the newest change it shows.
    public var allSeries: [FeedSeries] { series + visitors }

    static func name(of scope: FeedScope, data: FeedData) -> String {
        switch scope {
        case .all: return "Krajevne skupnosti – program"
        case .venue(let venue): return "\(data.venues[venue]?.name ?? venue.value) – program"
        case .room(let ref):
            let venue = data.venues[ref.venue]?.name ?? ref.venue.value
            return "\(data.rooms[ref]?.name ?? ref.room.value), \(venue) – program"
        case .group(let group): return "\(data.groups[group]?.name ?? group.value) – program"
        }
    }

    static func timeZone(of scope: FeedScope, data: FeedData, series: [FeedSeries]) -> String {
        switch scope {
        case .venue(let venue): if let zone = data.venues[venue]?.timeZone { return zone }
        case .room(let room): if let zone = data.venues[room.venue]?.timeZone { return zone }
        case .all, .group: break
        }
        let counts = Dictionary(series.map { ($0.venue.timeZone, 1) }, uniquingKeysWith: +)
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? Venue.defaultTimeZone
    }
}

/// How one series looks in one feed: private bookings in public feeds show only that the room is taken.
struct FeedLook {
    static let busy = "Zasedeno / Booked"
    let summary: String
    let description: String?
    let status: String
    let classification: String

    init(series: FeedSeries, scope: FeedScope) {
        let booking = series.booking
        status = booking.state == .approved ? "CONFIRMED" : "TENTATIVE"
        classification = booking.isPublic ? "PUBLIC" : "PRIVATE"
        if !booking.isPublic && scope.isPublic {
            summary = Self.busy
            description = nil
        } else {
            summary = booking.title
            let group = "Skupina: \(series.groupName)"
            description = booking.description.isEmpty ? group : booking.description + "\n\n" + group
        }
    }
}
