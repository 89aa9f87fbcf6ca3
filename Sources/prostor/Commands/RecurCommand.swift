import ArgumentParser
import Bookings
import CivilTime
import Recurrence

struct RecurCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recur",
        abstract: "Preview the dates an RFC 5545 recurrence rule gives, one a line.",
        discussion: """
            Each occurrence is printed in RFC 3339 with the zone's offset on that day \
            (2027-03-30T18:00:00+02:00), or as a plain date when START is a date. Without --count or \
            --until the first 100 are printed. A START that the rule does not give is not an occurrence \
            (as in libical); bookings must start on their rule.

            Examples:
              prostor recur "FREQ=WEEKLY;BYDAY=TU,TH" --start 2027-01-12T18:00 --until 2027-02-28
              prostor recur "FREQ=MONTHLY;BYDAY=1MO" --start 2027-02-01T18:00 --count 6
              prostor recur "FREQ=WEEKLY;INTERVAL=2" --start 2027-01-13 --exdate 2027-02-10,2027-04-07 --count 10
            """
    )

    @Argument(help: ArgumentHelp("The RRULE value, e.g. FREQ=WEEKLY;BYDAY=TU,TH.", valueName: "rule"))
    var rule: String

    @Option(help: ArgumentHelp("The first occurrence: a local date-time (2027-01-12T18:00) or a date.", valueName: "start"))
    var start: String

    @Option(help: ArgumentHelp("The time zone of START.", valueName: "zone"))
    var tz = Venue.defaultTimeZone

    @Option(help: "Print at most this many occurrences.")
    var count: Int?

    @Option(help: ArgumentHelp("Print the occurrences up to the end of this date.", valueName: "date"))
    var until: String?

    @Option(help: ArgumentHelp("Dates or local date-times to leave out, comma-separated.", valueName: "dates"))
    var exdate: String?

    func validate() throws {
        if let count, count <= 0 { throw ValidationError("--count must be a positive number, got \(count)") }
    }

    func run() throws {
        let zone = try ZoneRules(identifier: tz)
        let first = try RecurrenceStart(parsing: start)
        let rule = try RecurrenceRule(parsing: rule)
        let excluded = try commaList(exdate ?? "").map { try LocalDateTime.dateOrDateTime($0) }
        let exdates = excluded.filter { $0.isDate == false }.map(\.value)
        let exdays = Set(excluded.filter(\.isDate).map(\.value.date))
        let set = try RecurrenceSet(start: first, rule: rule, exclusions: exdates, zone: zone)
        let end = try until.map { LocalDateTime(date: try LocalDate(iso: $0).adding(days: 1), time: .midnight) }
        let limit = count ?? (end == nil ? 100 : Int.max)
        var printed = 0
        // The window ends the expansion itself, so a rule with no occurrence before --until stops there.
        let occurrences = end.map { set.occurrences(from: first.dateTime, to: $0) } ?? set.occurrences
        for occurrence in occurrences {
            if printed >= limit { break }
            if exdays.contains(occurrence.date) { continue }
            say(first.isDateOnly ? occurrence.date.description : zone.rfc3339(occurrence))
            printed += 1
        }
    }
}

extension LocalDateTime {
    /// Reads `2027-02-10` (a whole day) or `2027-02-10T18:00`, saying which it was.
    static func dateOrDateTime(_ text: String) throws -> (value: LocalDateTime, isDate: Bool) {
        if text.count == 10 { return (LocalDateTime(date: try LocalDate(iso: text), time: .midnight), true) }
        return (try LocalDateTime(iso: text), false)
    }
}
