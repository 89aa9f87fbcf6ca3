import Testing

import Bookings
import CivilTime

/// Numbers far beyond what a hall needs used to pass validation and crash later arithmetic (the
/// scheduler keeps sizes in 32 bits; policy limits are added to dates). Each is refused where it enters.
@Suite("Bounds: sizes, limits and durations a hall could never need")
struct BoundsTests {
    let golnik: Slug
    init() throws { golnik = try slug("golnik") }

    @Test func aRoomHoldsAtMostTenThousand() throws {
        #expect(try Room(venue: golnik, name: "Dvorana", capacity: 10_000, openingHours: .closed).capacity == 10_000)
        #expect(thrownMessage { try Room(venue: golnik, name: "Dvorana", capacity: 3_000_000_000, openingHours: .closed) }
            == "room \"Dvorana\": capacity must be at most 10000, got \"3000000000\"")
    }

    @Test func aRequestBringsAtMostTenThousand() throws {
        func request(audience: Int) throws -> Request {
            try Request(group: slug("du-golnik"), term: slug("spomlad-2027"), title: "Zbor", audience: audience,
                        durationMinutes: 60, windows: [TimeWindow(days: [.monday], hours: hours("17:00-21:00"))])
        }
        #expect(try request(audience: 10_000).audience == 10_000)
        #expect(thrownMessage { try request(audience: Int.max) }
            == "request \"Zbor\": audience must be at most 10000, got \"9223372036854775807\"")
    }

    @Test(arguments: [
        (VenuePolicyField.bookAhead, "book_ahead_days must be at most 3660"),
        (.notice, "min_notice_hours must be at most 8784"),
        (.hours, "max_hours_per_group_per_week must be at most 168"),
    ])
    func policyLimitsNearTwoToTheSixtyThirdAreRefused(field: VenuePolicyField, rule: String) {
        #expect(thrownMessage { try field.policy(venue: golnik, value: Int.max) }
            == "policy of venue golnik: \(rule), got \"9223372036854775807\"")
    }

    @Test func policyLimitsAtTheirBoundsAreKept() throws {
        let policy = try VenuePolicy(venue: golnik, bookAheadDays: 3_660, minNoticeHours: 8_784, maxHoursPerGroupPerWeek: 168)
        #expect(policy.maxMinutesPerGroupPerWeek == 168 * 60)
    }

    @Test(arguments: ["9223372036854775807h", "9223372036854775807:00", "25h", "1441", "24h01"])
    func durationsOverADayAreRefusedWithoutOverflow(text: String) {
        #expect(thrownMessage { try DurationText.minutes(text, record: "booking \"X\"") }
            == "booking \"X\": duration must be at most 24 hours, got \"\(text)\"")
    }

    @Test func aDayIsTheLongestDuration() throws {
        #expect(try DurationText.minutes("24h") == 1440)
        #expect(try DurationText.minutes("24:00") == 1440)
    }
}

enum VenuePolicyField: Sendable, CustomTestStringConvertible {
    case bookAhead, notice, hours

    func policy(venue: Slug, value: Int) throws -> VenuePolicy {
        switch self {
        case .bookAhead: try VenuePolicy(venue: venue, bookAheadDays: value)
        case .notice: try VenuePolicy(venue: venue, minNoticeHours: value)
        case .hours: try VenuePolicy(venue: venue, maxHoursPerGroupPerWeek: value)
        }
    }

    var testDescription: String { "\(self)" }
}

@Suite("Booking extent: a rule gives a bounded number of dates in a bounded time")
struct BookingExtentTests {
    func booking(_ rule: String) throws -> Booking {
        try Booking(room: roomRef("golnik/velika-dvorana"), group: slug("pgd-golnik-mladina"), title: "Vaje",
                    start: dateTime("2027-01-12T18:00"), durationMinutes: 1, recurrence: rule)
    }

    @Test(arguments: [
        ("FREQ=DAILY;UNTIL=99991231", "rrule must end within ten years of the start (2027-01-12)"),
        ("FREQ=YEARLY;COUNT=11", "rrule must end within ten years of the start (2027-01-12)"),
        ("FREQ=MINUTELY", "rrule must give at most 10000 dates in ten years"),
        ("FREQ=SECONDLY;UNTIL=20270113", "rrule must give at most 10000 dates in ten years"),
    ])
    func rulesRunningTooLongOrTooOftenAreRefused(rule: String, message: String) throws {
        let booking = try booking(rule)
        #expect(thrownMessage { try booking.validateRecurrence() } == "booking \"Vaje\": \(message), got \"\(rule)\"")
    }

    @Test(arguments: ["FREQ=WEEKLY;BYDAY=TU", "FREQ=DAILY;COUNT=3653", "FREQ=YEARLY;COUNT=10", "FREQ=DAILY;UNTIL=20361231"])
    func ordinaryRulesPass(rule: String) throws {
        try booking(rule).validateRecurrence()
    }
}

@Suite("Text lengths: the form's limits hold for every way in")
struct TextLengthTests {
    @Test func aTitleOfFiveThousandCharactersIsRefusedWithItsBeginningShown() throws {
        let title = String(repeating: "A", count: 5_000)
        let message = thrownMessage {
            try Request(group: slug("du-golnik"), term: slug("spomlad-2027"), title: title, audience: 5,
                        durationMinutes: 60, windows: [TimeWindow(days: [.monday], hours: hours("17:00-21:00"))])
        }
        let start = String(repeating: "A", count: 40) + "…"
        #expect(message == "request \"\(start)\": title must be at most 200 characters (it has 5000), got \"\(start)\"")
    }

    @Test func twoHundredCharactersAreAccepted() throws {
        let name = String(repeating: "Ž", count: 200)
        #expect(try Room(venue: slug("golnik"), name: name, capacity: 5, openingHours: .closed).name == name)
    }
}

@Suite("Dates: years a hall's programme can be in")
struct SupportedYearTests {
    @Test func aTermInYearZeroOrNineThousandIsRefused() throws {
        #expect(thrownMessage { try Term(name: "Pomlad", firstDay: date("0000-01-01"), lastDay: date("2027-06-01")) }
            == "term \"Pomlad\": start must be in the years 1970 to 2199, got \"0000-01-01\"")
        #expect(thrownMessage { try Term(name: "Pomlad", firstDay: date("2027-01-01"), lastDay: date("9999-12-31")) }
            == "term \"Pomlad\": end must be in the years 1970 to 2199, got \"9999-12-31\"")
    }

    @Test func closuresAndBookingsAreBoundedToo() throws {
        #expect(thrownMessage { try Closure(scope: .everywhere, firstDay: date("9999-12-31"), reason: "Konec") }
            == "closure \"Konec\": from must be in the years 1970 to 2199, got \"9999-12-31\"")
        #expect(thrownMessage {
            try Booking(room: roomRef("golnik/velika-dvorana"), group: slug("du-golnik"), title: "Vaje",
                        start: dateTime("0000-03-01T18:00"), durationMinutes: 60)
        } == "booking \"Vaje\": start must be in the years 1970 to 2199, got \"0000-03-01\"")
        #expect(try Term(name: "Pomlad", firstDay: date("1970-01-01"), lastDay: date("2199-12-31")).weekCount > 0)
        #expect(thrownMessage {
            try Request(group: slug("du-golnik"), term: slug("spomlad-2027"), title: "Zbor", audience: 5, durationMinutes: 60,
                        pattern: .dates([date("9999-01-01")]), windows: [TimeWindow(days: [.friday], hours: hours("17:00-21:00"))])
        } == "request \"Zbor\": dates must be in the years 1970 to 2199, got \"9999-01-01\"")
    }
}
