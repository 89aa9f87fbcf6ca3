import BookingImport
import BookingStore
import BookingWeb
import Bookings
import CivilTime
import Foundation
import Hummingbird
import HummingbirdTesting
import ICalendar
import Testing

/// The pilot (Fixtures/kranj) planned by the scheduler, with a closure added after the plan, a date
/// cancelled by hand and one moved to another room: for every week of the term, what the week page
/// and the print view show as taking place is exactly what the venue's feed gives subscribers, and what
/// they mark as not taking place is exactly what the served feed leaves out with EXDATE.
@Suite struct PilotAgreementTests {
    static let golnik = Slug(folding: "golnik")
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/kranj")

    static func pilot() throws -> AppDatabase {
        let database = try AppDatabase()
        let setups = try ["kranj.yaml", "requests.csv"].map { try SetupFiles.read(path: fixtures.appendingPathComponent($0).path) }
        _ = try database.write { writer in try setups.map { try SetupImport.apply($0, to: writer) } }
        _ = try Schedule.run(term: Slug(folding: "spomlad-2027"), today: LocalDate(dayNumber: 0), storage: database,
                             options: Schedule.Options(seed: 1, iterations: 3000))
        try database.write { writer in
            // The issue's closure, added after the plan, so no booking has it as an exception.
            try writer.save(try Closure(scope: .venue(golnik), firstDay: LocalDate(iso: "2027-03-05"), reason: "Volitve"))
            let weekly = try writer.bookings().filter { $0.room.venue == golnik && $0.recurrence != nil && $0.state == .approved }
            var cancelled = try #require(weekly.first)
            let cancelDate = try #require(try cancelled.occurrences(from: LocalDate(iso: "2027-04-01"), through: LocalDate(iso: "2027-04-30")).first)
            cancelled.exceptions.append(OccurrenceException(originalDate: cancelDate.originalDate, change: .cancelled, reason: "Občni zbor"))
            try writer.save(cancelled)
            var moved = try #require(weekly.last)
            let other = try #require(try writer.rooms(in: golnik).first { $0.ref != moved.room })
            let moveDate = try #require(try moved.occurrences(from: LocalDate(iso: "2027-05-01"), through: LocalDate(iso: "2027-05-31")).first)
            moved.exceptions.append(OccurrenceException(originalDate: moveDate.originalDate,
                                                        change: .moved(to: moveDate.start.adding(minutes: 24 * 60), room: other.ref)))
            try writer.save(moved)
        }
        return database
    }

    /// "5. 3. 2027|18.00–19.30|Planinska šola – teoretični del|Velika dvorana", as the print view writes it.
    static func line(_ date: LocalDate, _ start: LocalDateTime, _ end: LocalDateTime, _ title: String, _ room: String?) -> String {
        func time(_ minute: Int) -> String { "\(minute / 60).\(minute % 60 < 10 ? "0" : "")\(minute % 60)" }
        let endMinute = end.date == start.date ? end.time.minuteOfDay : 1440
        return ["\(date.day). \(date.month). \(date.year)", "\(time(start.time.minuteOfDay))–\(time(endMinute))", title] .joined(separator: "|")
            + (room.map { "|" + $0 } ?? "")
    }

    /// What the venue's feed gives for the days, in the venue's rooms, as lines (with rooms or without).
    static func fromFeed(_ database: AppDatabase, from: LocalDate, through: LocalDate, rooms: Bool) throws -> [String] {
        let entries = try database.read { reader in
            try Feed(scope: .venue(golnik), data: FeedData(reader)).occurrences(from: from, through: through)
        }
        return entries.filter { $0.place.venue.slug == golnik }.map { entry in
            // A private booking is "Zasedeno / Booked" in a feed and "Zasedeno" on a Slovenian page.
            let title = entry.booking.isPublic ? entry.booking.title : "Zasedeno"
            return line(entry.occurrence.start.date, entry.occurrence.start, entry.occurrence.end, title,
                        rooms ? entry.place.room.name : nil)
        }.sorted()
    }

    static func unescape(_ text: Substring) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The rows of the print view that take place (a cancelled row is marked `cancelled`), as lines.
    static func fromPrint(_ html: String) -> [String] {
        var lines: [String] = []
        for day in html.components(separatedBy: "<th scope=\"rowgroup\" colspan=\"4\">").dropFirst() {
            let heading = day[..<(day.range(of: "</th>")?.lowerBound ?? day.endIndex)]
            let date = heading.split(separator: ", ").last.map(String.init) ?? ""
            for row in day.components(separatedBy: "<tr class=\"").dropFirst() where !row.hasPrefix("closure-row") {
                let classes = row[..<(row.range(of: "\"")?.lowerBound ?? row.endIndex)]
                guard !classes.contains("cancelled") else { continue }
                let cells = row.components(separatedBy: "</td>")
                guard cells.count >= 2, let time = cells[0].components(separatedBy: ">").last,
                      let room = cells[1].components(separatedBy: ">").last,
                      let titleStart = row.range(of: "<th scope=\"row\">") else { continue }
                let rest = row[titleStart.upperBound...]
                let title = rest[..<(rest.range(of: " <span")?.lowerBound ?? rest.range(of: "</th>")?.lowerBound ?? rest.endIndex)]
                lines.append([date, time, unescape(title), unescape(Substring(room))].joined(separator: "|"))
            }
        }
        return lines.sorted()
    }

    /// The week page's activities that take place, as lines without rooms (the grid gives rooms by column).
    static func fromWeek(_ html: String) -> [String] {
        var lines: [String] = []
        for day in html.components(separatedBy: "<h3 id=\"d").dropFirst() {
            let iso = String(day.prefix(10))
            guard let date = try? LocalDate(iso: iso) else { continue }
            for activity in day.components(separatedBy: "<div class=\"activity").dropFirst() {
                let classes = activity[..<(activity.range(of: "\"")?.lowerBound ?? activity.endIndex)]
                guard !classes.contains("cancelled"),
                      let time = activity.range(of: "<span class=\"time\">"), let timeEnd = activity.range(of: "</span>", range: time.upperBound..<activity.endIndex),
                      let title = activity.range(of: "<strong class=\"title\">"),
                      let titleEnd = activity.range(of: "</strong>", range: title.upperBound..<activity.endIndex) else { continue }
                lines.append(["\(date.day). \(date.month). \(date.year)", String(activity[time.upperBound..<timeEnd.lowerBound]),
                              unescape(activity[title.upperBound..<titleEnd.lowerBound])].joined(separator: "|"))
            }
        }
        return lines.sorted()
    }

    /// The rows of the print view marked as not taking place, as lines.
    static func cancelledInPrint(_ html: String) -> [String] {
        let marked = html.replacingOccurrences(of: "<tr class=\"tentative cancelled\">", with: "<tr class=\"\">")
            .replacingOccurrences(of: "<tr class=\" cancelled\">", with: "<tr class=\"\">")
            .replacingOccurrences(of: "<s>", with: "").replacingOccurrences(of: "</s>", with: "")
        let all = fromPrint(marked)
        var remaining = fromPrint(html)
        // What is left of every row once those taking place are taken out, one for one.
        return all.filter { line in
            guard let index = remaining.firstIndex(of: line) else { return true }
            remaining.remove(at: index)
            return false
        }
    }

    /// The dates the served feed excludes with EXDATE on the days, read with the ICalendar reader, as
    /// lines: the date, the series' time, its title and its room (the first part of its LOCATION).
    static func excludedInFeed(_ ics: String, from: LocalDate, through: LocalDate) throws -> [String] {
        var lines: [String] = []
        for event in try ICalendarReader().read(ics).components(named: "VEVENT") {
            guard case .zoned(let start, _)? = event.start, case .zoned(let end, _)? = event.end,
                  let summary = event.summary, let location = event.location else { continue }
            let room = location.split(separator: ",").first.map(String.init) ?? location
            let minutes = start.seconds(until: end) / 60
            for excluded in event.exceptionDates.compactMap(\.localDateTime) where from <= excluded.date && excluded.date <= through {
                let title = summary == "Zasedeno / Booked" ? "Zasedeno" : summary
                lines.append(line(excluded.date, excluded, excluded.adding(minutes: minutes), title, room))
            }
        }
        return lines.sorted()
    }

    @Test func everyWeekOfTheTermShowsOnThePagesWhatTheVenuesFeedGives() async throws {
        let database = try Self.pilot()
        let server = try WebServer(storage: database, feeds: StoreFeedSource(storage: database, host: "prostor.kranj.si"),
                                   options: WebServer.Options(publicURL: "https://prostor.kranj.si"))
        let app = Application(router: server.router())
        try await app.test(.router) { client in
            var monday = try LocalDate(iso: "2027-01-11")
            var cancelledRows = 0
            let ics = try await client.execute(uri: "/feeds/venues/golnik.ics", method: .get) { String(buffer: $0.body) }
            while monday <= (try LocalDate(iso: "2027-06-20")) {
                let sunday = monday.adding(days: 6)
                let week = "\(monday.isoWeek.year)-W\(monday.isoWeek.week < 10 ? "0" : "")\(monday.isoWeek.week)"
                let print = try await client.execute(uri: "/venues/golnik/print?week=\(week)", method: .get) { String(buffer: $0.body) }
                let page = try await client.execute(uri: "/venues/golnik?week=\(week)", method: .get) { String(buffer: $0.body) }
                let withRooms = try Self.fromFeed(database, from: monday, through: sunday, rooms: true)
                let withoutRooms = try Self.fromFeed(database, from: monday, through: sunday, rooms: false)
                #expect(!withRooms.isEmpty, "\(week)")
                #expect(Self.fromPrint(print) == withRooms, "\(week) print view")
                #expect(Self.fromWeek(page) == withoutRooms, "\(week) week page")
                let cancelled = Self.cancelledInPrint(print)
                #expect(cancelled == (try Self.excludedInFeed(ics, from: monday, through: sunday)), "\(week) dates that do not take place")
                cancelledRows += cancelled.count
                monday = monday.adding(days: 7)
            }
            // The closed, cancelled and holiday dates are on the pages, marked.
            #expect(cancelledRows > 10)
            let volitve = try await client.execute(uri: "/venues/golnik/print?week=2027-W09", method: .get) { String(buffer: $0.body) }
            #expect(volitve.contains("<li>Zaprto: 5. 3. 2027 — Volitve</li>"))
            #expect(volitve.contains("(odpade — Volitve)"))
            let holiday = try await client.execute(uri: "/venues/golnik/print?week=2027-W06", method: .get) { String(buffer: $0.body) }
            #expect(holiday.contains("<td colspan=\"4\" class=\"closure\">Zaprto — Prešernov dan</td>"))
            #expect(holiday.contains("(odpade — Prešernov dan)"))
        }
    }
}
