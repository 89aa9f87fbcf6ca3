import CivilTime

/// The day-level BY parts of a rule (BYMONTH, BYWEEKNO, BYYEARDAY, BYMONTHDAY, BYDAY) as bit masks, read
/// as filters over the days of a period: RFC 5545's expansions and limits select the same days.
struct DayFilter: Sendable {
    var months: UInt16 = 0
    var monthDaysPositive: UInt32 = 0
    var monthDaysNegative: UInt32 = 0
    var yearDays: [Bool] = []  // index n for day n, 367 + n for day -n
    var weekNumbersPositive: UInt64 = 0
    var weekNumbersNegative: UInt64 = 0
    var weekdays: UInt8 = 0  // bit w for every weekday w (ISO number)
    var ordinals: [(ordinal: Int, weekday: Int)] = []
    var ordinalsCountInYear = false
    var usesWeekNumbers = false

    /// Whether any part limits the days (false: every day of the period matches).
    var isEmpty: Bool {
        months == 0 && monthDaysPositive == 0 && monthDaysNegative == 0 && yearDays.isEmpty && !usesWeekNumbers
            && weekdays == 0 && ordinals.isEmpty
    }

    /// Whether only plain weekdays are given, so a period's matching days sit at fixed offsets.
    var isWeekdaysOnly: Bool {
        months == 0 && monthDaysPositive == 0 && monthDaysNegative == 0 && yearDays.isEmpty && !usesWeekNumbers
            && ordinals.isEmpty
    }

    /// Whether BYDAY (with BYMONTH) alone picks the days, ordinals counting within the month.
    var isWeekdaysInMonthOnly: Bool {
        monthDaysPositive == 0 && monthDaysNegative == 0 && yearDays.isEmpty && !usesWeekNumbers
            && !ordinalsCountInYear && (weekdays != 0 || !ordinals.isEmpty)
    }

    init(rule: RecurrenceRule, defaultsFrom start: LocalDate) {
        var monthList = rule.byMonth
        var monthDayList = rule.byMonthDay
        var dayList = rule.byDay
        // RFC 5545 §3.3.10: parts that are absent are taken from DTSTART where the period needs them.
        let noDayParts = rule.byWeekNo.isEmpty && rule.byYearDay.isEmpty && rule.byMonthDay.isEmpty && rule.byDay.isEmpty
        switch rule.frequency {
        case .yearly where noDayParts:
            if monthList.isEmpty { monthList = [start.month] }
            monthDayList = [start.day]
        case .yearly where !rule.byMonthDay.isEmpty && rule.byMonth.isEmpty && rule.byWeekNo.isEmpty
            && rule.byYearDay.isEmpty:
            // "FREQ=YEARLY;BYMONTHDAY=29" names no month, so the month is DTSTART's (libical reads it so too).
            monthList = [start.month]
        case .yearly where !rule.byWeekNo.isEmpty && rule.byYearDay.isEmpty && rule.byMonthDay.isEmpty
            && rule.byDay.isEmpty:
            dayList = [.init(start.weekday)]
        case .monthly where rule.byMonthDay.isEmpty && rule.byDay.isEmpty:
            monthDayList = [start.day]
        case .weekly where rule.byDay.isEmpty:
            dayList = [.init(start.weekday)]
        default:
            break
        }
        for month in monthList { months |= 1 << month }
        for day in monthDayList {
            if day > 0 { monthDaysPositive |= 1 << day } else { monthDaysNegative |= 1 << -day }
        }
        if !rule.byYearDay.isEmpty {
            yearDays = Array(repeating: false, count: 734)
            for day in rule.byYearDay { yearDays[day > 0 ? day : 367 - day] = true }
        }
        usesWeekNumbers = !rule.byWeekNo.isEmpty
        for week in rule.byWeekNo {
            if week > 0 { weekNumbersPositive |= 1 << week } else { weekNumbersNegative |= 1 << -week }
        }
        for entry in dayList {
            if entry.ordinal == 0 {
                weekdays |= 1 << entry.weekday.rawValue
            } else {
                ordinals.append((entry.ordinal, entry.weekday.rawValue))
            }
        }
        ordinalsCountInYear = rule.frequency == .yearly && monthList.isEmpty
    }

    /// Whether a day passes every part; `week`/`weeks` are its BYWEEKNO week and its week-year's week count.
    func matches(_ dayNumber: Int, week: Int = 0, weeks: Int = 0) -> Bool {
        let (year, month, day) = LocalDate.civil(from: dayNumber)
        return matches(dayNumber, year: year, month: month, day: day, week: week, weeks: weeks)
    }

    /// `matches(_:week:weeks:)` for a day whose calendar fields the caller already knows.
    func matches(_ dayNumber: Int, year: Int, month: Int, day: Int, week: Int = 0, weeks: Int = 0) -> Bool {
        if months != 0 && months & (1 << month) == 0 { return false }
        let monthLength = LocalDate.daysInMonth(year: year, month: month)
        if monthDaysPositive != 0 || monthDaysNegative != 0 {
            let fromEnd = monthLength - day + 1
            guard monthDaysPositive & (1 << day) != 0 || monthDaysNegative & (1 << fromEnd) != 0 else { return false }
        }
        if usesWeekNumbers {
            let fromEnd = weeks - week + 1
            guard weekNumbersPositive & (1 << week) != 0 || weekNumbersNegative & (1 << fromEnd) != 0 else {
                return false
            }
        }
        var dayOfYear = 0
        var yearLength = 0
        if !yearDays.isEmpty || ordinalsCountInYear {
            dayOfYear = dayNumber - LocalDate.dayNumber(year: year, month: 1, day: 1) + 1
            yearLength = LocalDate.daysInYear(year)
        }
        if !yearDays.isEmpty {
            guard yearDays[dayOfYear] || yearDays[367 + yearLength - dayOfYear + 1] else { return false }
        }
        if weekdays == 0 && ordinals.isEmpty { return true }
        let weekday = ((dayNumber + 3) % 7 + 7) % 7 + 1
        if weekdays & (1 << weekday) != 0 { return true }
        let (position, length) = ordinalsCountInYear ? (dayOfYear, yearLength) : (day, monthLength)
        let forward = (position - 1) / 7 + 1
        let backward = -((length - position) / 7 + 1)
        for entry in ordinals where entry.weekday == weekday && (entry.ordinal == forward || entry.ordinal == backward) {
            return true
        }
        return false
    }
}
