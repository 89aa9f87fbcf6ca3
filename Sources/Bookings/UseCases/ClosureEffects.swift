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
        var zones: [Slug: ZoneRules] = [:]
        var hits: [Hit] = []
        for booking in try reader.bookings() where booking.state == .approved || booking.state == .tentative {
            let venue = booking.room.venue
            if zones[venue] == nil { zones[venue] = try References(reader).zone(of: venue) }
            // The dates the one expansion gives as closed by this closure: those it takes from every view.
            let dates = try BookingDates(booking, closures: [closure], zone: zones[venue])
                .dates(from: closure.firstDay, through: closure.lastDay)
                .compactMap { date -> LocalDate? in
                    guard case .closed = date.status else { return nil }
                    return date.occurrence.originalDate
                }
            if !dates.isEmpty { hits.append(Hit(booking: booking, dates: dates)) }
        }
        return hits
    }
}
