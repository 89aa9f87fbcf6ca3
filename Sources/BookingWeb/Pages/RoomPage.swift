import Bookings
import CivilTime

/// One room's week: its details, then each day's activities as a list.
struct RoomPage {
    let page: PageFrame
    let venueName: String
    let venueLink: String
    let roomName: String
    let capacity: Int
    let features: String
    let openingHours: [String]
    let heading: String
    let nav: Navigation
    let days: [DayView]
    let subscribe: SubscribeLinks
    /// The closures of the week that concern the room: its own and the whole venue's.
    let closures: [String]
    let hasClosures: Bool

    init(programme: Programme, room: Room, selection: CalendarSelection, today: LocalDate, language: Language, base: String) {
        let format = CivilFormat(language: language)
        let texts = language.texts
        let venue = programme.venue
        let path = "/venues/\(venue.slug)/rooms/\(room.slug)"
        heading = "\(texts.week) \(selection.monday.isoWeek.week): \(format.range(selection.monday, selection.sunday))"
        page = PageFrame(title: "\(room.name), \(venue.name) – \(heading)", language: language, path: path,
                         parameters: [("week", selection.weekText)])
        venueName = venue.name
        venueLink = Link.to("/venues/\(venue.slug)", [("week", selection.weekText)], language: language)
        roomName = room.name
        capacity = room.capacity
        features = room.features.map { texts.featureNames[$0] ?? $0 }.joined(separator: ", ")
        openingHours = Weekday.allCases.compactMap { day in
            let ranges = room.openingHours.ranges(on: day)
            guard !ranges.isEmpty else { return nil }
            let hours = ranges.map { "\(format.time(minuteOfDay: $0.startMinute))–\(format.time(minuteOfDay: $0.endMinute))" }
            return "\(format.weekday(day)): \(hours.joined(separator: ", "))"
        }
        nav = Navigation(
            previous: Link.to(path, [("week", selection.previousWeek)], language: language),
            current: Link.to(path, [("week", CalendarSelection.weekText(CalendarSelection.monday(of: today)))], language: language),
            next: Link.to(path, [("week", selection.nextWeek)], language: language),
            previousLabel: texts.previousWeek, currentLabel: texts.thisWeek, nextLabel: texts.nextWeek)
        let names = programme.roomNames
        days = selection.days.map { date in
            let occurrences = programme.occurrences(on: date).filter { $0.room == room.ref }
            return DayView(id: "d\(date)", heading: format.dayAndDate(date), isToday: date == today,
                           isEmpty: occurrences.isEmpty, rows: [],
                           activities: occurrences.map { ActivityView($0, format: format, roomNames: names) },
                           closures: programme.closureLines(on: date, format: format, room: room.ref))
        }
        closures = programme.closureLines(format: format, room: room.ref)
        hasClosures = !closures.isEmpty
        subscribe = SubscribeLinks(label: "\(room.name), \(venue.name)", path: "/feeds/rooms/\(venue.slug)/\(room.slug).ics", base: base)
    }
}

/// A venue's week on one A4 page for the KS notice board: a row per activity, grouped by day.
struct PrintPage {
    let page: PageFrame
    let venueName: String
    let venueAddress: String
    let heading: String
    let days: [DayView]
    let screenLink: String
    let printedOn: String
    let feedLink: String
    let closures: [String]
    let hasClosures: Bool

    init(programme: Programme, selection: CalendarSelection, today: LocalDate, language: Language, base: String) {
        let format = CivilFormat(language: language)
        let texts = language.texts
        let venue = programme.venue
        heading = "\(texts.programmeOf), \(texts.week.lowercased()) \(selection.monday.isoWeek.week): \(format.range(selection.monday, selection.sunday))"
        page = PageFrame(title: "\(venue.name) – \(heading)", language: language, path: "/venues/\(venue.slug)/print",
                         parameters: [("week", selection.weekText)])
        venueName = venue.name
        venueAddress = venue.address
        let names = programme.roomNames
        days = selection.days.map { date in
            let occurrences = programme.occurrences(on: date)
            return DayView(id: "d\(date)", heading: format.dayAndDate(date), isToday: false, isEmpty: occurrences.isEmpty,
                           rows: [], activities: occurrences.map { ActivityView($0, format: format, roomNames: names) },
                           closures: programme.closureLines(on: date, format: format))
        }
        closures = programme.closureLines(format: format)
        hasClosures = !closures.isEmpty
        screenLink = Link.to("/venues/\(venue.slug)", [("week", selection.weekText)], language: language)
        printedOn = "\(texts.printedOn): \(format.date(today))"
        feedLink = base + "/feeds/venues/\(venue.slug).ics"
    }
}

/// The start page: every venue with its rooms.
struct VenueListPage {
    struct Entry {
        let name: String
        let address: String
        let link: String
        let rooms: [RoomSummary]
        let subscribe: SubscribeLinks
    }

    let page: PageFrame
    let venues: [Entry]
    let requestLink: String
    let subscribe: SubscribeLinks
}
