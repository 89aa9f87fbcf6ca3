import Bookings
import CivilTime

/// One date of an activity as a public page may show it: a private activity keeps only its time and
/// room. A date that does not take place is shown too, marked, with why.
struct ShownOccurrence: Sendable {
    let start: LocalDateTime
    let end: LocalDateTime
    let room: RoomRef
    /// Nil for a private activity: public pages and feeds show "Zasedeno / Booked" instead.
    let title: String?
    let groupName: String?
    let isTentative: Bool
    let isMoved: Bool
    /// Cancelled or closed: the date is on the page only to say that it does not take place.
    let isCancelled: Bool
    /// Why it does not take place, as the page says it; empty when there is no reason to show.
    let reason: String

    /// The minutes of its start day it takes; one running past midnight ends at 24:00 there.
    var startMinute: Int { start.time.minuteOfDay }
    var endMinute: Int { end.date == start.date ? max(end.time.minuteOfDay, startMinute + 1) : 1440 }

    init(start: LocalDateTime, end: LocalDateTime, room: RoomRef, title: String?, groupName: String?, isTentative: Bool,
         isMoved: Bool, isCancelled: Bool = false, reason: String = "") {
        self.start = start
        self.end = end
        self.room = room
        self.title = title
        self.groupName = groupName
        self.isTentative = isTentative
        self.isMoved = isMoved
        self.isCancelled = isCancelled
        self.reason = reason
    }

    init(_ date: BookingDate, of booking: Booking, groupName: String) {
        let reason: String
        switch date.status {
        case .takesPlace: reason = ""
        // A closure's reason is public and what residents know the day by; an administrator's own
        // reason for calling off a private activity may say more than its title would.
        case .cancelled(let typed, let closure): reason = closure?.reason ?? (booking.isPublic ? typed : "")
        case .closed(let closure): reason = closure.reason
        }
        let occurrence = date.occurrence
        self.init(start: occurrence.start, end: occurrence.end, room: occurrence.room,
                  title: booking.isPublic ? booking.title : nil, groupName: booking.isPublic ? groupName : nil,
                  isTentative: booking.state == .tentative, isMoved: occurrence.isMoved, isCancelled: !date.takesPlace, reason: reason)
    }
}

/// What a venue has and what takes place in it over some days, read in one transaction.
struct Programme: Sendable {
    let venue: Venue
    let rooms: [Room]
    let zone: ZoneRules
    /// Every date of an activity in the venue's rooms on those days, taking place or not, by start.
    let occurrences: [ShownOccurrence]
    /// The closures of the venue and its rooms that touch those days, in order of their first day.
    let closures: [ShownClosure]

    /// The venue's rooms and the dates of tentative and approved bookings in them from `first` through
    /// `last`, expanded by `BookingDates` as the feeds are. Rejected and cancelled bookings are not on the
    /// programme. Throws `NotFound` (404) for an unknown venue.
    static func load(venue slug: Slug, from first: LocalDate, through last: LocalDate,
                     storage: any BookingStorage) throws -> Programme {
        try storage.read { reader in
            guard let venue = try reader.venue(slug) else { throw NotFound(kind: "venue", key: slug.description) }
            let zone = try References(reader).zone(of: slug)
            let rooms = try reader.rooms(in: slug)
            let groups = Dictionary(try reader.groups().map { ($0.slug, $0.name) }, uniquingKeysWith: { first, _ in first })
            let bookings = try reader.bookings()
            // The shown days' years too, so that a week beyond every term still shows its holidays.
            let closures = try reader.closuresInForce(bookings: bookings, alsoYears: first.year...last.year)
            var shown: [ShownOccurrence] = []
            for booking in bookings where booking.state == .tentative || booking.state == .approved {
                // A booking of another venue may have an occurrence moved here, so every booking is expanded.
                for date in try BookingDates(booking, closures: closures, zone: zone).dates(from: first, through: last)
                where date.occurrence.room.venue == slug {
                    shown.append(ShownOccurrence(date, of: booking, groupName: groups[booking.group] ?? booking.group.value))
                }
            }
            shown.sort { ($0.start, $0.room) < ($1.start, $1.room) }
            let touching = closures.filter { $0.firstDay <= last && $0.lastDay >= first }.compactMap { closure -> ShownClosure? in
                let room: RoomRef?
                switch closure.scope {
                case .everywhere: room = nil
                case .venue(let venue): guard venue == slug else { return nil }; room = nil
                case .room(let ref): guard ref.venue == slug else { return nil }; room = ref
                }
                return ShownClosure(firstDay: closure.firstDay, lastDay: closure.lastDay, hours: closure.hours,
                                    reason: closure.reason, room: room)
            }
            return Programme(venue: venue, rooms: rooms, zone: zone, occurrences: shown,
                             closures: touching.sorted { ($0.firstDay, $0.lastDay) < ($1.firstDay, $1.lastDay) })
        }
    }

    func occurrences(on date: LocalDate) -> [ShownOccurrence] {
        occurrences.filter { $0.start.date == date }
    }

    func closures(on date: LocalDate) -> [ShownClosure] {
        closures.filter { $0.covers(date) }
    }
}

/// One activity as the templates show it, in the reader's language.
struct ActivityView: Sendable {
    let title: String
    let group: String
    let time: String
    let when: String
    let roomName: String
    let isPrivate: Bool
    let isTentative: Bool
    let isMoved: Bool
    let isCancelled: Bool
    /// "potrjeno", "predlog, še ni potrjeno", or for a date that does not take place "odpade — Prešernov dan":
    /// words, so that the state never rests on colour or strike-through alone.
    let statusText: String

    init(_ occurrence: ShownOccurrence, format: CivilFormat, roomNames: [RoomRef: String]) {
        let texts = format.texts
        title = occurrence.title ?? texts.booked
        group = occurrence.groupName ?? ""
        isPrivate = occurrence.title == nil
        time = format.span(from: occurrence.start, to: occurrence.end)
        when = format.dateTime(occurrence.start)
        roomName = roomNames[occurrence.room] ?? occurrence.room.room.value
        isTentative = occurrence.isTentative
        isMoved = occurrence.isMoved
        isCancelled = occurrence.isCancelled
        if occurrence.isCancelled {
            statusText = occurrence.reason.isEmpty ? texts.cancelled : "\(texts.cancelled) — \(occurrence.reason)"
        } else {
            var status = occurrence.isTentative ? texts.tentative : texts.approved
            if occurrence.isMoved { status += ", " + texts.moved }
            statusText = status
        }
    }
}
