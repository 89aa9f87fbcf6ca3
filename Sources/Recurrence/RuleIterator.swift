import CivilTime

/// Walks the occurrences of one rule in civil time, period by period, without allocating per occurrence.
struct RuleIterator: IteratorProtocol {
    /// How UNTIL is compared: as civil seconds, or as an instant after conversion through the zone.
    enum UntilLimit {
        case none
        case local(Int64)
        case utc(Int64, UTCConverter)
    }

    let plan: RulePlan
    var period = 0
    var days: [Int] = []
    var times: [Int]
    var selected: [Int] = []
    var dayIndex = 0
    var timeIndex = 0
    var selectedIndex = 0
    var emitted = 0
    var emptyRun = 0
    var finished = false
    var checkedDay = Int.min
    var checkedDayMatches = false
    let countFloor: Int64
    let emitFloor: Int64
    /// The end of the window (exclusive), in civil seconds.
    let upper: Int64
    var until: UntilLimit

    /// Occurrences in `from ..< to` (from DTSTART when `from` is nil), up to COUNT and `until`.
    init(plan: RulePlan, from: LocalDateTime?, to: LocalDateTime?, until: UntilLimit) {
        self.plan = plan
        self.until = until
        upper = to?.secondsSinceEpoch ?? Int64.max
        times = plan.frequency >= .daily ? plan.times : []
        countFloor = plan.start.secondsSinceEpoch
        emitFloor = max(countFloor, from?.secondsSinceEpoch ?? countFloor)
        if plan.isImpossible || (plan.frequency >= .daily && times.isEmpty) {
            finished = true
            return
        }
        if let from, from > plan.start {
            skipAhead(to: max(0, plan.periodIndex(containing: from) - 1))
        }
        load()
    }

    /// Starts at period `target` instead of 0: directly without COUNT, and with COUNT when every whole
    /// period has the same number of occurrences (WEEKLY by weekday, plain DAILY), which makes the number
    /// of occurrences before `target` a product. Other rules with COUNT walk from DTSTART.
    private mutating func skipAhead(to target: Int) {
        guard target > 0 else { return }
        if plan.count == nil {
            period = target
            return
        }
        guard let offsets = plan.fixedDayOffsets, plan.setPositions.isEmpty else { return }
        plan.fillDays(period: 0, into: &days)
        var firstPeriod = 0
        for day in days {
            for time in times where Int64(day) * 86_400 + Int64(time) >= countFloor { firstPeriod += 1 }
        }
        emitted = firstPeriod + offsets.count * times.count * (target - 1)
        period = target
    }

    mutating func next() -> LocalDateTime? {
        while !finished {
            guard let (day, time) = nextCandidate() else {
                period += 1
                load()
                continue
            }
            let seconds = Int64(day) * 86_400 + Int64(time)
            if seconds < countFloor { continue }
            if seconds >= upper || isPastUntil(seconds) {
                finished = true
                return nil
            }
            if let count = plan.count {
                emitted += 1
                if emitted > count {
                    finished = true
                    return nil
                }
            }
            if seconds < emitFloor { continue }
            return LocalDateTime(date: LocalDate(dayNumber: day), time: LocalTime(secondOfDay: time))
        }
        return nil
    }

    @inline(__always)
    private mutating func nextCandidate() -> (Int, Int)? {
        if !plan.setPositions.isEmpty {
            guard selectedIndex < selected.count else { return nil }
            let flat = selected[selectedIndex]
            selectedIndex += 1
            return (days[flat / times.count], times[flat % times.count])
        }
        guard dayIndex < days.count else { return nil }
        let candidate = (days[dayIndex], times[timeIndex])
        timeIndex += 1
        if timeIndex == times.count {
            timeIndex = 0
            dayIndex += 1
        }
        return candidate
    }

    private mutating func isPastUntil(_ seconds: Int64) -> Bool {
        switch until {
        case .none: return false
        case .local(let limit): return seconds > limit
        case .utc(let limit, var converter):
            let instant = converter.utcSeconds(forLocalSeconds: seconds)
            until = .utc(limit, converter)
            return instant > limit
        }
    }

    /// Fills the candidates of `period`, moving on past empty periods; finishes after
    /// `plan.emptyPeriodLimit` empty periods in a row or once a period starts after UNTIL.
    private mutating func load() {
        while !finished {
            let periodStart: Int64
            if plan.frequency >= .daily {
                plan.fillDays(period: period, into: &days)
                periodStart = days.first.map { Int64($0) * 86_400 } ?? firstSecond(ofPeriod: period)
            } else {
                guard let start = loadSubDaily() else { continue }
                periodStart = start
            }
            if periodStartsAfterUntil(periodStart) {
                finished = true
                return
            }
            selectPositions()
            dayIndex = 0
            timeIndex = 0
            selectedIndex = 0
            let isEmpty = plan.setPositions.isEmpty ? days.isEmpty || times.isEmpty : selected.isEmpty
            if !isEmpty {
                emptyRun = 0
                return
            }
            countEmpty(1)
            period += 1
        }
    }

    /// Whether a period starting at `start` (or later) can only hold occurrences after UNTIL or the window
    /// end; the margins cover a candidate on the period's first day and any UTC offset (at most 26 hours).
    func periodStartsAfterUntil(_ start: Int64) -> Bool {
        if start >= upper { return true }
        switch until {
        case .none: return false
        case .local(let limit): return start > limit + 86_400
        case .utc(let limit, _): return start > limit + 2 * 86_400
        }
    }

    private mutating func countEmpty(_ periods: Int) {
        emptyRun += periods
        if emptyRun >= plan.emptyPeriodLimit { finished = true }
    }

    /// A lower bound of the first second of a DAILY-or-longer period, for the UNTIL check of empty periods.
    private func firstSecond(ofPeriod k: Int) -> Int64 {
        let day: Int
        switch plan.frequency {
        case .yearly:
            day = LocalDate.dayNumber(year: plan.base + k * plan.interval, month: 1, day: 1) - 7
        case .monthly:
            let index = plan.base + k * plan.interval
            let year = floorDivide(index, 12)
            day = LocalDate.dayNumber(year: year, month: index - year * 12 + 1, day: 1)
        case .weekly:
            day = plan.base + k * plan.interval * 7
        default:
            day = plan.base + k * plan.interval
        }
        return Int64(day) * 86_400
    }
}
