import CivilTime
import ICalendar
import Recurrence

/// What a feed needs beyond the data: the host in its UIDs and the time it is written (DTSTAMP).
public struct FeedOptions: Sendable {
    /// The host part of every UID, `booking-<id>@<host>`; keep it for the life of an installation.
    public var host: String
    /// DTSTAMP: when the feed is written, in UTC. Injected so that the same data gives the same bytes.
    public var timestamp: LocalDateTime
    public var productID: String

    public static let defaultHost = "prostor.local"

    public init(host: String = FeedOptions.defaultHost, timestamp: LocalDateTime,
                productID: String = "-//Prostor//Prostor feeds 1.0//SL") {
        self.host = host
        self.timestamp = timestamp
        self.productID = productID
    }
}

extension Feed {
    /// The feed as an iCalendar document: one VEVENT per series (RRULE, EXDATE for cancelled and closed
    /// dates), one VEVENT with RECURRENCE-ID per moved occurrence, one VEVENT of its own per occurrence
    /// moved here from another room's series, and one VTIMEZONE per zone used.
    public func document(_ options: FeedOptions) throws -> ICalendarDocument {
        var document = ICalendarDocument(productID: options.productID, name: name)
        document.properties += [
            Property(name: "METHOD", text: "PUBLISH"),
            Property(name: "X-WR-TIMEZONE", text: timeZone),
            // Google reads neither, Apple and Outlook read one each; an hour keeps a moved date fresh.
            Property(name: "REFRESH-INTERVAL", value: .duration(CalendarDuration(hours: 1))),
            Property(name: "X-PUBLISHED-TTL", text: "PT1H"),
        ]
        var spans: [String: (zone: ZoneRules, first: Int64, last: Int64)] = [:]
        var events: [Component] = []
        for (item, visiting) in series.map({ ($0, false) }) + visitors.map({ ($0, true) }) {
            let writer = SeriesWriter(series: item, look: FeedLook(series: item, scope: scope), options: options)
            guard let written = try visiting ? writer.visits(self) : writer.events() else { continue }
            events += written.events
            let known = spans[item.zone.identifier]
            spans[item.zone.identifier] = (item.zone, min(known?.first ?? .max, written.first), max(known?.last ?? .min, written.last))
        }
        for identifier in spans.keys.sorted() {
            guard let span = spans[identifier] else { continue }
            document.components.append(Component.timeZone(span.zone, covering: span.first...span.last))
        }
        document.components += events
        return document
    }

    /// The feed as UTF-8 iCalendar text, ready to serve as `text/calendar; charset=utf-8`.
    public func calendarBytes(_ options: FeedOptions) throws -> [UInt8] {
        try ICalendarWriter.bytes(document(options))
    }
}

/// Writes one series' events.
struct SeriesWriter {
    let series: FeedSeries
    let look: FeedLook
    let options: FeedOptions

    /// The master event and its overrides, with the first and last UTC instant they cover; nil when
    /// nothing of the series is left (every date cancelled or closed).
    func events() throws -> (events: [Component], first: Int64, last: Int64)? {
        let booking = series.booking
        guard let id = booking.id else {
            throw InvalidValue(record: "booking \"\(booking.title)\"", field: "id", value: "", rule: "must be stored before it is published")
        }
        let uid = "booking-\(id)@\(options.host)"
        let life = try series.lifetime()
        guard let lastOccurrence = life.occurrences.last else { return nil }
        var first = series.zone.utcSeconds(for: booking.start)
        var last = series.zone.utcSeconds(for: lastOccurrence.end)
        guard let rule = series.rule else {
            // A single date has no rule to take exceptions, so it is written where it takes place.
            let occurrence = lastOccurrence
            first = min(first, series.zone.utcSeconds(for: occurrence.start))
            return ([event(uid: uid, start: occurrence.start, end: occurrence.end, place: series.place(of: occurrence))], first, last)
        }
        var master = event(uid: uid, start: booking.start, end: booking.start.adding(minutes: booking.durationMinutes),
                           place: FeedSeries.Place(room: series.room, venue: series.venue))
        master.append(Property(name: "RRULE", value: .recur(publishedRule(rule, lastDay: series.lastDay))))
        var excluded = Set(life.closedDates)
        if let lastClosed = life.closedDates.last {
            let end = LocalDateTime(date: lastClosed, time: booking.start.time).adding(minutes: booking.durationMinutes)
            last = max(last, series.zone.utcSeconds(for: end))
        }
        var overrides: [Component] = []
        for exception in booking.exceptions {
            let original = LocalDateTime(date: exception.originalDate, time: booking.start.time)
            last = max(last, series.zone.utcSeconds(for: original.adding(minutes: booking.durationMinutes)))
            switch exception.change {
            case .cancelled: excluded.insert(exception.originalDate)
            case .moved:
                guard let occurrence = life.occurrences.first(where: { $0.isMoved && $0.originalDate == exception.originalDate }) else { continue }
                first = min(first, series.zone.utcSeconds(for: occurrence.start))
                var override = event(uid: uid, start: occurrence.start, end: occurrence.end, place: series.place(of: occurrence))
                override.append(Property(name: "RECURRENCE-ID", value: .dateTime([original], .zone(series.zone.identifier))))
                overrides.append(override)
            }
        }
        if !excluded.isEmpty {
            let times = excluded.sorted().map { LocalDateTime(date: $0, time: booking.start.time) }
            master.append(Property(name: "EXDATE", value: .dateTime(times, .zone(series.zone.identifier))))
        }
        return ([master] + overrides, first, last)
    }

    /// The series' occurrences moved into `feed`'s rooms, each a single event. The feed does not carry the
    /// series, so an override (RECURRENCE-ID) would have no master; the UID names the booking and the
    /// date the rule gives the occurrence (`booking-7-2027-03-16@host`), so it stays put across feeds.
    func visits(_ feed: Feed) throws -> (events: [Component], first: Int64, last: Int64)? {
        guard let id = series.booking.id else { return nil }
        let moved = try series.lifetime().occurrences.filter(feed.visits)
        guard let firstOccurrence = moved.first, let lastOccurrence = moved.last else { return nil }
        let events = moved.map { occurrence in
            event(uid: "booking-\(id)-\(occurrence.originalDate)@\(options.host)", start: occurrence.start, end: occurrence.end,
                  place: series.place(of: occurrence))
        }
        return (events, series.zone.utcSeconds(for: firstOccurrence.start), series.zone.utcSeconds(for: lastOccurrence.end))
    }

    /// An event's properties in a fixed order, appended directly: a large feed has tens of thousands,
    /// and looking each name up first (as the typed setters do) costs a tenth of the feed's time.
    private func event(uid: String, start: LocalDateTime, end: LocalDateTime, place: FeedSeries.Place) -> Component {
        let zone = series.zone.identifier
        var properties = [
            Property(name: "UID", text: uid),
            Property(name: "DTSTAMP", value: .dateTime([options.timestamp], .utc)),
            Property(name: "DTSTART", value: .dateTime([start], .zone(zone))),
            Property(name: "DTEND", value: .dateTime([end], .zone(zone))),
        ]
        if let times = series.times {
            properties.append(Property(name: "CREATED", value: .dateTime([times.created], .utc)))
            properties.append(Property(name: "LAST-MODIFIED", value: .dateTime([times.modified], .utc)))
        }
        properties.append(Property(name: "SEQUENCE", value: .integer(series.booking.sequence)))
        properties.append(Property(name: "SUMMARY", text: look.summary))
        if let description = look.description { properties.append(Property(name: "DESCRIPTION", text: description)) }
        properties += [
            Property(name: "LOCATION", text: place.location),
            Property(name: "STATUS", text: look.status),
            Property(name: "CLASS", text: look.classification),
        ]
        return Component(name: "VEVENT", properties: properties)
    }

    /// The rule as RFC 5545 requires it beside a DTSTART with TZID: UNTIL in UTC (a date or local UNTIL is
    /// taken to the end of that day in the venue's zone, which gives the same dates); an open-ended rule
    /// ends where the feed stops publishing it.
    private func publishedRule(_ rule: RecurrenceRule, lastDay: LocalDate) -> String {
        let zone = series.zone
        let endOfDay = LocalTime(secondOfDay: 86_399)
        // The feed publishes no date the expansion leaves out: an UNTIL stored before the bounds
        // (99991231) ends on the series' last day, as `FeedSeries.lastDay` does.
        let last = LocalDateTime(date: lastDay, time: endOfDay)
        var until: RecurrenceRule.Until?
        switch rule.until {
        case .date(let date)?: until = .utc(utc(min(LocalDateTime(date: date, time: endOfDay), last), zone))
        case .local(let time)?: until = .utc(utc(min(time, last), zone))
        case .utc(let time)?: until = time > utc(last, zone) ? .utc(utc(last, zone)) : nil
        case nil: until = rule.count == nil ? .utc(utc(last, zone)) : nil
        }
        // Only UNTIL changes, and a valid rule with an UNTIL or without a COUNT stays valid with a
        // UTC one, so the rule as stored is the fallback that cannot be reached.
        guard let until, let published = try? rule.replacingUntil(with: until) else { return rule.description }
        return published.description
    }

    private func utc(_ local: LocalDateTime, _ zone: ZoneRules) -> LocalDateTime {
        LocalDateTime(secondsSinceEpoch: zone.utcSeconds(for: local))
    }
}
