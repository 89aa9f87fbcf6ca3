extension RuleIterator {
    /// Loads an HOURLY, MINUTELY or SECONDLY period; returns its start, or nil after jumping past a day,
    /// hour or minute that the limits exclude (the jumped periods count as empty).
    mutating func loadSubDaily() -> Int64? {
        let step = plan.stepSeconds
        let start = plan.base + period * step
        let day = floorDivide(start, 86_400)
        let secondOfDay = start - day * 86_400
        if day != checkedDay {
            checkedDay = day
            checkedDayMatches = plan.days.isEmpty || plan.days.matches(day)
        }
        if !checkedDayMatches {
            jump(toSecond: (day + 1) * 86_400)
            return nil
        }
        if plan.hourMask != 0 && plan.hourMask & (1 << UInt32(secondOfDay / 3600)) == 0 {
            if plan.frequency < .hourly {
                jump(toSecond: day * 86_400 + (secondOfDay / 3600 + 1) * 3600)
            } else {
                jump(toSecond: start + 1)
            }
            return nil
        }
        if plan.minuteMask != 0 && plan.minuteMask & (1 << UInt64(secondOfDay / 60 % 60)) == 0 {
            jump(toSecond: start - start % 60 + (plan.frequency == .secondly ? 60 : 1))
            return nil
        }
        if plan.secondMask != 0 && plan.secondMask & (1 << UInt64(secondOfDay % 60)) == 0 {
            jump(toSecond: start + 1)
            return nil
        }
        days.removeAll(keepingCapacity: true)
        days.append(day)
        times.removeAll(keepingCapacity: true)
        for offset in plan.offsetsInPeriod { times.append(secondOfDay + offset) }
        return Int64(start)
    }

    /// Moves to the first period starting at or after `second`, counting the periods passed as empty.
    private mutating func jump(toSecond second: Int) {
        let step = plan.stepSeconds
        let target = floorDivide(second - plan.base + step - 1, step)
        let passed = max(target - period, 1)
        period += passed
        emptyRun += passed
        if emptyRun >= plan.emptyPeriodLimit { finished = true }
        if periodStartsAfterUntil(Int64(plan.base + period * step)) { finished = true }
    }
}
