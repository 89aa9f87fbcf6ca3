/// A date in the proleptic Gregorian calendar, without a time or zone, stored as a day number.
public struct LocalDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before it).
    public let dayNumber: Int

    /// Creates the date with the given day number (days since 1970-01-01).
    @inlinable
    public init(dayNumber: Int) {
        self.dayNumber = dayNumber
    }

    /// Creates a date from its parts, checking that the day exists: `try LocalDate(year: 2027, month: 1, day: 12)`.
    public init(year: Int, month: Int, day: Int) throws(CivilTimeError) {
        let text = Self.format(year: year, month: month, day: day)
        guard (1...12).contains(month) else {
            throw CivilTimeError(message: "invalid date \"\(text)\": month must be 1 to 12, got \(month)")
        }
        let length = Self.daysInMonth(year: year, month: month)
        guard (1...length).contains(day) else {
            let monthName = Self.monthNames[month - 1]
            throw CivilTimeError(
                message: "invalid date \"\(text)\": \(monthName) \(year) has \(length) days")
        }
        self.dayNumber = Self.dayNumber(year: year, month: month, day: day)
    }

    /// The year (astronomical numbering: the year before 1 is 0).
    public var year: Int { Self.civil(from: dayNumber).year }
    /// The month, 1 to 12.
    public var month: Int { Self.civil(from: dayNumber).month }
    /// The day of the month, 1 to 31.
    public var day: Int { Self.civil(from: dayNumber).day }

    /// Year, month and day at once (one conversion instead of three).
    public var components: (year: Int, month: Int, day: Int) { Self.civil(from: dayNumber) }

    /// The day of the week.
    @inlinable
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday (ISO number 4).
        let index = ((dayNumber + 3) % 7 + 7) % 7
        return Weekday(rawValue: index + 1) ?? .monday
    }

    /// The day of the year, 1 to 366.
    public var dayOfYear: Int {
        dayNumber - Self.dayNumber(year: year, month: 1, day: 1) + 1
    }

    /// The ISO 8601 week-numbering year and week (1 to 53); weeks start on Monday and week 1 holds January 4.
    public var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - weekday.rawValue)
        let isoYear = thursday.year
        return (isoYear, (thursday.dayOfYear - 1) / 7 + 1)
    }

    /// The date `days` days later (earlier when negative).
    @inlinable
    public func adding(days: Int) -> LocalDate {
        LocalDate(dayNumber: dayNumber + days)
    }

    /// The number of days from this date to `other` (negative when `other` is earlier).
    @inlinable
    public func days(until other: LocalDate) -> Int {
        other.dayNumber - dayNumber
    }

    /// Whether `year` has 366 days in the Gregorian calendar.
    @inlinable
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days of `month` (1 to 12) in `year`.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The number of days of `year`.
    public static func daysInYear(_ year: Int) -> Int { isLeapYear(year) ? 366 : 365 }

    /// The ISO 8601 text, "2027-01-12".
    public var description: String {
        let (year, month, day) = components
        return Self.format(year: year, month: month, day: day)
    }

    /// Dates order by day number.
    @inlinable
    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool { lhs.dayNumber < rhs.dayNumber }

    /// The day number of a year, month and day; the month and day may be out of range and then roll over
    /// only for the day (day 0 is the last day of the previous month), the month must be 1 to 12.
    ///
    /// Howard Hinnant's `days_from_civil`: exact for every proleptic Gregorian date, no tables.
    public static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Year, month and day of a day number (Hinnant's `civil_from_days`).
    public static func civil(from dayNumber: Int) -> (year: Int, month: Int, day: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    static func format(year: Int, month: Int, day: Int) -> String {
        let yearText = year >= 0 ? pad(year, 4) : "-" + pad(-year, 4)
        return "\(yearText)-\(pad(month, 2))-\(pad(day, 2))"
    }
}

/// Zero-pads a non-negative number to `width` digits.
func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
