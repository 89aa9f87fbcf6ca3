import Bookings
import CivilTime

/// Which week or month a page shows, from `?week=2027-W07`, `?date=2027-02-15` or `?month=2027-02`;
/// today's when none is given. A malformed value is a 400, never a guess.
struct CalendarSelection: Sendable {
    /// The Monday of the week shown.
    let monday: LocalDate
    /// The day the query named, or today; the month view shows its month.
    let anchor: LocalDate

    var sunday: LocalDate { monday.adding(days: 6) }

    init(week: String?, date: String?, month: String? = nil, today: LocalDate) throws {
        if let week {
            monday = try Self.monday(ofISOWeek: week)
            anchor = monday
        } else if let month {
            anchor = try Self.firstDay(ofMonth: month)
            monday = Self.monday(of: anchor)
        } else if let date {
            let parsed = try LocalDate(iso: date)
            anchor = parsed
            monday = Self.monday(of: parsed)
        } else {
            anchor = today
            monday = Self.monday(of: today)
        }
    }

    static func monday(of date: LocalDate) -> LocalDate { date.adding(days: 1 - date.weekday.rawValue) }

    /// `2027-W07` → Monday 15 February 2027. ISO week 1 is the week holding 4 January.
    static func monday(ofISOWeek text: String) throws -> LocalDate {
        let notAWeek = InvalidValue(record: "", field: "week", value: text, rule: "must be an ISO week like 2027-W07")
        let parts = text.uppercased().split(separator: "-W")
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let year = Int(parts[0]), let week = Int(parts[1]), (1...53).contains(week) else { throw notAWeek }
        let monday = monday(of: try LocalDate(year: year, month: 1, day: 4)).adding(days: (week - 1) * 7)
        guard monday.isoWeek.year == year else { throw notAWeek }
        return monday
    }

    static func firstDay(ofMonth text: String) throws -> LocalDate {
        let parts = text.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]), let month = Int(parts[1]) else {
            throw InvalidValue(record: "", field: "month", value: text, rule: "must be a month like 2027-02")
        }
        return try LocalDate(year: year, month: month, day: 1)
    }

    /// `2027-W07`, the form `?week=` takes.
    static func weekText(_ monday: LocalDate) -> String {
        let (year, week) = monday.isoWeek
        return "\(year)-W\(week < 10 ? "0" : "")\(week)"
    }

    static func monthText(year: Int, month: Int) -> String {
        "\(year)-\(month < 10 ? "0" : "")\(month)"
    }

    var weekText: String { Self.weekText(monday) }
    var previousWeek: String { Self.weekText(monday.adding(days: -7)) }
    var nextWeek: String { Self.weekText(monday.adding(days: 7)) }
    var days: [LocalDate] { (0..<7).map { monday.adding(days: $0) } }
}
