import CivilTime
import ICalendar

/// The calendar attached to a message about a booking: RFC 5546 iTIP, so that a group's own calendar
/// takes the change. METHOD:REQUEST carries the series as the group's feed publishes it (the same UID,
/// SEQUENCE, rule, EXDATEs and moved dates); METHOD:CANCEL names the whole series, or only the dates
/// that no longer take place (RECURRENCE-ID), with the same UID and SEQUENCE.
enum NoticeCalendar {
    enum Method: String { case request = "REQUEST", cancel = "CANCEL" }

    /// The document, or nil when nothing of the booking is left to show (every date cancelled or closed).
    static func document(_ method: Method, booking: Booking, onlyDates: [LocalDate]? = nil, data: FeedData,
                         host: String, organizer: String, attendee: String, at stamp: LocalDateTime) throws -> String? {
        // A rejected or cancelled booking is in no feed; it is written as the feed had it, then cancelled.
        var shown = booking
        if shown.state != .tentative && shown.state != .approved { shown.state = .approved }
        var scoped = data
        scoped.bookings = [shown]
        let feed = try Feed(scope: .group(booking.group), data: scoped)
        var document = try feed.document(FeedOptions(host: host, timestamp: stamp, productID: "-//Prostor//Prostor messages 1.0//SL"))
        document.properties.removeAll { ["METHOD", "REFRESH-INTERVAL", "X-PUBLISHED-TTL", "X-WR-CALNAME", "NAME"].contains($0.name) }
        document.properties.append(Property(name: "METHOD", text: method.rawValue))
        let people = [Property(name: "ORGANIZER", value: .calAddress("mailto:" + organizer)),
                      Property(name: "ATTENDEE", parameters: [Parameter(name: "PARTSTAT", value: "ACCEPTED")],
                               value: .calAddress("mailto:" + attendee))]
        let zones = document.components.filter { $0.name == "VTIMEZONE" }
        var events = document.components.filter { $0.name == "VEVENT" }
        guard let master = events.first(where: { $0.property("RECURRENCE-ID") == nil }) ?? events.first else { return nil }
        switch (method, onlyDates) {
        case (.request, _):
            events = events.map { event in
                var event = event
                people.forEach { event.append($0) }
                return event
            }
        case (.cancel, nil):
            var whole = master
            whole.set("STATUS", .text(["CANCELLED"]))
            people.forEach { whole.append($0) }
            events = [whole]
        case (.cancel, let dates?):
            guard let zone = master.property("DTSTART").flatMap(zoneIdentifier) else { return nil }
            events = dates.map { date in
                let original = LocalDateTime(date: date, time: booking.start.time)
                var instance = Component(name: "VEVENT")
                for name in ["UID", "DTSTAMP"] { if let property = master.property(name) { instance.append(property) } }
                instance.append(Property(name: "RECURRENCE-ID", value: .dateTime([original], .zone(zone))))
                instance.append(Property(name: "DTSTART", value: .dateTime([original], .zone(zone))))
                instance.append(Property(name: "DTEND", value: .dateTime([original.adding(minutes: booking.durationMinutes)], .zone(zone))))
                if let sequence = master.property("SEQUENCE") { instance.append(sequence) }
                if let summary = master.property("SUMMARY") { instance.append(summary) }
                instance.append(Property(name: "STATUS", text: "CANCELLED"))
                people.forEach { instance.append($0) }
                return instance
            }
        }
        document.components = zones + events
        return String(decoding: try ICalendarWriter.bytes(document), as: UTF8.self)
    }

    private static func zoneIdentifier(_ property: Property) -> String? {
        if case .dateTime(_, .zone(let identifier)) = property.value { return identifier }
        return nil
    }
}
