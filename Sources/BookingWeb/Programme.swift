import Bookings
import CivilTime

/// One occurrence as a public page may show it: a private activity keeps only its time and room.
struct ShownOccurrence: Sendable {
    let start: LocalDateTime
    let end: LocalDateTime
    let room: RoomRef
    /// Nil for a private activity: public pages and feeds show "Zasedeno / Booked" instead.
    let title: String?
    let groupName: String?
    let isTentative: Bool
    let isMoved: Bool

    /// The minutes of its start day it takes; one running past midnight ends at 24:00 there.
    var startMinute: Int { start.time.minuteOfDay }
    var endMinute: Int { end.date == start.date ? max(end.time.minuteOfDay, startMinute + 1) : 1440 }
}

/// What a venue has and what takes place in it over some days, read in one transaction.
struct Programme: Sendable {
    let venue: Venue
    let rooms: [Room]
    let zone: ZoneRules
    let occurrences: [ShownOccurrence]

    /// The venue's rooms and the tentative and approved occurrences in them from `first` through `last`.
    /// Rejected and cancelled bookings are not on the programme. Throws `PageError(.notFound)` for an
    /// unknown venue.
    static func load(venue slug: Slug, from first: LocalDate, through last: LocalDate,
                     storage: any BookingStorage) throws -> Programme {
        try storage.read { reader in
            guard let venue = try reader.venue(slug) else { throw PageError(.notFound) }
            let zone = try References(reader).zone(of: slug)
            let rooms = try reader.rooms(in: slug)
            let groups = Dictionary(try reader.groups().map { ($0.slug, $0.name) }, uniquingKeysWith: { first, _ in first })
            var shown: [ShownOccurrence] = []
            for booking in try reader.bookings() where booking.state == .tentative || booking.state == .approved {
                // A booking of another venue may have an occurrence moved here, so every booking is expanded.
                for occurrence in try booking.occurrences(from: first, through: last, zone: zone)
                where occurrence.room.venue == slug {
                    shown.append(ShownOccurrence(
                        start: occurrence.start, end: occurrence.end, room: occurrence.room,
                        title: booking.isPublic ? booking.title : nil,
                        groupName: booking.isPublic ? groups[booking.group] ?? booking.group.value : nil,
                        isTentative: booking.state == .tentative, isMoved: occurrence.isMoved))
                }
            }
            shown.sort { ($0.start, $0.room) < ($1.start, $1.room) }
            return Programme(venue: venue, rooms: rooms, zone: zone, occurrences: shown)
        }
    }

    func occurrences(on date: LocalDate) -> [ShownOccurrence] {
        occurrences.filter { $0.start.date == date }
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
        var status = occurrence.isTentative ? texts.tentative : texts.approved
        if occurrence.isMoved { status += ", " + texts.moved }
        statusText = status
    }
}
