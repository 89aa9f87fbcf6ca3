import Bookings
import CivilTime
import ICalendar
import Testing

/// How one booking series becomes events: UID, SEQUENCE, STATUS, CLASS, EXDATE and RECURRENCE-ID.
@Suite struct FeedEventTests {
    func events(_ document: ICalendarDocument) -> [Component] { document.components(named: "VEVENT") }

    @Test func sequenceAndStatusFollowTheBooking() throws {
        var world = try MiniWorld()
        try world.book("Vaje", start: "2027-01-12T18:00", state: .tentative, sequence: 3)
        try world.book("Seja", start: "2027-01-13T18:00", state: .approved, sequence: 1)
        let events = events(try world.document(.venue(world.venue.slug)))
        #expect(events.map(\.uid) == ["booking-1@prostor.kranj.si", "booking-2@prostor.kranj.si"])
        #expect(events.map(\.sequence) == [3, 1])
        #expect(events.map(\.status) == ["TENTATIVE", "CONFIRMED"])
        #expect(events.map(\.timestamp) == [fixedStamp.timestamp, fixedStamp.timestamp])
    }

    @Test func aPrivateBookingIsBusyInPublicFeedsAndFullInItsGroupsFeed() throws {
        var world = try MiniWorld()
        try world.book("Svetovanje", start: "2027-01-12T18:00", isPublic: false, description: "Za družine")
        for scope in [FeedScope.all, .venue(world.venue.slug), .room(world.room.ref)] {
            let event = try #require(events(try world.document(scope)).first)
            #expect(event.summary == "Zasedeno / Booked")
            #expect(event.descriptionText == nil)
            #expect(event.classification == "PRIVATE")
            #expect(!(try world.text(scope)).contains("Turistično"), "group name leaks in \(scope)")
        }
        let own = try #require(events(try world.document(.group(world.group.slug))).first)
        #expect(own.summary == "Svetovanje")
        #expect(own.descriptionText == "Za družine\n\nSkupina: Turistično društvo Golnik")
        #expect(own.classification == "PRIVATE")
    }

    @Test func rejectedAndCancelledSeriesAreLeftOut() throws {
        var world = try MiniWorld()
        try world.book("Zavrnjeno", start: "2027-01-12T18:00", state: .rejected)
        try world.book("Odpovedano", start: "2027-01-13T18:00", state: .cancelled)
        try world.book("Potrjeno", start: "2027-01-14T18:00")
        #expect(events(try world.document(.all)).map(\.summary) == ["Potrjeno"])
    }

    @Test func aTitleWithLineBreaksCannotAddAProperty() throws {
        var world = try MiniWorld()
        try world.book("Vaje", start: "2027-01-12T18:00")
        // The domain refuses line breaks in titles; a feed must hold even if one comes from elsewhere.
        world.bookings[0].title = "Vaje\r\nSTATUS:CANCELLED\nX-EVIL:1"
        let text = try world.text(.all)
        #expect(text.contains("SUMMARY:Vaje\\nSTATUS:CANCELLED\\nX-EVIL:1\r\n"))
        let lines = text.split(separator: "\r\n")
        #expect(!lines.contains { $0.hasPrefix("STATUS:CANCELLED") || $0.hasPrefix("X-EVIL") })
        let event = try #require(events(try ICalendarReader().read(text)).first)
        #expect(event.status == "CONFIRMED")
        #expect(event.summary == "Vaje\nSTATUS:CANCELLED\nX-EVIL:1")
    }

    @Test func cancelledAndClosedDatesBecomeExdatesAndMovedOnesOverrides() throws {
        var world = try MiniWorld()
        world.closures = [try Closure(scope: .everywhere, firstDay: LocalDate(iso: "2027-02-08"), reason: "Prešernov dan"),
                          try Closure(scope: .venue(world.venue.slug), firstDay: LocalDate(iso: "2027-03-01"),
                                      hours: TimeRange(startMinute: 8 * 60, endMinute: 12 * 60), reason: "Čiščenje")]
        try world.book("Vaje", start: "2027-02-01T18:00", rule: "FREQ=WEEKLY;BYDAY=MO;UNTIL=20270315", exceptions: [
            OccurrenceException(originalDate: try LocalDate(iso: "2027-02-15"), change: .cancelled),
            OccurrenceException(originalDate: try LocalDate(iso: "2027-02-22"),
                                change: .moved(to: try LocalDateTime(iso: "2027-02-23T19:00"), room: nil)),
        ])
        let events = events(try world.document(.all))
        #expect(events.count == 2)
        let zone = "Europe/Ljubljana"
        #expect(events[0].exceptionDates == [.zoned(try LocalDateTime(iso: "2027-02-08T18:00"), zone: zone),
                                             .zoned(try LocalDateTime(iso: "2027-02-15T18:00"), zone: zone)])
        #expect(events[0].recurrenceRule == "FREQ=WEEKLY;UNTIL=20270315T225959Z;BYDAY=MO")
        #expect(events[1].recurrenceID == .zoned(try LocalDateTime(iso: "2027-02-22T18:00"), zone: zone))
        #expect(events[1].start == .zoned(try LocalDateTime(iso: "2027-02-23T19:00"), zone: zone))
        #expect(events[1].end == .zoned(try LocalDateTime(iso: "2027-02-23T21:00"), zone: zone))
        #expect(events[1].uid == events[0].uid)
        let agenda = try Feed(scope: .all, data: world.data).occurrences(from: LocalDate(iso: "2027-02-01"), through: LocalDate(iso: "2027-03-31"))
        #expect(agenda.map(\.occurrence.start.description) == ["2027-02-01T18:00", "2027-02-23T19:00", "2027-03-01T18:00", "2027-03-08T18:00", "2027-03-15T18:00"])
    }

    @Test func aSingleDateInAClosureLeavesNoEvent() throws {
        var world = try MiniWorld()
        world.closures = [try Closure(scope: .room(world.room.ref), firstDay: LocalDate(iso: "2027-02-08"), reason: "Prenova")]
        try world.book("Zbor", start: "2027-02-08T10:00", rule: nil)
        try world.book("Srečanje", start: "2027-02-09T10:00", rule: nil)
        let events = events(try world.document(.all))
        #expect(events.map(\.summary) == ["Srečanje"])
        #expect(events.first?.recurrenceRule == nil)
    }

    @Test func anOpenEndedRuleIsPublishedForTwoYearsAndSaysSo() throws {
        var world = try MiniWorld()
        try world.book("Vaje", start: "2027-01-12T18:00", rule: "FREQ=WEEKLY;BYDAY=TU")
        let event = try #require(events(try world.document(.all)).first)
        #expect(event.recurrenceRule == "FREQ=WEEKLY;UNTIL=20290112T225959Z;BYDAY=TU")
    }

    @Test func theCalendarNamesItselfAndItsZoneAndAsksForHourlyRefresh() throws {
        var world = try MiniWorld()
        try world.book("Vaje", start: "2027-01-12T18:00")
        let document = try world.document(.venue(world.venue.slug))
        #expect(document.property("X-WR-CALNAME")?.text == "KS Golnik – program")
        #expect(document.property("X-WR-TIMEZONE")?.text == "Europe/Ljubljana")
        #expect(document.property("METHOD")?.text == "PUBLISH")
        #expect(document.property("REFRESH-INTERVAL")?.value == .duration(CalendarDuration(hours: 1)))
        #expect(document.property("X-PUBLISHED-TTL")?.text == "PT1H")
        #expect(try world.document(.room(world.room.ref)).property("X-WR-CALNAME")?.text == "Velika dvorana, KS Golnik – program")
        let zones = try document.timeZones()
        #expect(zones.map(\.identifier) == ["Europe/Ljubljana"])
        #expect(zones.first?.observances.map(\.start.description) == ["2026-10-25T03:00", "2027-03-28T02:00"])
    }
}
