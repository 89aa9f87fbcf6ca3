import Bookings
import CivilTime

/// A venue's week: for each day a table with the rooms as columns and the time as rows.
struct WeekPage {
    let page: PageFrame
    let venueName: String
    let venueAddress: String
    let heading: String
    let nav: Navigation
    let weekLink: String
    let monthLink: String
    let printLink: String
    let freeLink: String
    let usageLink: String
    let freeLabel: String
    let usageLabel: String
    let rooms: [RoomSummary]
    let days: [DayView]
    let subscribe: SubscribeLinks
    let roomCount: Int
    /// "Zaprto: 8. 2. 2027 — Prešernov dan", one a closure of the week.
    let closures: [String]
    let hasClosures: Bool

    init(programme: Programme, selection: CalendarSelection, today: LocalDate, language: Language, base: String) {
        let format = CivilFormat(language: language)
        let texts = language.texts
        let venue = programme.venue
        let path = "/venues/\(venue.slug)"
        let weekNumber = selection.monday.isoWeek.week
        heading = "\(texts.week) \(weekNumber): \(format.range(selection.monday, selection.sunday))"
        page = PageFrame(title: "\(venue.name) – \(heading)", language: language, path: path,
                         parameters: [("week", selection.weekText)])
        venueName = venue.name
        venueAddress = venue.address
        nav = Navigation(
            previous: Link.to(path, [("week", selection.previousWeek)], language: language),
            current: Link.to(path, [("week", CalendarSelection.weekText(CalendarSelection.monday(of: today)))], language: language),
            next: Link.to(path, [("week", selection.nextWeek)], language: language),
            previousLabel: texts.previousWeek, currentLabel: texts.thisWeek, nextLabel: texts.nextWeek)
        weekLink = Link.to(path, [("week", selection.weekText)], language: language)
        let (year, month, _) = selection.monday.adding(days: 3).components
        monthLink = Link.to(path + "/month", [("month", CalendarSelection.monthText(year: year, month: month))], language: language)
        printLink = Link.to(path + "/print", [("week", selection.weekText)], language: language)
        freeLink = Link.to(path + "/free", language: language)
        usageLink = Link.to(path + "/usage", language: language)
        freeLabel = language.openTexts.freeTimes
        usageLabel = language.openTexts.usage
        rooms = programme.rooms.map { RoomSummary($0, link: Link.to("\(path)/rooms/\($0.slug)", [("week", selection.weekText)], language: language), texts: texts) }
        roomCount = programme.rooms.count
        let names = programme.roomNames
        days = selection.days.map { date in
            let occurrences = programme.occurrences(on: date)
            let table = DayTable(occurrences: occurrences, rooms: programme.rooms, format: format, roomNames: names)
            return DayView(id: "d\(date)", heading: format.dayAndDate(date), isToday: date == today,
                           isEmpty: occurrences.isEmpty, rows: table.rows,
                           activities: occurrences.map { ActivityView($0, format: format, roomNames: names) },
                           closures: programme.closureLines(on: date, format: format))
        }
        closures = programme.closureLines(format: format)
        hasClosures = !closures.isEmpty
        subscribe = SubscribeLinks(label: venue.name, path: "/feeds/venues/\(venue.slug).ics", base: base)
    }
}

/// A venue's month as a calendar grid; each day links to its week.
struct MonthPage {
    let page: PageFrame
    let venueName: String
    let heading: String
    let nav: Navigation
    let weekLink: String
    let weekdays: [String]
    let weeks: [MonthTable.Week]
    let subscribe: SubscribeLinks
    let closures: [String]
    let hasClosures: Bool

    init(programme: Programme, year: Int, month: Int, today: LocalDate, language: Language, base: String) {
        let format = CivilFormat(language: language)
        let texts = language.texts
        let venue = programme.venue
        let path = "/venues/\(venue.slug)"
        heading = format.month(year: year, month: month)
        page = PageFrame(title: "\(venue.name) – \(heading)", language: language, path: path + "/month",
                         parameters: [("month", CalendarSelection.monthText(year: year, month: month))])
        venueName = venue.name
        func monthLink(_ offset: Int) -> String {
            let index = year * 12 + month - 1 + offset
            return Link.to(path + "/month", [("month", CalendarSelection.monthText(year: index / 12, month: index % 12 + 1))], language: language)
        }
        nav = Navigation(previous: monthLink(-1),
                         current: Link.to(path + "/month", [("month", CalendarSelection.monthText(year: today.year, month: today.month))], language: language),
                         next: monthLink(1), previousLabel: texts.previousMonth, currentLabel: texts.thisMonth, nextLabel: texts.nextMonth)
        weekLink = Link.to(path, [("date", "\(year)-\(month < 10 ? "0" : "")\(month)-01")], language: language)
        weekdays = texts.weekdaysShort
        weeks = MonthTable(year: year, month: month, programme: programme, today: today, format: format,
                           roomNames: programme.roomNames,
                           dayLink: { Link.to(path, [("date", $0.description)], language: language) + "#d\($0)" }).weeks
        closures = programme.closureLines(format: format)
        hasClosures = !closures.isEmpty
        subscribe = SubscribeLinks(label: venue.name, path: "/feeds/venues/\(venue.slug).ics", base: base)
    }
}
