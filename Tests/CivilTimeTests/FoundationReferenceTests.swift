import CivilTime
import Foundation
import Testing

/// Foundation's Calendar and TimeZone are slow but independent: the reference model for the integer code.
@Suite("Civil arithmetic and zone offsets agree with Foundation")
struct FoundationReferenceTests {
    @Test func calendarFieldsAndIsoWeeksMatchFoundation() throws {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        var generator = SplitMix(seed: 2027)
        for _ in 0..<20_000 {
            let dayNumber = Int(generator.next() % 200_000) - 80_000
            let date = LocalDate(dayNumber: dayNumber)
            let reference = calendar.dateComponents(
                [.year, .month, .day, .weekday, .weekOfYear, .yearForWeekOfYear],
                from: Date(timeIntervalSince1970: Double(dayNumber) * 86_400))
            #expect(date.year == reference.year)
            #expect(date.month == reference.month)
            #expect(date.day == reference.day)
            #expect(date.weekday.rawValue == ((reference.weekday ?? 0) + 5) % 7 + 1)
            #expect(date.isoWeek.week == reference.weekOfYear)
            #expect(date.isoWeek.year == reference.yearForWeekOfYear)
        }
    }

    @Test(arguments: ["Europe/Ljubljana", "America/Sao_Paulo", "Australia/Lord_Howe", "Asia/Tehran"])
    func offsetsMatchFoundationFrom1900To2500(identifier: String) throws {
        let zone = try ZoneRules(identifier: identifier)
        let reference = try #require(TimeZone(identifier: identifier))
        var generator = SplitMix(seed: 5545)
        let first: Int64 = -2_208_988_800  // 1900-01-01
        let span: UInt64 = 600 * 31_556_952
        for _ in 0..<20_000 {
            let instant = first + Int64(generator.next() % span)
            let expected = reference.secondsFromGMT(for: Date(timeIntervalSince1970: Double(instant)))
            #expect(zone.offsetSeconds(atUTC: instant) == expected, "at \(instant)")
            let local = zone.localDateTime(fromUTC: instant)
            // Every civil time read off a real instant exists, so it converts back to itself (a fold's
            // earlier instant shows the same civil time).
            #expect(zone.localDateTime(fromUTC: zone.utcSeconds(for: local)) == local)
        }
    }
}

/// A small deterministic generator, so failures reproduce.
struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
