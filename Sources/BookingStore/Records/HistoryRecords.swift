import Foundation
import Bookings
import GRDB

/// A row of `venuePolicy`: the policy of one venue as a JSON document.
struct VenuePolicyRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "venuePolicy"

    var venueId: Int64
    var details: VenuePolicy
}

/// A row of `history`; rows are inserted, never updated or deleted.
struct HistoryRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "history"
    enum Columns {
        static let bookingId = Column(CodingKeys.bookingId)
    }

    var id: Int64?
    var at: String
    var actor: String
    var action: String
    var bookingId: Int64?
    var venue: String?
    var summary: String
    var reason: String
    var before: HistorySnapshot?
    var after: HistorySnapshot?

    init(_ entry: HistoryEntry) {
        id = entry.id
        at = entry.at
        actor = entry.actor
        action = entry.action.rawValue
        bookingId = entry.bookingID
        venue = entry.venue?.value
        summary = entry.summary
        reason = entry.reason
        before = entry.before
        after = entry.after
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    func entry() throws -> HistoryEntry {
        guard let action = HistoryEntry.Action(rawValue: action) else {
            throw DatabaseError(message: "history entry \(id ?? 0) has an unknown action \(action)")
        }
        var entry = HistoryEntry(id: id, at: .now, actor: actor, action: action, bookingID: bookingId,
                                 venue: venue.map(Slug.init(stored:)), summary: summary, reason: reason,
                                 before: before, after: after)
        entry.at = at
        return entry
    }
}
