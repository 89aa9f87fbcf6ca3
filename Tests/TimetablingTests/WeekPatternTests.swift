import Testing

import Timetabling

@Suite struct WeekPatternTests {
    @Test func alternateWeeksDoNotIntersect() {
        let odd = WeekPattern.alternate(weeks: 14, startingAt: 1)
        let even = WeekPattern.alternate(weeks: 14, startingAt: 0)
        #expect(!odd.intersects(even))
        #expect(odd.weeks == [1, 3, 5, 7, 9, 11, 13])
        #expect(odd.intersects(.every) && even.intersects(.every))
    }

    @Test func singleWeeksAndFirstWeeksOfMonthsIntersectOnlyWhereTheyShare() {
        let firstOfMonth = WeekPattern(weeks: [0, 4, 9, 13])
        #expect(firstOfMonth.intersects(.single(9)))
        #expect(!firstOfMonth.intersects(.single(10)))
        #expect(firstOfMonth.subtracting(.alternate(weeks: 14, startingAt: 0)).weeks == [9, 13])
        #expect(firstOfMonth.description == "weeks 0,4,9,13")
        #expect(WeekPattern.every.description == "every week")
    }
}
