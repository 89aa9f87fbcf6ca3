import CivilTime

/// The dates of approved and tentative bookings a closure takes. Closures are applied where the
/// programme is expanded (feeds, pages, agenda), not written into bookings, so adding one changes no
/// booking; this says which ones it reaches, so that the administrator sees it and the groups can be told.
public enum ClosureEffects {
    public struct Hit: Sendable, Hashable {
        public var booking: Booking
        public var dates: [LocalDate]
    }

    /// The bookings with dates in `closure`, in order of id, each with the dates it takes.
    public static func hits(of closure: Closure, in reader: any StoreReader) throws -> [Hit] {
        let rooms = try reader.rooms(in: nil)
        var zones: [Slug: ZoneRules] = [:]
        var hits: [Hit] = []
        for booking in try reader.bookings() where booking.state == .approved || booking.state == .tentative {
            let venue = booking.room.venue
            if zones[venue] == nil { zones[venue] = try References(reader).zone(of: venue) }
            let dates = try booking.occurrences(from: closure.firstDay, through: closure.lastDay, zone: zones[venue])
                .filter { occurrence in
                    // A date moved by hand stays where it was put, as in the feeds.
                    guard !occurrence.isMoved, let span = occurrence.span,
                          rooms.contains(where: { $0.ref == occurrence.room }) else { return false }
                    return closure.blocks(occurrence.room, on: occurrence.start.date, during: span)
                }
                .map(\.originalDate)
            if !dates.isEmpty { hits.append(Hit(booking: booking, dates: dates)) }
        }
        return hits
    }
}
