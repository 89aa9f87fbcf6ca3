@testable import Bookings
import CivilTime
import Testing

@Suite("WeekGrid: slots, weeks and dates of a term")
struct SchedulingWeekGridTests {
    @Test func aSlotIsTheQuarterHourOfItsWeekdayCountedFromMonday() {
        #expect(WeekGrid.slot(.monday, minute: 0) == 0)
        #expect(WeekGrid.slot(.tuesday, minute: 18 * 60) == 96 + 72)
        #expect(WeekGrid.slot(.sunday, minute: 23 * 60 + 45) == 6 * 96 + 95)
        #expect(WeekGrid.timeGrid.slotCount == 672)
    }

    @Test func aMinuteInsideAQuarterHourRoundsDownToItsSlot() {
        #expect(WeekGrid.slot(.monday, minute: 18 * 60 + 14) == WeekGrid.slot(.monday, minute: 18 * 60))
        #expect(WeekGrid.slot(.monday, minute: 18 * 60 + 15) == WeekGrid.slot(.monday, minute: 18 * 60) + 1)
    }

    @Test func aSlotGivesBackItsWeekdayMinuteAndLabel() {
        for day in Weekday.allCases {
            for minute in stride(from: 0, to: 1440, by: 15) {
                let slot = WeekGrid.slot(day, minute: minute)
                #expect(WeekGrid.weekday(ofSlot: slot) == day)
                #expect(WeekGrid.minute(ofSlot: slot) == minute)
            }
        }
        #expect(WeekGrid.label(ofSlot: WeekGrid.slot(.tuesday, minute: 18 * 60)) == "TU 18:00")
        #expect(WeekGrid.label(ofSlot: WeekGrid.slot(.sunday, minute: 9 * 60 + 45)) == "SU 09:45")
    }

    @Test(arguments: [(15, 1), (1, 1), (14, 1), (16, 2), (50, 4), (60, 4), (90, 6), (91, 7), (1440, 96)])
    func aStartedQuarterHourCountsWhole(minutes: Int, slots: Int) {
        #expect(WeekGrid.slots(forMinutes: minutes) == slots)
    }

    @Test func weeksAreCountedFromTheMondayOfTheTermsFirstWeek() throws {
        let grid = WeekGrid(term: try KS.spring())
        #expect(grid.firstMonday == (try KS.date("2027-01-11")))
        #expect(grid.weekCount == 23)
        let expected = [("2027-01-11", 0), ("2027-01-17", 0), ("2027-01-18", 1), ("2027-02-01", 3), ("2027-03-01", 7),
                        ("2027-04-05", 12), ("2027-06-07", 21), ("2027-06-20", 22), ("2027-06-21", 23)]
        for (text, week) in expected {
            #expect(grid.week(of: try KS.date(text)) == week, "\(text)")
        }
    }

    @Test func datesBeforeTheTermHaveNegativeWeeks() throws {
        let grid = WeekGrid(term: try KS.spring())
        #expect(grid.week(of: try KS.date("2027-01-10")) == -1)
        #expect(grid.week(of: try KS.date("2027-01-04")) == -1)
        #expect(grid.week(of: try KS.date("2027-01-03")) == -2)
        #expect(grid.week(of: try KS.date("2026-12-28")) == -2)
        #expect(grid.week(of: try KS.date("2026-12-27")) == -3)
    }

    @Test func aWeekAndWeekdayGiveTheDate() throws {
        let grid = WeekGrid(term: try KS.spring())
        #expect(grid.date(week: 0, day: .monday) == (try KS.date("2027-01-11")))
        #expect(grid.date(week: 3, day: .monday) == (try KS.date("2027-02-01")))
        #expect(grid.date(week: 22, day: .sunday) == (try KS.date("2027-06-20")))
        #expect(grid.date(week: -1, day: .friday) == (try KS.date("2027-01-08")))
    }

    @Test func aWeeklyActivityRunsInEveryWeekWhoseWeekdayIsInTheTerm() throws {
        let grid = WeekGrid(term: try KS.spring())
        #expect(grid.weeks(.weekly, on: .tuesday) == Array(0...22))
        let midweek = WeekGrid(term: try Term(name: "Sreda", firstDay: KS.date("2027-01-13"), lastDay: KS.date("2027-02-09")))
        #expect(midweek.weekCount == 5)
        #expect(midweek.weeks(.weekly, on: .monday) == [1, 2, 3, 4])
        #expect(midweek.weeks(.weekly, on: .tuesday) == [1, 2, 3, 4])
        #expect(midweek.weeks(.weekly, on: .wednesday) == [0, 1, 2, 3])
    }

    @Test func aFortnightlyActivityTakesTheWeeksOfItsParity() throws {
        let grid = WeekGrid(term: try KS.spring())
        #expect(grid.weeks(.fortnightly, on: .wednesday, parity: 0) == Array(stride(from: 0, through: 22, by: 2)))
        #expect(grid.weeks(.fortnightly, on: .wednesday, parity: 1) == Array(stride(from: 1, through: 21, by: 2)))
        let midweek = WeekGrid(term: try Term(name: "Sreda", firstDay: KS.date("2027-01-13"), lastDay: KS.date("2027-02-09")))
        #expect(midweek.weeks(.fortnightly, on: .monday, parity: 0) == [2, 4])
        #expect(midweek.weeks(.fortnightly, on: .monday, parity: 1) == [1, 3])
    }

    @Test func theFirstMondaysOfTheMonthAreThoseOfTheCalendar() throws {
        let grid = WeekGrid(term: try KS.spring())
        let weeks = grid.weeks(.monthly(ordinal: 1), on: .monday)
        // 4 January is before the term; then 1 February, 1 March, 5 April, 3 May, 7 June.
        let expected = try ["2027-02-01", "2027-03-01", "2027-04-05", "2027-05-03", "2027-06-07"].map(KS.date)
        #expect(weeks.map { grid.date(week: $0, day: .monday) } == expected)
        #expect(weeks == [3, 7, 12, 16, 21])
    }

    @Test func theLastWednesdaysOfTheMonthAreThoseOfTheCalendar() throws {
        let grid = WeekGrid(term: try KS.spring())
        let weeks = grid.weeks(.monthly(ordinal: -1), on: .wednesday)
        // 30 June, the last Wednesday of June, is after the term's end on 20 June.
        let expected = try ["2027-01-27", "2027-02-24", "2027-03-31", "2027-04-28", "2027-05-26"].map(KS.date)
        #expect(weeks.map { grid.date(week: $0, day: .wednesday) } == expected)
    }

    @Test func theSecondThursdaysAndFourthFridaysAreThoseOfTheCalendar() throws {
        let grid = WeekGrid(term: try KS.spring())
        let second = try ["2027-01-14", "2027-02-11", "2027-03-11", "2027-04-08", "2027-05-13", "2027-06-10"].map(KS.date)
        #expect(grid.weeks(.monthly(ordinal: 2), on: .thursday).map { grid.date(week: $0, day: .thursday) } == second)
        let fourth = try ["2027-01-22", "2027-02-26", "2027-03-26", "2027-04-23", "2027-05-28"].map(KS.date)
        #expect(grid.weeks(.monthly(ordinal: 4), on: .friday).map { grid.date(week: $0, day: .friday) } == fourth)
    }

    @Test func givenDatesRunInTheirOwnWeeksOnTheirOwnWeekdayWithinTheTerm() throws {
        let grid = WeekGrid(term: try KS.spring())
        let dates = try ["2027-02-18", "2027-03-11", "2027-07-01", "2027-01-07", "2027-03-12"].map(KS.date)
        #expect(grid.weeks(.dates(dates), on: .thursday) == [5, 8])
        #expect(grid.weeks(.dates(dates), on: .friday) == [8])
        #expect(grid.weeks(.dates(dates), on: .monday) == [])
    }
}
