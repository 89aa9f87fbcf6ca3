import CivilTime
import Timetabling

/// The weekly grid on which KS activities are placed: seven days of 96 quarter-hours, and the weeks
/// of a term counted from the Monday of its first week.
public struct WeekGrid: Sendable {
    public static let minutesPerSlot = 15
    public static let slotsPerDay = 24 * 60 / minutesPerSlot
    public static let timeGrid = TimeGrid(days: 7, slotsPerDay: slotsPerDay)

    public let term: Term
    /// The Monday of the term's first week: week 0 starts here.
    public let firstMonday: LocalDate
    public let weekCount: Int

    public init(term: Term) {
        self.term = term
        firstMonday = term.firstDay.adding(days: -(term.firstDay.weekday.rawValue - 1))
        weekCount = term.weekCount
    }

    /// The slot index of a weekday and minute of the day (rounded down to the quarter-hour).
    public static func slot(_ day: Weekday, minute: Int) -> Int {
        (day.rawValue - 1) * slotsPerDay + minute / minutesPerSlot
    }

    public static func weekday(ofSlot slot: Int) -> Weekday {
        Weekday(rawValue: slot / slotsPerDay + 1) ?? .monday
    }

    public static func minute(ofSlot slot: Int) -> Int {
        slot % slotsPerDay * minutesPerSlot
    }

    /// Slots a session of this many minutes occupies (a started quarter-hour counts whole).
    public static func slots(forMinutes minutes: Int) -> Int {
        (minutes + minutesPerSlot - 1) / minutesPerSlot
    }

    /// `TU 18:00`
    public static func label(ofSlot slot: Int) -> String {
        "\(weekday(ofSlot: slot).code) \(TimeRange.format(minute(ofSlot: slot)))"
    }

    /// The week index of a date (may be outside 0..<weekCount for dates outside the term).
    public func week(of date: LocalDate) -> Int {
        firstMonday.days(until: date) >= 0 ? firstMonday.days(until: date) / 7 : (firstMonday.days(until: date) - 6) / 7
    }

    /// The date of a weekday in a week of the term.
    public func date(week: Int, day: Weekday) -> LocalDate {
        firstMonday.adding(days: week * 7 + day.rawValue - 1)
    }

    /// The weeks of the term in which a date of this weekday lies within the term itself.
    public func weeks(on day: Weekday) -> [Int] {
        (0..<weekCount).filter { term.contains(date(week: $0, day: day)) }
    }

    /// The weeks in which an activity of this pattern runs, if it runs on `day`. Fortnightly activities
    /// take the weeks of the given parity; monthly ones the weeks holding the n-th such weekday.
    public func weeks(_ pattern: WeekPattern, on day: Weekday, parity: Int = 0) -> [Int] {
        let inTerm = weeks(on: day)
        switch pattern {
        case .weekly: return inTerm
        case .fortnightly: return inTerm.filter { $0 % 2 == parity }
        case .monthly(let ordinal):
            return inTerm.filter { Self.isNth(date(week: $0, day: day), ordinal: ordinal) }
        case .dates(let dates):
            return dates.filter { $0.weekday == day && term.contains($0) }.map(week(of:))
        }
    }

    /// Whether a date is the n-th of its weekday in its month (n = -1: the last).
    static func isNth(_ date: LocalDate, ordinal: Int) -> Bool {
        if ordinal > 0 { return (date.day - 1) / 7 + 1 == ordinal }
        return date.day + 7 > LocalDate.daysInMonth(year: date.year, month: date.month)
    }
}
