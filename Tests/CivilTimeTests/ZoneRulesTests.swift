import Testing

import CivilTime

@Suite("ZoneRules: RFC 5545 §3.3.5 local time in a zone")
struct ZoneRulesTests {
    let zone: ZoneRules

    init() throws {
        zone = try ZoneRules(identifier: "Europe/Ljubljana")
    }

    func utc(_ local: String) throws -> String {
        let instant = zone.utcSeconds(for: try LocalDateTime(iso: local))
        return LocalDateTime(secondsSinceEpoch: instant).description + "Z"
    }

    @Test func winterIsCETAndSummerIsCEST() throws {
        #expect(try utc("2027-01-12T18:00") == "2027-01-12T17:00Z")
        #expect(try utc("2027-07-13T18:00") == "2027-07-13T16:00Z")
        let summer = zone.utcSeconds(for: try LocalDateTime(iso: "2027-07-13T18:00"))
        #expect(zone.offsetSeconds(atUTC: summer) == 7_200)
        #expect(zone.abbreviation(atUTC: summer) == "CEST")
        #expect(zone.abbreviation(atUTC: summer - 180 * 86_400) == "CET")
        #expect(zone.isDaylightSaving(atUTC: summer))
    }

    @Test func nonExistentTimeMovesForwardByTheGap() throws {
        #expect(try utc("2027-03-28T02:30") == "2027-03-28T01:30Z")
        #expect(zone.rfc3339(try LocalDateTime(iso: "2027-03-28T02:30")) == "2027-03-28T03:30:00+02:00")
        #expect(try utc("2027-03-28T01:59:59") == "2027-03-28T00:59:59Z")
        #expect(try utc("2027-03-28T03:00") == "2027-03-28T01:00Z")
    }

    @Test func ambiguousTimeIsTheFirstInstant() throws {
        #expect(try utc("2027-10-31T02:30") == "2027-10-31T00:30Z")
        #expect(zone.rfc3339(try LocalDateTime(iso: "2027-10-31T02:30")) == "2027-10-31T02:30:00+02:00")
        #expect(try utc("2027-10-31T03:00") == "2027-10-31T02:00Z")
        #expect(try utc("2027-10-31T01:59") == "2027-10-30T23:59Z")
    }

    @Test func localFromUTCAppliesTheOffset() throws {
        let instant = zone.utcSeconds(for: try LocalDateTime(iso: "2027-10-31T02:30"))
        #expect(zone.localDateTime(fromUTC: instant).description == "2027-10-31T02:30")
        #expect(zone.localDateTime(fromUTC: instant + 3_600).description == "2027-10-31T02:30")
        #expect(zone.offsetSeconds(atUTC: instant + 3_600) == 3_600)
    }

    @Test func transitionsListTheChangesOfAYear() throws {
        let start = Int64(try LocalDate(iso: "2027-01-01").dayNumber) * 86_400
        let list = zone.transitions(fromUTC: start, toUTC: start + 365 * 86_400)
        #expect(list.count == 2)
        #expect(list.map(\.localStart.description) == ["2027-03-28T02:00", "2027-10-31T03:00"])
        #expect(list.map(\.abbreviation) == ["CEST", "CET"])
        #expect(list.map(\.offsetAfter) == [7_200, 3_600])
        #expect(list.map(\.isDaylightSaving) == [true, false])
    }

    @Test func farFutureRepeatsTheGregorianCycle() throws {
        #expect(try utc("2612-03-29T02:30") == "2612-03-29T01:30Z")  // last Sunday of March 2612: a gap
        #expect(try utc("2612-03-29T01:30") == "2612-03-29T00:30Z")
        #expect(try utc("2612-03-29T03:30") == "2612-03-29T01:30Z")
        #expect(try utc("2612-07-01T12:00") == "2612-07-01T10:00Z")
        let start = Int64(try LocalDate(iso: "2700-01-01").dayNumber) * 86_400
        let list = zone.transitions(fromUTC: start, toUTC: start + 365 * 86_400)
        #expect(list.map(\.localStart.description) == ["2700-03-25T02:00", "2700-10-28T03:00"])
    }

    @Test func converterAgreesWithDirectLookup() throws {
        var converter = zone.makeConverter()
        var local = try LocalDateTime(iso: "2026-01-01T00:00")
        for _ in 0..<(3 * 365 * 24 * 4) {
            #expect(converter.utcSeconds(for: local) == zone.utcSeconds(for: local))
            local = local.adding(minutes: 15)
        }
    }

    @Test func unknownZoneIsNamed() {
        #expect(throws: CivilTimeError(
            message: "unknown time zone \"Europe/Kranj\": expected an IANA identifier such as Europe/Ljubljana")
        ) {
            try ZoneRules(identifier: "Europe/Kranj")
        }
    }

    @Test func rfc3339FormatsOffsets() throws {
        let utcZone = try ZoneRules(identifier: "UTC")
        #expect(utcZone.rfc3339(try LocalDateTime(iso: "2027-03-30T18:00")) == "2027-03-30T18:00:00+00:00")
        #expect(zone.rfc3339(try LocalDateTime(iso: "2027-03-30T18:00")) == "2027-03-30T18:00:00+02:00")
        let india = try ZoneRules(identifier: "Asia/Kolkata")
        #expect(india.rfc3339(try LocalDateTime(iso: "2027-03-30T18:00")) == "2027-03-30T18:00:00+05:30")
        let newYork = try ZoneRules(identifier: "America/New_York")
        #expect(newYork.rfc3339(try LocalDateTime(iso: "2027-01-30T18:00:05")) == "2027-01-30T18:00:05-05:00")
    }
}
