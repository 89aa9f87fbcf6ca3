import CivilTime
import ICalendar
import Testing

@Suite("RFC 5545 §3.6.5 VTIMEZONE from the time-zone database")
struct TimeZoneTests {
    func lines(_ component: Component) throws -> [String] {
        physicalLines(try ICalendarWriter.write(component)).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func springTermHasTheOpeningStandardTimeAndOneChangeToSummerTime() throws {
        let span = ljubljanaUTC("2027-01-11T00:00")...ljubljanaUTC("2027-06-20T23:59")
        let zone = Component.timeZone(ljubljana, covering: span)
        #expect(zone.components.filter { $0.name == "DAYLIGHT" }.count == 1)
        #expect(try lines(zone) == [
            "BEGIN:VTIMEZONE", "TZID:Europe/Ljubljana",
            "BEGIN:STANDARD", "DTSTART:20261025T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
            "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:20270328T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
            "END:DAYLIGHT",
            "END:VTIMEZONE",
        ])
    }

    @Test func threeYearsHaveAllSixChanges() throws {
        let span = ljubljanaUTC("2026-01-01T00:00")...ljubljanaUTC("2028-12-31T23:59")
        let zone = try TimeZoneDefinition(Component.timeZone(ljubljana, covering: span))
        let changes = zone.observances.dropFirst()
        #expect(changes.map(\.start) == [
            civil("2026-03-29T02:00"), civil("2026-10-25T03:00"), civil("2027-03-28T02:00"),
            civil("2027-10-31T03:00"), civil("2028-03-26T02:00"), civil("2028-10-29T03:00"),
        ])
        #expect(changes.map(\.kind) == [.daylight, .standard, .daylight, .standard, .daylight, .standard])
        #expect(changes.map(\.name) == ["CEST", "CET", "CEST", "CET", "CEST", "CET"])
        #expect(zone.observances.first == Observance(
            kind: .standard, start: civil("2025-10-26T03:00"), offsetFrom: 7200, offsetTo: 3600, name: "CET"))
    }

    @Test func everyPartAgreesWithTheZoneRulesAtItsInstant() throws {
        let span = ljubljanaUTC("2026-01-01T00:00")...ljubljanaUTC("2036-12-31T23:59")
        let zone = try TimeZoneDefinition(Component.timeZone(ljubljana, covering: span))
        #expect(zone.observances.count == 23)
        for observance in zone.observances {
            let instant = observance.start.secondsSinceEpoch - Int64(observance.offsetFrom)
            #expect(ljubljana.offsetSeconds(atUTC: instant) == observance.offsetTo)
            #expect(ljubljana.offsetSeconds(atUTC: instant - 1) == observance.offsetFrom)
            #expect(ljubljana.abbreviation(atUTC: instant) == observance.name)
        }
    }

    @Test func spanStartingAtAChangeNeedsNoOpeningPart() throws {
        let change = ljubljanaUTC("2027-03-28T03:00")
        let zone = try TimeZoneDefinition(Component.timeZone(ljubljana, covering: change...(change + 86_400)))
        #expect(zone.observances == [
            Observance(kind: .daylight, start: civil("2027-03-28T02:00"), offsetFrom: 3600, offsetTo: 7200, name: "CEST"),
        ])
    }

    @Test func spanEndingAtAChangeIncludesIt() throws {
        let change = ljubljanaUTC("2027-03-28T03:00")
        let zone = try TimeZoneDefinition(Component.timeZone(ljubljana, covering: (change - 86_400)...change))
        #expect(zone.observances.map(\.kind) == [.standard, .daylight])
    }

    @Test func zoneWithoutChangesHasOneFixedPart() throws {
        let zone = try TimeZoneDefinition(
            try Component.timeZone(identifier: "UTC", covering: ljubljanaUTC("2027-01-11T00:00")...ljubljanaUTC("2027-06-20T00:00")))
        #expect(zone.observances.count == 1)
        #expect(zone.observances.first?.start == civil("1970-01-01T00:00"))
        #expect(zone.observances.first?.offsetFrom == 0)
        #expect(zone.observances.first?.offsetTo == 0)
    }

    @Test func unknownZoneIsReported() {
        #expect(throws: ICalendarError(
            message: "unknown time zone \"Europe/Golnik\": expected an IANA identifier such as Europe/Ljubljana")) {
            try Component.timeZone(identifier: "Europe/Golnik", covering: 0...1)
        }
    }

    @Test func readerGivesTheTypedDefinitionBack() throws {
        let span = ljubljanaUTC("2027-01-11T00:00")...ljubljanaUTC("2027-12-20T00:00")
        let written = Component.timeZone(ljubljana, covering: span)
        let text = try ICalendarWriter.write(ICalendarDocument(components: [written]))
        let read = try ICalendarReader().read(text).timeZones()
        #expect(read == [try TimeZoneDefinition(written)])
        #expect(read.first?.identifier == "Europe/Ljubljana")
        #expect(read.first?.observances.count == 3)
    }

    @Test func ruleBasedDefinitionFromAnotherProducerIsRead() throws {
        let text = """
            BEGIN:VCALENDAR\r
            BEGIN:VTIMEZONE\r
            TZID:Europe/Ljubljana\r
            BEGIN:DAYLIGHT\r
            DTSTART:19810329T020000\r
            RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r
            TZOFFSETFROM:+0100\r
            TZOFFSETTO:+0200\r
            TZNAME:CEST\r
            END:DAYLIGHT\r
            BEGIN:STANDARD\r
            DTSTART:19961027T030000\r
            RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r
            TZOFFSETFROM:+0200\r
            TZOFFSETTO:+0100\r
            END:STANDARD\r
            END:VTIMEZONE\r
            END:VCALENDAR\r

            """
        let zone = try ICalendarReader().read(text).timeZones()
        #expect(zone.first?.observances.map(\.recurrenceRule) == [
            "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        ])
        #expect(zone.first?.observances.last?.name == nil)
    }

    @Test func definitionWithoutOffsetsIsRefused() throws {
        let part = Component(name: "STANDARD", properties: [
            Property(name: "DTSTART", value: .dateTime([civil("2026-10-25T03:00")], .floating)),
            Property(name: "TZOFFSETFROM", value: .utcOffset(7200)),
        ])
        let zone = Component(name: "VTIMEZONE", properties: [Property(name: "TZID", text: "Europe/Ljubljana")], components: [part])
        #expect(throws: ICalendarError(message: "VTIMEZONE Europe/Ljubljana, STANDARD: TZOFFSETTO is missing")) {
            try TimeZoneDefinition(zone)
        }
    }
}
