import CivilTime

/// A rule compiled against its DTSTART: filters as masks, the times of day as sorted lists, and the
/// arithmetic of its periods. Built once per expansion; the iterator only reads it.
struct RulePlan: Sendable {
    let frequency: RecurrenceRule.Frequency
    let interval: Int
    let count: Int?
    let start: LocalDateTime
    let days: DayFilter
    /// Seconds of the day of each occurrence, sorted (DAILY and longer).
    let times: [Int]
    /// Seconds after the period start of each occurrence, sorted (HOURLY: minute×second, MINUTELY: second).
    let offsetsInPeriod: [Int]
    /// Limit masks of the sub-daily frequencies (0: no limit).
    let hourMask: UInt32
    let minuteMask: UInt64
    let secondMask: UInt64
    let setPositions: [Int]
    let weekStart: Weekday
    let usesWeekYear: Bool
    /// The year, month index, week start, day or second of the first period, in the frequency's unit.
    let base: Int
    /// Offsets of the matching days within a period when they never change (WEEKLY by weekday, plain DAILY).
    let fixedDayOffsets: [Int]?
    /// Consecutive empty periods after which no period can have an occurrence (see `emptyPeriodLimit`).
    let emptyPeriodLimit: Int
    /// A sub-daily rule whose limits no period start can meet.
    private(set) var isImpossible = false

    init(rule: RecurrenceRule, start: LocalDateTime, dateOnly: Bool) throws(RecurrenceError) {
        if dateOnly && rule.frequency < .daily {
            throw RecurrenceError(
                message: "RRULE FREQ=\(rule.frequency.name) needs a DTSTART with a time, got the date \(start.date)")
        }
        frequency = rule.frequency
        interval = rule.interval
        count = rule.count
        self.start = start
        weekStart = rule.weekStart
        setPositions = rule.bySetPos
        days = DayFilter(rule: rule, defaultsFrom: start.date)
        usesWeekYear = rule.frequency == .yearly && !rule.byWeekNo.isEmpty
        let time = start.time
        // A date-only DTSTART ignores the time parts (libical and RFC 5545 §3.3.10: occurrences are dates).
        func list(_ part: RulePart, _ values: [Int], _ fallback: Int) -> [Int] {
            if dateOnly { return [0] }
            if !values.isEmpty { return Array(Set(values)).sorted() }
            return part.role(for: rule.frequency) == .expand ? [fallback] : []
        }
        let hours = list(.byHour, rule.byHour, time.hour)
        let minutes = list(.byMinute, rule.byMinute, time.minute)
        let seconds = list(.bySecond, rule.bySecond, time.second).filter { $0 < 60 }
        func mask(_ values: [Int]) -> UInt64 { values.reduce(0) { $0 | 1 << UInt64($1) } }
        switch rule.frequency {
        case .secondly, .minutely, .hourly:
            // Limits come straight from the rule: a BYSECOND=60 alone must stay a limit that nothing meets.
            hourMask = UInt32(truncatingIfNeeded: mask(rule.byHour))
            minuteMask = rule.frequency < .hourly ? mask(rule.byMinute) : 0
            secondMask = rule.frequency == .secondly ? mask(rule.bySecond) : 0
            times = []
            switch rule.frequency {
            case .hourly: offsetsInPeriod = minutes.flatMap { minute in seconds.map { minute * 60 + $0 } }
            case .minutely: offsetsInPeriod = seconds
            default: offsetsInPeriod = [0]
            }
        default:
            hourMask = 0
            minuteMask = 0
            secondMask = 0
            offsetsInPeriod = []
            times = hours.flatMap { hour in minutes.flatMap { minute in seconds.map { hour * 3600 + minute * 60 + $0 } } }
        }
        base = Self.basePeriod(rule: rule, start: start, days: days, times: times, usesWeekYear: usesWeekYear)
        if rule.frequency == .weekly && days.isWeekdaysOnly {
            let first = rule.weekStart.rawValue
            let weekdays = days.weekdays
            fixedDayOffsets = (0..<7).filter { weekdays & (1 << ((first - 1 + $0) % 7 + 1)) != 0 }
        } else if rule.frequency == .daily && days.isEmpty {
            fixedDayOffsets = [0]
        } else {
            fixedDayOffsets = nil
        }
        emptyPeriodLimit = Self.emptyPeriodLimit(frequency: rule.frequency, interval: rule.interval)
        isImpossible = rule.frequency < .daily
            && (offsetsInPeriod.isEmpty || !hasReachableStart() || !Self.hasReachablePosition(rule.bySetPos, in: offsetsInPeriod.count))
    }

    /// The length in seconds of one sub-daily period step.
    var stepSeconds: Int { interval * [1, 60, 3600][min(frequency.rawValue, 2)] }

    /// Whether some period start of a sub-daily rule passes its hour, minute and second limits.
    ///
    /// Period starts are `base + k·step`, so their second of the day is `base` modulo gcd(step, 86 400);
    /// when no such second passes the limits, every period is empty and the rule has no occurrence.
    private func hasReachableStart() -> Bool {
        let modulus = gcd(stepSeconds, 86_400)
        var second = ((base % modulus) + modulus) % modulus
        while second < 86_400 {
            if passesTimeLimits(secondOfDay: second) { return true }
            second += modulus
        }
        return false
    }

    /// Whether BYSETPOS can pick anything from a sub-daily period, which always holds exactly `candidates`
    /// occurrences: FREQ=MINUTELY;BYSETPOS=2 has one a period, so it never gives any, and without this
    /// check the search for its first occurrence ran through millions of empty periods.
    private static func hasReachablePosition(_ positions: [Int], in candidates: Int) -> Bool {
        positions.isEmpty || positions.contains { abs($0) <= candidates }
    }

    func passesTimeLimits(secondOfDay: Int) -> Bool {
        (hourMask == 0 || hourMask & (1 << UInt32(secondOfDay / 3600)) != 0)
            && (minuteMask == 0 || minuteMask & (1 << UInt64(secondOfDay / 60 % 60)) != 0)
            && (secondMask == 0 || secondMask & (1 << UInt64(secondOfDay % 60)) != 0)
    }

    /// Periods in 400 Gregorian years (146 097 days, exactly 20 871 weeks), per frequency.
    ///
    /// The calendar repeats every 400 years, so whether period k has occurrences depends only on k modulo
    /// P / gcd(INTERVAL, P): once that many periods in a row are empty, every later one is empty too.
    static func emptyPeriodLimit(frequency: RecurrenceRule.Frequency, interval: Int) -> Int {
        let periods = [12_622_780_800, 210_379_680, 3_506_328, 146_097, 20_871, 4_800, 400][frequency.rawValue]
        return periods / gcd(interval, periods)
    }
}

func gcd(_ a: Int, _ b: Int) -> Int {
    var (x, y) = (abs(a), abs(b))
    while y != 0 { (x, y) = (y, x % y) }
    return x
}

/// Floor division, for period indices before the base.
@inline(__always)
func floorDivide(_ a: Int, _ b: Int) -> Int {
    a >= 0 ? a / b : -((-a + b - 1) / b)
}
