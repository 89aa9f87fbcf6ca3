import ArgumentParser
import Bookings
import CivilTime

/// `prostor free`: rooms and times open and free, week by week for the rest of the term or on one date.
struct FreeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "free",
        abstract: "List rooms and times that are open and free: weekly for the rest of the term, or on one date.",
        discussion: """
            Looks at the same dates as `prostor conflicts` (approved and tentative bookings that take \
            place, public holidays and other closures applied) and keeps the venue's buffer free around \
            each booking. A weekly time is free when no booking touches it on any date from today (or the \
            term's first day) to the end of the term; DATES counts the dates on which it takes place whole \
            (a holiday or another closure leaves a date out). The venue's minimum notice and book-ahead \
            limits are applied from now (PROSTOR_NOW fixes now). Each line is a span of free time at least \
            --duration long; any session of that length inside it is free.

            Examples:
              prostor free --venue golnik --duration 2h --days tue,thu --between 17:00-21:00
              prostor free --capacity 30 --features piano
              prostor free --date 2027-03-10 --duration 90m --json
            """
    )

    @Option(help: "Only rooms of this venue.") var venue: String?
    @Option(help: "The people the room must hold.") var capacity = 1
    @Option(help: "Features the room must have, comma-separated: piano,projector.") var features: String?
    @Option(help: "The length of the session: 90m, 2h, 1h30.") var duration = "1h"
    @Option(help: "Only these days: tue,thu or mon-fri.") var days: String?
    @Option(help: "Only within these hours: 17:00-21:00.") var between: String?
    @Flag(help: "Weekly times for the rest of the term (the default).") var weekly = false
    @Option(help: "Times on one date instead: 2027-03-10.") var date: String?
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if weekly && date != nil { throw ValidationError("--weekly and --date exclude each other: give one") }
    }

    struct Report: Encodable {
        let term: Slug?
        let from: LocalDate
        let through: LocalDate
        let durationMinutes: Int
        let times: [FreeTime]
    }

    func run() throws {
        let record = "free times"
        let minutes = try DurationText.minutes(duration, record: record)
        let dayList = try days.map { text throws(InvalidValue) in try FreeTimeQuery.days(parsing: text) } ?? Weekday.allCases
        let hours = try between.map { text throws(InvalidValue) in try TimeRange(parsing: text, record: record, field: "between") }
        let featureList = features.map(commaList) ?? []
        let report = try store.open().read { reader in
            let venueSlug = try venue.map { try References(reader).venue(Slug(folding: $0)).slug }
            let zone = try reader.venues().first.map { try References(reader).zone(of: $0.slug) }
                ?? ZoneRules(identifier: Venue.defaultTimeZone)
            let now = ChangeContext(actor: "", now: try CommandClock.now()).localNow(in: zone)
            let span: FreeTimeQuery.Span
            var term: Slug?
            if let date {
                let day = try parseDate(date, record: record, field: "--date")
                span = .date(day)
            } else {
                guard let rest = FreeTimeQuery.restOfTerm(try reader.terms(), today: now.date) else {
                    throw InvalidValue(record: record, field: "--weekly", value: now.date.description,
                                       rule: "needs a term that holds today or starts later; add one with `prostor term add`, or give --date")
                }
                term = rest.term.slug
                span = .weekly(from: rest.from, through: rest.through)
            }
            let query = try FreeTimeQuery(venue: venueSlug, capacity: capacity, features: featureList, durationMinutes: minutes,
                                          days: dayList, between: hours, span: span)
            let found = try FreeTimes(query, reader: reader, now: now)
            let (first, last): (LocalDate, LocalDate) = switch span {
            case .weekly(let from, let through): (from, through)
            case .date(let day): (day, day)
            }
            return Report(term: term, from: first, through: last, durationMinutes: minutes, times: found.times)
        }
        if output.json { return try printJSON(report) }
        let what = date == nil ? "Free every week \(report.from) to \(report.through)" : "Free on \(report.from)"
        say("\(what), for \(DurationText.format(minutes: report.durationMinutes)) or more:")
        var table = Table("ROOM", "SEATS", "DAY", "FREE", "DATES", "ONLY FOR")
        for time in report.times {
            table.add(time.room.description, String(time.capacity), time.weekday.slovenianName, time.hours.description,
                      String(time.dates), time.reservedTo.joined(separator: ", "))
        }
        table.print(emptyMessage: "none.")
    }
}
