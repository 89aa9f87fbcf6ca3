import CivilTime

extension RulePlan {
    /// The first period, in the frequency's unit: a year, a month index (year·12 + month − 1), the day
    /// number of a week's first day, a day number, or a second.
    static func basePeriod(
        rule: RecurrenceRule, start: LocalDateTime, days: DayFilter, times: [Int], usesWeekYear: Bool
    ) -> Int {
        let date = start.date
        switch rule.frequency {
        case .yearly:
            guard usesWeekYear else { return date.year }
            // With BYWEEKNO a period is a week-numbering year. libical counts INTERVAL from the week-year of
            // DTSTART when DTSTART is itself an occurrence, and from its calendar year otherwise.
            let weekYear = Self.weekYear(of: date.dayNumber, weekStart: rule.weekStart)
            let first = Self.firstWeekStart(year: weekYear, weekStart: rule.weekStart)
            let weeks = (Self.firstWeekStart(year: weekYear + 1, weekStart: rule.weekStart) - first) / 7
            let week = (date.dayNumber - first) / 7 + 1
            let isOccurrence = days.matches(date.dayNumber, week: week, weeks: weeks)
                && times.contains(start.time.secondOfDay)
            return isOccurrence ? weekYear : date.year
        case .monthly:
            return date.year * 12 + date.month - 1
        case .weekly:
            return date.dayNumber - Self.daysSinceWeekStart(date.dayNumber, rule.weekStart)
        case .daily:
            return date.dayNumber
        case .hourly, .minutely, .secondly:
            let unit = [1, 60, 3600][rule.frequency.rawValue]
            return floorDivide(Int(start.secondsSinceEpoch), unit) * unit
        }
    }

    /// How many days a day is after the most recent `weekStart` (0 to 6).
    @inline(__always)
    static func daysSinceWeekStart(_ dayNumber: Int, _ weekStart: Weekday) -> Int {
        let weekday = ((dayNumber + 3) % 7 + 7) % 7 + 1
        return (weekday - weekStart.rawValue + 7) % 7
    }

    /// The first day of week 1 of `year`: the week that starts on `weekStart` and holds January 4, so that
    /// it has at least four days of the year (RFC 5545 §3.3.10, BYWEEKNO).
    static func firstWeekStart(year: Int, weekStart: Weekday) -> Int {
        let january4 = LocalDate.dayNumber(year: year, month: 1, day: 4)
        return january4 - daysSinceWeekStart(january4, weekStart)
    }

    /// The week-numbering year a day belongs to.
    static func weekYear(of dayNumber: Int, weekStart: Weekday) -> Int {
        let year = LocalDate.civil(from: dayNumber).year
        if dayNumber >= firstWeekStart(year: year + 1, weekStart: weekStart) { return year + 1 }
        if dayNumber < firstWeekStart(year: year, weekStart: weekStart) { return year - 1 }
        return year
    }

    /// The index of the period holding (or last starting before) a date-time; may be negative.
    func periodIndex(containing value: LocalDateTime) -> Int {
        let date = value.date
        let unitsFromBase: Int
        switch frequency {
        case .yearly:
            let year = usesWeekYear ? Self.weekYear(of: date.dayNumber, weekStart: weekStart) : date.year
            unitsFromBase = year - base
        case .monthly:
            unitsFromBase = date.year * 12 + date.month - 1 - base
        case .weekly:
            unitsFromBase = floorDivide(date.dayNumber - base, 7)
        case .daily:
            unitsFromBase = date.dayNumber - base
        case .hourly, .minutely, .secondly:
            return floorDivide(Int(value.secondsSinceEpoch) - base, stepSeconds)
        }
        return floorDivide(unitsFromBase, interval)
    }

    /// Appends the matching days of period `k` (DAILY and longer), in order.
    func fillDays(period k: Int, into buffer: inout [Int]) {
        buffer.removeAll(keepingCapacity: true)
        switch frequency {
        case .yearly:
            let year = base + k * interval
            if usesWeekYear {
                let first = Self.firstWeekStart(year: year, weekStart: weekStart)
                let weeks = (Self.firstWeekStart(year: year + 1, weekStart: weekStart) - first) / 7
                for day in first..<(first + weeks * 7) where days.matches(day, week: (day - first) / 7 + 1, weeks: weeks) {
                    buffer.append(day)
                }
            } else {
                for month in 1...12 where days.months == 0 || days.months & (1 << month) != 0 {
                    appendMonth(year: year, month: month, into: &buffer)
                }
            }
        case .monthly:
            let index = base + k * interval
            let year = floorDivide(index, 12)
            appendMonth(year: year, month: index - year * 12 + 1, into: &buffer)
        case .weekly, .daily:
            let length = frequency == .weekly ? 7 : 1
            let first = base + k * interval * length
            if let offsets = fixedDayOffsets {
                for offset in offsets { buffer.append(first + offset) }
            } else {
                for day in first..<(first + length) where days.matches(day) { buffer.append(day) }
            }
        case .hourly, .minutely, .secondly:
            break
        }
    }

    private func appendMonth(year: Int, month: Int, into buffer: inout [Int]) {
        let first = LocalDate.dayNumber(year: year, month: month, day: 1)
        let length = LocalDate.daysInMonth(year: year, month: month)
        if days.isWeekdaysInMonthOnly {
            appendWeekdays(first: first, length: length, month: month, into: &buffer)
            return
        }
        for offset in 0..<length where days.matches(first + offset, year: year, month: month, day: offset + 1) {
            buffer.append(first + offset)
        }
    }

    /// The days of a month picked by BYDAY alone ("TU", "1FR", "-1SU"), computed from the weekday of the
    /// month's first and last days instead of testing every day.
    private func appendWeekdays(first: Int, length: Int, month: Int, into buffer: inout [Int]) {
        if days.months != 0 && days.months & (1 << month) == 0 { return }
        let begin = buffer.count
        let last = first + length - 1
        let firstWeekday = ((first + 3) % 7 + 7) % 7 + 1
        let lastWeekday = ((last + 3) % 7 + 7) % 7 + 1
        for weekday in 1...7 where days.weekdays & (1 << weekday) != 0 {
            var day = first + (weekday - firstWeekday + 7) % 7
            while day <= last {
                buffer.append(day)
                day += 7
            }
        }
        for (ordinal, weekday) in days.ordinals {
            let day = ordinal > 0
                ? first + (weekday - firstWeekday + 7) % 7 + 7 * (ordinal - 1)
                : last - (lastWeekday - weekday + 7) % 7 + 7 * (ordinal + 1)
            if day >= first && day <= last { buffer.append(day) }
        }
        guard buffer.count - begin > 1 else { return }
        buffer[begin...].sort()
        var write = begin + 1
        for read in (begin + 1)..<buffer.count where buffer[read] != buffer[write - 1] {
            buffer[write] = buffer[read]
            write += 1
        }
        buffer.removeLast(buffer.count - write)
    }
}
