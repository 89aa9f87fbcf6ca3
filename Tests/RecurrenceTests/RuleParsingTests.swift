import CivilTime
import Foundation
import Recurrence
import Testing

@Suite("RFC 5545 §3.3.10 RRULE text: parsing and formatting")
struct RuleParsingTests {
    @Test(arguments: [
        "FREQ=WEEKLY;BYDAY=TU,TH",
        "FREQ=MONTHLY;COUNT=10;BYDAY=-1FR",
        "FREQ=YEARLY;UNTIL=20361231T170000Z;INTERVAL=2;BYDAY=-1SU;BYMONTH=3",
        "FREQ=DAILY;UNTIL=20270301;BYMONTH=1,2",
        "FREQ=MINUTELY;UNTIL=20270301T120000;INTERVAL=15;BYHOUR=9,10",
        "FREQ=YEARLY;BYSECOND=0,30;BYMINUTE=5;BYHOUR=9;BYMONTHDAY=-1;BYYEARDAY=100;BYWEEKNO=20;BYMONTH=5;BYSETPOS=1,-1;WKST=SU",
    ])
    func canonicalTextRoundTrips(text: String) throws {
        #expect(try RecurrenceRule(parsing: text).description == text)
    }

    @Test func partsAreWrittenInCanonicalOrder() throws {
        let rule = try RecurrenceRule(parsing: "rrule:byday=tu,th;wkst=su;interval=2;count=8;freq=weekly;")
        #expect(rule.description == "FREQ=WEEKLY;COUNT=8;INTERVAL=2;BYDAY=TU,TH;WKST=SU")
        #expect(try RecurrenceRule(parsing: "FREQ=WEEKLY;INTERVAL=1;WKST=MO").description == "FREQ=WEEKLY")
    }

    @Test func partsAreReadIntoValues() throws {
        let rule = try RecurrenceRule(parsing: "FREQ=MONTHLY;BYDAY=1MO,-2FR,+3SU,WE;UNTIL=20271231T170000Z")
        #expect(rule.frequency == .monthly)
        #expect(rule.byDay == [.init(.monday, ordinal: 1), .init(.friday, ordinal: -2), .init(.sunday, ordinal: 3), .init(.wednesday)])
        #expect(rule.until == .utc(try LocalDateTime(iso: "2027-12-31T17:00")))
        #expect(try RecurrenceRule(parsing: "FREQ=DAILY;UNTIL=20271231").until == .date(try LocalDate(iso: "2027-12-31")))
    }

    @Test(arguments: [
        ("FREQ=WEEKLY;BYDAY=XX", "RRULE part BYDAY: \"XX\" is not a weekday (MO, TU, WE, TH, FR, SA, SU)"),
        ("FREQ=WEEKLY;WKST=XY", "RRULE part WKST: \"XY\" is not a weekday (MO, TU, WE, TH, FR, SA, SU)"),
        ("BYDAY=MO", "RRULE \"BYDAY=MO\": the FREQ part is required, e.g. FREQ=WEEKLY"),
        ("FREQ=FORTNIGHTLY", "RRULE part FREQ: \"FORTNIGHTLY\" is not a frequency (SECONDLY, MINUTELY, HOURLY, DAILY, WEEKLY, MONTHLY, YEARLY)"),
        ("FREQ=DAILY;COUNT=3;UNTIL=20270101", "RRULE parts COUNT and UNTIL cannot both be given (RFC 5545 §3.3.10)"),
        ("FREQ=DAILY;INTERVAL=0", "RRULE part INTERVAL: \"0\" is not a positive whole number"),
        ("FREQ=DAILY;COUNT=many", "RRULE part COUNT: \"many\" is not a positive whole number"),
        ("FREQ=MONTHLY;BYMONTHDAY=32", "RRULE part BYMONTHDAY: \"32\" is out of range (1 to 31 or -31 to -1)"),
        ("FREQ=MONTHLY;BYMONTHDAY=0", "RRULE part BYMONTHDAY: \"0\" is out of range (1 to 31 or -31 to -1)"),
        ("FREQ=DAILY;BYHOUR=24", "RRULE part BYHOUR: \"24\" is out of range (0 to 23)"),
        ("FREQ=YEARLY;BYMONTH=1,x", "RRULE part BYMONTH: \"x\" is not a whole number"),
        ("FREQ=MONTHLY;BYWEEKNO=20", "RRULE part BYWEEKNO cannot be used with FREQ=MONTHLY (RFC 5545 §3.3.10)"),
        ("FREQ=WEEKLY;BYMONTHDAY=1", "RRULE part BYMONTHDAY cannot be used with FREQ=WEEKLY (RFC 5545 §3.3.10)"),
        ("FREQ=WEEKLY;BYDAY=1MO", "RRULE part BYDAY: \"1MO\" has an ordinal, allowed only with FREQ=MONTHLY or YEARLY"),
        ("FREQ=YEARLY;BYWEEKNO=1;BYDAY=1MO", "RRULE part BYDAY: \"1MO\" has an ordinal, not allowed together with BYWEEKNO"),
        ("FREQ=MONTHLY;BYDAY=0MO", "RRULE part BYDAY: \"0MO\" has an invalid ordinal (1 to 53 or -53 to -1)"),
        ("FREQ=MONTHLY;BYDAY=54MO", "RRULE part BYDAY: ordinal 54 is out of range (1 to 53 or -53 to -1)"),
        ("FREQ=DAILY;FREQ=WEEKLY", "RRULE part FREQ appears more than once"),
        ("FREQ=DAILY;UNTIL=2027-01-01", "RRULE part UNTIL: \"2027-01-01\" is not a date or date-time (20271231, 20271231T180000 or 20271231T170000Z)"),
        ("FREQ=DAILY;COLOR=RED", "RRULE part COLOR is not an RFC 5545 rule part"),
        ("FREQ=DAILY;BYSETPOS", "RRULE part \"BYSETPOS\": expected NAME=VALUE"),
        ("RSCALE=HEBREW;FREQ=YEARLY", "RRULE part RSCALE is not supported: RFC 7529 calendar scales are out of scope"),
    ])
    func errorsNameThePartAndTheValue(text: String, message: String) {
        #expect(throws: RecurrenceError(message: message)) {
            try RecurrenceRule(parsing: text)
        }
    }

    @Test func programmaticRulesAreCheckedToo() {
        #expect(throws: RecurrenceError(message: "RRULE part BYMONTH: \"13\" is out of range (1 to 12)")) {
            try RecurrenceRule(frequency: .yearly, byMonth: [13])
        }
    }
}

@Suite("DTSTART values: dates and local date-times")
struct RecurrenceStartTests {
    @Test func parsesIsoAndBasicForms() throws {
        #expect(try RecurrenceStart(parsing: "2027-01-12") == RecurrenceStart(date: try LocalDate(iso: "2027-01-12")))
        #expect(try RecurrenceStart(parsing: "20270112") == RecurrenceStart(date: try LocalDate(iso: "2027-01-12")))
        let dateTime = RecurrenceStart(try LocalDateTime(iso: "2027-01-12T18:00"))
        #expect(try RecurrenceStart(parsing: "2027-01-12T18:00") == dateTime)
        #expect(try RecurrenceStart(parsing: "20270112T180000") == dateTime)
        #expect(dateTime.description == "2027-01-12T18:00")
        #expect(try RecurrenceStart(parsing: "2027-01-12").description == "2027-01-12")
    }

    @Test func rejectsUTCAndNonsense() {
        #expect(throws: RecurrenceError(
            message: "invalid start \"20270112T170000Z\": give the civil time in the venue's zone, without Z")
        ) {
            try RecurrenceStart(parsing: "20270112T170000Z")
        }
        #expect(throws: RecurrenceError(
            message: "invalid start \"2027-02-30\": invalid date \"2027-02-30\": February 2027 has 28 days")
        ) {
            try RecurrenceStart(parsing: "2027-02-30")
        }
    }
}

@Suite("Stored values: rules and starts encode as their text")
struct RecurrenceCodableTests {
    @Test func rulesAndStartsRoundTripThroughJSON() throws {
        let rule = try RecurrenceRule(parsing: "FREQ=MONTHLY;BYDAY=-1FR")
        let start = try RecurrenceStart(parsing: "2027-01-29T19:00")
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = try encoder.encode(Stored(rule: rule, start: start))
        #expect(String(decoding: data, as: UTF8.self) == #"{"rule":"FREQ=MONTHLY;BYDAY=-1FR","start":"2027-01-29T19:00"}"#)
        let decoded = try JSONDecoder().decode(Stored.self, from: data)
        #expect(decoded.rule == rule)
        #expect(decoded.start == start)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Stored.self, from: Data(#"{"rule":"FREQ=NEVER","start":"2027-01-29"}"#.utf8))
        }
    }

    private struct Stored: Codable {
        let rule: RecurrenceRule
        let start: RecurrenceStart
    }
}
