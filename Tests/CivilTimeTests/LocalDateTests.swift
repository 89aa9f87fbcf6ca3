import Testing

import CivilTime

@Suite("LocalDate: proleptic Gregorian day numbers")
struct LocalDateTests {
    @Test func epochIsDayZero() throws {
        #expect(try LocalDate(year: 1970, month: 1, day: 1).dayNumber == 0)
        #expect(LocalDate(dayNumber: -1).description == "1969-12-31")
    }

    @Test func dayNumbersRoundTripThroughFourHundredYears() {
        var previous = LocalDate(dayNumber: LocalDate.dayNumber(year: 1899, month: 12, day: 31))
        for number in (previous.dayNumber + 1)...(previous.dayNumber + 146_097) {
            let date = LocalDate(dayNumber: number)
            let (year, month, day) = date.components
            #expect(LocalDate.dayNumber(year: year, month: month, day: day) == number)
            #expect(date > previous)
            #expect(date.weekday == previous.weekday.advanced(by: 1))
            previous = date
        }
    }

    @Test func knownWeekdays() throws {
        #expect(try LocalDate(iso: "2027-01-12").weekday == .tuesday)
        #expect(try LocalDate(iso: "1970-01-01").weekday == .thursday)
        #expect(try LocalDate(iso: "1900-01-01").weekday == .monday)
        #expect(try LocalDate(iso: "2000-02-29").weekday == .tuesday)
    }

    @Test func leapYearsFollowTheGregorianRule() {
        #expect(LocalDate.isLeapYear(2000))
        #expect(LocalDate.isLeapYear(2028))
        #expect(!LocalDate.isLeapYear(1900))
        #expect(!LocalDate.isLeapYear(2027))
        #expect(LocalDate.daysInMonth(year: 2028, month: 2) == 29)
        #expect(LocalDate.daysInMonth(year: 2027, month: 2) == 28)
        #expect(LocalDate.daysInMonth(year: 2027, month: 4) == 30)
        #expect(LocalDate.daysInMonth(year: 2027, month: 12) == 31)
    }

    @Test func dayOfYearCountsFromJanuaryFirst() throws {
        #expect(try LocalDate(iso: "2027-01-01").dayOfYear == 1)
        #expect(try LocalDate(iso: "2027-12-31").dayOfYear == 365)
        #expect(try LocalDate(iso: "2028-12-31").dayOfYear == 366)
    }

    @Test(arguments: [
        ("2027-01-01", 2026, 53), ("2027-01-04", 2027, 1), ("2026-12-28", 2026, 53),
        ("2024-12-30", 2025, 1), ("2021-01-03", 2020, 53), ("2027-01-12", 2027, 2),
    ])
    func isoWeeksStartOnMondayAndHoldJanuaryFourth(iso: String, year: Int, week: Int) throws {
        let result = try LocalDate(iso: iso).isoWeek
        #expect(result.year == year)
        #expect(result.week == week)
    }

    @Test func arithmeticCountsDays() throws {
        let date = try LocalDate(iso: "2027-02-27")
        #expect(date.adding(days: 2).description == "2027-03-01")
        #expect(date.days(until: try LocalDate(iso: "2028-02-27")) == 365)
        #expect(date.adding(days: -365).description == "2026-02-27")
    }

    @Test func invalidDatesNameTheValue() {
        #expect(throws: CivilTimeError(message: "invalid date \"2027-02-30\": February 2027 has 28 days")) {
            try LocalDate(iso: "2027-02-30")
        }
        #expect(throws: CivilTimeError(message: "invalid date \"2027-13-01\": month must be 1 to 12, got 13")) {
            try LocalDate(year: 2027, month: 13, day: 1)
        }
        #expect(throws: CivilTimeError(message: "invalid date \"12.1.2027\": expected YYYY-MM-DD, e.g. 2027-01-12")) {
            try LocalDate(iso: "12.1.2027")
        }
    }
}

@Suite("Weekday: codes and names")
struct WeekdayTests {
    @Test func codesRoundTrip() {
        for day in Weekday.allCases {
            #expect(Weekday(code: day.code) == day)
            #expect(Weekday(code: day.code.lowercased()) == day)
        }
        #expect(Weekday.monday.code == "MO")
        #expect(Weekday(code: "XX") == nil)
    }

    @Test(arguments: [
        ("monday", Weekday.monday), ("Mon", .monday), ("MO", .monday), ("ponedeljek", .monday), ("pon", .monday),
        ("torek", .tuesday), ("tor", .tuesday), ("sreda", .wednesday), ("sre", .wednesday),
        ("četrtek", .thursday), ("ČET", .thursday), ("Petek", .friday), ("pet", .friday),
        ("sobota", .saturday), ("sob", .saturday), ("nedelja", .sunday), ("ned", .sunday), ("sun", .sunday),
    ])
    func namesInEnglishAndSlovenian(name: String, day: Weekday) {
        #expect(Weekday(name: name) == day)
    }

    @Test func unknownNamesAreRejected() {
        #expect(Weekday(name: "funday") == nil)
        #expect(Weekday(name: "") == nil)
    }

    @Test func namesAreSpelledOut() {
        #expect(Weekday.thursday.englishName == "Thursday")
        #expect(Weekday.thursday.slovenianName == "četrtek")
        #expect(Weekday.sunday.advanced(by: 1) == .monday)
        #expect(Weekday.monday.advanced(by: -1) == .sunday)
        #expect(Weekday.monday < .sunday)
    }
}
