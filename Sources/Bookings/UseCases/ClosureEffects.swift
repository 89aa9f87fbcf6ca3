import CivilTime

/// The dates of approved and tentative bookings a closure takes. Closures are applied where the
/// programme is expanded (feeds, pages, agenda), not written into bookings, so adding one changes no
/// booking; this says which ones it reaches, so that the administrator sees it and the groups can be told.
public enum ClosureEffects {
    public struct Hit: Sendable, Hashable {
        public var booking: Booking
        public var dates: [LocalDate]
    }

    /// Saves a new or changed closure and writes, in the same transaction, a message to each group whose
    /// dates it newly takes (for a changed closure, only the dates the old one did not take already).
    /// Returns the saved closure and every date it takes.
    public static func save(_ closure: Closure, replacing old: Closure?, in writer: any StoreWriter,
                            context: ChangeContext) throws -> (closure: Closure, hits: [Hit]) {
        try References(writer).check(closure.scope)
        let before = try old.map { try hits(of: $0, in: writer) } ?? []
        let saved = try writer.save(closure)
        let after = try hits(of: saved, in: writer)
        let known = Dictionary(before.map { ($0.booking.id ?? -1, Set($0.dates)) }, uniquingKeysWith: { $0.union($1) })
        let news = after.map { hit in (booking: hit.booking, dates: hit.dates.filter { !(known[hit.booking.id ?? -1] ?? []).contains($0) }) }
        try Notifier(writer, context: context).closed(saved, taking: news)
        return (saved, after)
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
