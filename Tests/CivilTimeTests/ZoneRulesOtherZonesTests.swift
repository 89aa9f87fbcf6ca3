import CivilTime
import Testing

@Suite("ZoneRules: other zones, far past and far future")
struct ZoneRulesOtherZonesTests {
    @Test(arguments: ["Australia/Sydney", "America/New_York", "America/St_Johns", "Asia/Kolkata", "UTC"])
    func converterAgreesWithDirectLookupAroundTheYear(identifier: String) throws {
        let zone = try ZoneRules(identifier: identifier)
        var converter = zone.makeConverter()
        var local = try LocalDateTime(iso: "2027-01-01T00:00")
        for _ in 0..<(366 * 48) {
            let instant = zone.utcSeconds(for: local)
            #expect(converter.utcSeconds(for: local) == instant)
            #expect(zone.localDateTime(fromUTC: instant) >= local)
            local = local.adding(minutes: 30)
        }
    }

    @Test func namesComeFromTheDatabase() throws {
        let newYork = try ZoneRules(identifier: "America/New_York")
        let winter = newYork.utcSeconds(for: try LocalDateTime(iso: "2027-01-15T12:00"))
        let summer = newYork.utcSeconds(for: try LocalDateTime(iso: "2027-07-15T12:00"))
        #expect(newYork.abbreviation(atUTC: winter) == "EST")
        #expect(newYork.abbreviation(atUTC: summer) == "EDT")
        #expect(newYork.offsetSeconds(atUTC: summer) == -4 * 3600)
    }

    @Test func southernHemisphereGapMovesForward() throws {
        let sydney = try ZoneRules(identifier: "Australia/Sydney")
        // Clocks go from 02:00 to 03:00 on the first Sunday of October.
        #expect(sydney.rfc3339(try LocalDateTime(iso: "2027-10-03T02:30")) == "2027-10-03T03:30:00+11:00")
        #expect(sydney.rfc3339(try LocalDateTime(iso: "2027-04-04T02:30")) == "2027-04-04T02:30:00+11:00")
    }

    @Test func beforeTheTableTheOffsetOf1900Holds() throws {
        let zone = try ZoneRules(identifier: "Europe/Ljubljana")
        #expect(zone.rfc3339(try LocalDateTime(iso: "1850-06-01T12:00")) == "1850-06-01T12:00:00+01:00")
    }

    @Test func transitionsAcrossTheCycleBoundaryAreContinuous() throws {
        let zone = try ZoneRules(identifier: "Europe/Ljubljana")
        let start = Int64(try LocalDate(iso: "2498-01-01").dayNumber) * 86_400
        let list = zone.transitions(fromUTC: start, toUTC: start + 4 * 365 * 86_400)
        #expect(list.count == 8)
        #expect(list.map(\.localStart.date.description) == [
            "2498-03-30", "2498-10-26", "2499-03-29", "2499-10-25", "2500-03-28", "2500-10-31", "2501-03-27", "2501-10-30",
        ])
        #expect(zip(list, list.dropFirst()).allSatisfy { $0.offsetAfter == $1.offsetBefore })
    }
}
