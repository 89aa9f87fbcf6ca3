import Foundation
import Testing

import CivilTime

@Suite("LocalTime and LocalDateTime: parsing, formatting, arithmetic")
struct LocalTimeTests {
    @Test func parsesColonAndSlovenianDotForms() throws {
        #expect(try LocalTime(iso: "18:00").secondOfDay == 64_800)
        #expect(try LocalTime(iso: "18.00").secondOfDay == 64_800)
        #expect(try LocalTime(iso: "9.30").minuteOfDay == 570)
        #expect(try LocalTime(iso: "18:00:30").second == 30)
    }

    @Test func formatsSecondsOnlyWhenNonZero() throws {
        #expect(try LocalTime(hour: 18, minute: 0).description == "18:00")
        #expect(try LocalTime(hour: 18, minute: 0, second: 30).description == "18:00:30")
        #expect(LocalTime.midnight.description == "00:00")
    }

    @Test func invalidTimesNameTheValue() {
        #expect(throws: CivilTimeError(message: "invalid time \"24:00\": hour must be 0 to 23, got 24")) {
            try LocalTime(iso: "24:00")
        }
        #expect(throws: CivilTimeError(message: "invalid time \"18:5\": expected HH:MM or HH:MM:SS, e.g. 18:00")) {
            try LocalTime(iso: "18:5")
        }
        #expect(throws: CivilTimeError(message: "invalid time \"18:61\": minute must be 0 to 59, got 61")) {
            try LocalTime(iso: "18:61")
        }
    }

    @Test func dateTimesParseAndFormat() throws {
        let value = try LocalDateTime(iso: "2027-01-12T18:00")
        #expect(value.description == "2027-01-12T18:00")
        #expect(try LocalDateTime(iso: "2027-01-12T18:00:00") == value)
        #expect(try LocalDateTime(iso: "2027-01-12T18:00:05").description == "2027-01-12T18:00:05")
        #expect(throws: CivilTimeError(
            message: "invalid date-time \"2027-02-30T10:00\": invalid date \"2027-02-30\": February 2027 has 28 days")
        ) {
            try LocalDateTime(iso: "2027-02-30T10:00")
        }
    }

    @Test func dateTimeArithmeticRollsOverDays() throws {
        let value = try LocalDateTime(iso: "2027-12-31T23:30")
        #expect(value.adding(minutes: 45).description == "2028-01-01T00:15")
        #expect(value.adding(seconds: -86_400).description == "2027-12-30T23:30")
        #expect(value.seconds(until: value.adding(minutes: 90)) == 5_400)
        #expect(LocalDateTime(secondsSinceEpoch: -1).description == "1969-12-31T23:59:59")
    }

    @Test func codableUsesIsoText() throws {
        let value = try LocalDateTime(iso: "2027-01-12T18:00")
        let data = try JSONEncoder().encode([value])
        #expect(String(decoding: data, as: UTF8.self) == "[\"2027-01-12T18:00\"]")
        #expect(try JSONDecoder().decode([LocalDateTime].self, from: data) == [value])
        let date = try JSONDecoder().decode([LocalDate].self, from: Data("[\"2027-01-12\"]".utf8))
        #expect(date == [try LocalDate(iso: "2027-01-12")])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([LocalTime].self, from: Data("[\"25:00\"]".utf8))
        }
    }
}
