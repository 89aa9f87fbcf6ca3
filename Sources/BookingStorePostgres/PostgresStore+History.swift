import Bookings
import PostgresNIO

extension PostgresStore {
    func policy(of venue: Slug) throws -> VenuePolicy {
        guard let id = try venueId(venue),
              let details = try session.value(String.self, "SELECT details::text FROM venuePolicy WHERE venueId = \(id)")
        else { return VenuePolicy(venue: venue) }
        return try JSONColumn.decode(VenuePolicy.self, details)
    }

    func save(_ policy: VenuePolicy) throws {
        let id = try require(venueId(policy.venue), "venue", policy.venue)
        if policy.isUnrestricted {
            try session.execute("DELETE FROM venuePolicy WHERE venueId = \(id)")
        } else {
            let details = try JSONColumn.encode(policy)
            try session.execute("""
                INSERT INTO venuePolicy (venueId, details) VALUES (\(id), \(details)::jsonb)
                ON CONFLICT (venueId) DO UPDATE SET details = excluded.details
                """)
        }
    }

    func history(booking: Int64?) throws -> [HistoryEntry] {
        let select = "SELECT id, at, actor, action, bookingId, venue, summary, reason, before::text, after::text FROM history"
        let rows = if let booking {
            try session.rows("\(unescaped: select) WHERE bookingId = \(booking) ORDER BY id")
        } else {
            try session.rows("\(unescaped: select) ORDER BY id")
        }
        return try rows.map(entry(from:))
    }

    private func entry(from row: PostgresRow) throws -> HistoryEntry {
        let (id, at, actor, actionName, bookingId, venue, summary, reason, before, after) = try session.decode(
            row, Int64.self, String.self, String.self, String.self, Int64?.self, String?.self, String.self, String.self,
            String?.self, String?.self)
        guard let action = HistoryEntry.Action(rawValue: actionName) else {
            throw PostgresStoreError.server("history entry \(id) has an unknown action \(actionName)")
        }
        var entry = HistoryEntry(id: id, at: .now, actor: actor, action: action, bookingID: bookingId,
                                 venue: venue.map(Slug.init(stored:)), summary: summary, reason: reason,
                                 before: try JSONColumn.decode(HistorySnapshot.self, before),
                                 after: try JSONColumn.decode(HistorySnapshot.self, after))
        entry.at = at
        return entry
    }

    @discardableResult
    func append(_ entry: HistoryEntry) throws -> HistoryEntry {
        let before = try entry.before.map(JSONColumn.encode), after = try entry.after.map(JSONColumn.encode)
        var saved = entry
        saved.id = try session.value(Int64.self, """
            INSERT INTO history (at, actor, action, bookingId, venue, summary, reason, before, after)
            VALUES (\(entry.at), \(entry.actor), \(entry.action.rawValue), \(entry.bookingID), \(entry.venue?.value),
                    \(entry.summary), \(entry.reason), \(before)::jsonb, \(after)::jsonb)
            RETURNING id
            """)
        return saved
    }
}
