import Testing

import Bookings
import CivilTime

@Suite("TimeRange: hours of a day as people write them")
struct TimeRangeTests {
    @Test func readsColonTimesWithAHyphen() throws {
        let range = try TimeRange(parsing: "16:00-22:00")
        #expect(range.startMinute == 960)
        #expect(range.endMinute == 1320)
        #expect(range.durationMinutes == 360)
        #expect(range.description == "16:00-22:00")
    }

    @Test func readsSlovenianDotTimesWithAnEnDash() throws {
        #expect(try TimeRange(parsing: "16.00–22.00") == TimeRange(parsing: "16:00-22:00"))
        #expect(try TimeRange(parsing: " 9.30 - 11.00 ").description == "09:30-11:00")
    }

    @Test func acceptsMidnightAsTheEnd() throws {
        let range = try TimeRange(parsing: "22:00-24:00")
        #expect(range.endMinute == 1440)
        #expect(range.description == "22:00-24:00")
    }

    @Test func rejectsAnEndBeforeTheStart() {
        #expect(thrownMessage { try TimeRange(parsing: "22:00-16:00") }
            == "hours must end after it starts, got \"22:00-16:00\"")
    }

    @Test func rejectsAnEmptyRangeNamingTheRecordAndField() {
        #expect(thrownMessage { try TimeRange(parsing: "18.00-18.00", record: "room \"Kuhinja\"", field: "opening_hours.monday") }
            == "room \"Kuhinja\": opening_hours.monday must end after it starts, got \"18.00-18.00\"")
    }

    @Test func rejectsTextThatIsNotARange() {
        #expect(thrownMessage { try TimeRange(parsing: "popoldne") }
            == "hours must be a time range like \"16:00-22:00\", got \"popoldne\"")
        #expect(thrownMessage { try TimeRange(parsing: "16:00") }
            == "hours must be a time range like \"16:00-22:00\", got \"16:00\"")
        #expect(thrownMessage { try TimeRange(parsing: "16:00-25:00") }
            == "hours must be a time range like \"16:00-22:00\", got \"16:00-25:00\"")
    }

    @Test func rejectsMinutesOutsideTheDay() {
        #expect(thrownMessage { try TimeRange(startMinute: 1380, endMinute: 1500) }
            == "hours must lie within one day, 00:00-24:00, got \"23:00-25:00\"")
        #expect(thrownMessage { try TimeRange(parsing: "24:00-24:00") }
            == "hours must lie within one day, 00:00-24:00, got \"24:00-24:00\"")
    }

    @Test func overlapsOnlyWhenSharingAMinute() throws {
        let evening = try hours("18:00-20:00")
        #expect(evening.overlaps(try hours("19:59-21:00")))
        #expect(!evening.overlaps(try hours("20:00-21:00")))
        #expect(!evening.overlaps(try hours("16:00-18:00")))
        #expect(evening.contains(try hours("18:00-20:00")))
        #expect(!evening.contains(try hours("17:59-19:00")))
    }
}

@Suite("OpeningHours: weekly hours, their summary and the command-line lines")
struct OpeningHoursTests {
    @Test func rejectsOverlappingRangesOnADay() throws {
        #expect(thrownMessage {
            try OpeningHours([.monday: [hours("19:00-22:00"), hours("16:00-20:00")]], record: "room \"Kuhinja\"")
        } == "room \"Kuhinja\": opening_hours.monday must not overlap, got \"16:00-20:00, 19:00-22:00\"")
    }

    @Test func acceptsAdjacentRangesAndSortsThem() throws {
        let open = try OpeningHours([.thursday: [hours("16:00-22:00"), hours("09:00-16:00")], .friday: []])
        #expect(open.ranges(on: .thursday).map(\.description) == ["09:00-16:00", "16:00-22:00"])
        #expect(open.ranges(on: .friday).isEmpty)
        #expect(open.minutesOpen(on: .thursday) == 13 * 60)
        #expect(open.allows(try hours("10:00-12:00"), on: .thursday))
        #expect(!open.allows(try hours("15:00-17:00"), on: .thursday))
        #expect(!open.allows(try hours("10:00-12:00"), on: .friday))
    }

    @Test func summaryRunsTogetherDaysWithTheSameHours() throws {
        let evenings = try hours("16:00-22:00")
        let open = try OpeningHours([.monday: [evenings], .tuesday: [evenings], .wednesday: [evenings],
                                     .thursday: [evenings], .friday: [evenings], .saturday: [hours("08:00-12:00")]])
        #expect(open.summary == "Mon-Fri 16:00-22:00; Sat 08:00-12:00")
    }

    @Test func summaryKeepsDaysApartWhenAClosedDayIsBetween() throws {
        let open = try OpeningHours([.monday: [hours("16:00-22:00")], .wednesday: [hours("16:00-22:00")],
                                     .thursday: [hours("09:00-12:00"), hours("16:00-22:00")], .sunday: [hours("10:00-12:00")]])
        #expect(open.summary == "Mon 16:00-22:00; Wed 16:00-22:00; Thu 09:00-12:00, 16:00-22:00; Sun 10:00-12:00")
    }

    @Test func summaryOfNoHoursIsClosed() {
        #expect(OpeningHours.closed.summary == "closed")
        #expect(OpeningHours.closed.lines == [])
        #expect(OpeningHours.closed.isEmpty)
    }

    @Test func dailyHoursAreTheSameEveryDay() throws {
        let open = OpeningHours.daily(try hours("08:00-22:00"))
        #expect(open.summary == "Mon-Sun 08:00-22:00")
        #expect(open.lines == ["mon-sun 08:00-22:00"])
    }

    @Test func readsTheLinesAnAdministratorTypes() throws {
        let open = try OpeningHours(parsingLines: ["pon-pet 16:00-22:00", "tue,thu 08:00-12:00", "sat 08.00–12.00,16:00-20:00"],
                                    record: "room \"Dvorana\"")
        #expect(open.summary == "Mon 16:00-22:00; Tue 08:00-12:00, 16:00-22:00; Wed 16:00-22:00; "
            + "Thu 08:00-12:00, 16:00-22:00; Fri 16:00-22:00; Sat 08:00-12:00, 16:00-20:00")
        #expect(try OpeningHours(parsingLines: ["daily 08:00-22:00"], record: "") == OpeningHours.daily(hours("08:00-22:00")))
    }

    @Test func linesReadBackToTheSameHours() throws {
        let samples: [[String]] = [
            ["mon-fri 16:00-22:00", "sat 08:00-12:00"],
            ["mon 16:00-22:00", "thu 09:00-12:00,16:00-22:00", "sun 10:00-12:00"],
            ["tue,thu 08:00-12:00", "wed 00:00-24:00"],
        ]
        for sample in samples {
            let open = try OpeningHours(parsingLines: sample, record: "")
            #expect(!open.lines.isEmpty)
            #expect(try OpeningHours(parsingLines: open.lines, record: "") == open, "lines \(open.lines)")
        }
    }

    @Test func rejectsALineWithoutDaysOrTimes() {
        #expect(thrownMessage { try OpeningHours(parsingLines: ["mon-fri"], record: "room \"Dvorana\"") }
            == "room \"Dvorana\": hours must be days and times, like \"mon-fri 16:00-22:00\", got \"mon-fri\"")
    }

    @Test func rejectsUnknownOrBackwardDays() {
        #expect(thrownMessage { try OpeningHours(parsingLines: ["fri-mon 16:00-22:00"], record: "room \"Dvorana\"") }
            == "room \"Dvorana\": hours must name days like mon-fri, tue,thu or daily, got \"fri-mon\"")
        #expect(thrownMessage { try OpeningHours(parsingLines: ["weekdays 16:00-22:00"], record: "room \"Dvorana\"") }
            == "room \"Dvorana\": hours must name days like mon-fri, tue,thu or daily, got \"weekdays\"")
    }

    @Test func rejectsLinesThatOverlapOnADay() {
        #expect(thrownMessage { try OpeningHours(parsingLines: ["mon-fri 16:00-22:00", "mon 18:00-20:00"], record: "room \"Dvorana\"") }
            == "room \"Dvorana\": opening_hours.monday must not overlap, got \"16:00-22:00, 18:00-20:00\"")
    }

    @Test func rejectsHoursThatEndBeforeTheyStart() {
        #expect(thrownMessage { try OpeningHours(parsingLines: ["mon 22:00-16:00"], record: "room \"Dvorana\"") }
            == "room \"Dvorana\": hours must end after it starts, got \"22:00-16:00\"")
    }
}
