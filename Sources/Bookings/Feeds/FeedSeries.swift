import CivilTime
import Recurrence

/// One booking series as feeds and agendas see it: the booking with its room, venue, zone and the
/// closures that can touch it.
///
/// `expansion(from:through:)` is what a subscriber sees, read from `BookingDates` (the one expansion
/// that pages, conflicts and the usage report read too); the iCalendar event is written from it
/// (EXDATEs for closed dates, the span of the VTIMEZONE) and the agenda prints it.
public struct FeedSeries: Sendable {
    public let booking: Booking
    public let room: Room
    public let venue: Venue
    public let zone: ZoneRules
    /// CREATED and LAST-MODIFIED, when the store knows them.
    public let times: RecordTimes?
    /// The group's name, shown in descriptions.
    public let groupName: String
    /// The rooms occurrences were moved to, with their venues.
    let movedTo: [RoomRef: Place]
    /// The booking's dates with the closures of its room, its rule parsed once.
    public let dates: BookingDates
    /// The booking's rule; nil for a single date.
    public var rule: RecurrenceRule? { dates.recurrence.rule }
    /// The last date on which the series can take place: the rule's UNTIL or COUNT, or `openEndedDays`
    /// after the start; later when an occurrence was moved past it.
    public let lastDay: LocalDate

    /// A room with its venue, as LOCATION names it.
    public struct Place: Hashable, Sendable {
        public var room: Room
        public var venue: Venue

        /// "Velika dvorana, KS Golnik, Golnik 45, 4204 Golnik".
        public var location: String {
            ([room.name, venue.name] + (venue.address.isEmpty ? [] : [venue.address])).joined(separator: ", ")
        }
    }

    /// Where an occurrence takes place: the booking's room, or the one it was moved to.
    public func place(of occurrence: Occurrence) -> Place {
        movedTo[occurrence.room] ?? Place(room: room, venue: venue)
    }

    /// The occurrences in a window and the dates of the rule dropped because a closure blocks them.
    public struct Expansion: Sendable {
        /// In order of start: the rule's occurrences less cancelled and closed ones, moved ones at their new place.
        public var occurrences: [Occurrence]
        /// Dates the rule gives that are neither cancelled nor moved but fall in a closure; EXDATEs in the feed.
        public var closedDates: [LocalDate]
    }

    init(booking: Booking, data: FeedData, zones: inout [String: ZoneRules]) throws {
        guard let room = data.rooms[booking.room] else { throw NotFound(kind: "room", key: booking.room.description) }
        guard let venue = data.venues[booking.room.venue] else { throw NotFound(kind: "venue", key: booking.room.venue.value) }
        self.booking = booking
        self.room = room
        self.venue = venue
        if let known = zones[venue.timeZone] {
            zone = known
        } else {
            zone = try References.zoneRules(of: venue)
            zones[venue.timeZone] = zone
        }
        times = booking.id.flatMap { data.times[$0] }
        groupName = data.groups[booking.group]?.name ?? booking.group.value
        var movedTo: [RoomRef: Place] = [:]
        for exception in booking.exceptions {
            guard case .moved(_, let ref?) = exception.change, ref != booking.room else { continue }
            guard let other = data.rooms[ref], let otherVenue = data.venues[ref.venue] else {
                throw NotFound(kind: "room", key: ref.description)
            }
            movedTo[ref] = Place(room: other, venue: otherVenue)
        }
        self.movedTo = movedTo
        let set = try booking.recurrenceSet(zone: zone)
        dates = BookingDates(booking, closures: data.closures, recurrence: set)
        lastDay = Self.lastDay(of: booking, set: set)
    }

    /// What a subscriber sees on the days `from` through `through`: the dates that take place, and the
    /// closed ones for EXDATE. An occurrence moved by hand stays where it was put.
    public func expansion(from: LocalDate, through: LocalDate) throws(InvalidValue) -> Expansion {
        var result = Expansion(occurrences: [], closedDates: [])
        for date in dates.dates(from: from, through: through) {
            switch date.status {
            case .takesPlace: result.occurrences.append(date.occurrence)
            case .closed: result.closedDates.append(date.occurrence.originalDate)
            case .cancelled: break
            }
        }
        return result
    }

    /// The whole life of the series: from its start to its last possible date.
    public func lifetime() throws(InvalidValue) -> Expansion {
        try expansion(from: booking.start.date, through: lastDay)
    }

    /// Series without an end are published for this many days from their start (and the feed's RRULE says
    /// so with an UNTIL), since a feed must name its time-zone rules for every date it covers.
    public static let openEndedDays = 2 * 366

    static func lastDay(of booking: Booking, set: RecurrenceSet) -> LocalDate {
        let moved = booking.exceptions.compactMap { exception -> LocalDate? in
            if case .moved(let target, _) = exception.change { target.date } else { nil }
        }
        var ruleEnd = booking.start.date
        if let rule = set.rule {
            switch rule.until {
            case .date(let date)?: ruleEnd = date
            case .local(let time)?: ruleEnd = time.date
            // A UTC instant can fall on the next civil day east of Greenwich.
            case .utc(let time)?: ruleEnd = time.date.adding(days: 1)
            case nil:
                if rule.count != nil {
                    let dates = set.occurrences(from: booking.start, to: booking.horizon).prefix(RecurrenceRule.maximumCount)
                    for occurrence in dates { ruleEnd = occurrence.date }
                } else {
                    ruleEnd = booking.start.date.adding(days: openEndedDays - 1)
                }
            }
        }
        // No later than `BookingDates` expands, for a rule stored before the bounds: ten years from the
        // start (UNTIL=99991231), and the day of the last date it expands (FREQ=MINUTELY).
        ruleEnd = min(ruleEnd, booking.horizon.date.adding(days: -1))
        if set.rule != nil {
            let window = set.occurrences(from: booking.start, to: LocalDateTime(date: ruleEnd.adding(days: 1), time: .midnight))
            var beyondCount = window.dropFirst(RecurrenceRule.maximumCount - 1).makeIterator()
            if let last = beyondCount.next() { ruleEnd = last.date }
        }
        return ([ruleEnd] + moved).max() ?? ruleEnd
    }
}

extension References {
    /// The time-zone rules of a venue already read, with the error `zone(of:)` gives.
    static func zoneRules(of venue: Venue) throws(InvalidValue) -> ZoneRules {
        do {
            return try ZoneRules(identifier: venue.timeZone)
        } catch {
            throw InvalidValue(record: "venue \"\(venue.name)\"", field: "timezone", value: venue.timeZone, rule: error.message)
        }
    }
}
