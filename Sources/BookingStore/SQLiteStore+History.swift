import Bookings
import GRDB

extension SQLiteStore {
    func policy(of venue: Slug) throws -> VenuePolicy {
        guard let id = try venueId(venue) else { return VenuePolicy(venue: venue) }
        return try VenuePolicyRecord.fetchOne(db, key: id)?.details ?? VenuePolicy(venue: venue)
    }

    func save(_ policy: VenuePolicy) throws {
        let id = try require(venueId(policy.venue), "venue", policy.venue)
        if policy.isUnrestricted {
            _ = try VenuePolicyRecord.deleteOne(db, key: id)
        } else {
            try VenuePolicyRecord(venueId: id, details: policy).save(db)
        }
    }

    func history(booking: Int64?) throws -> [HistoryEntry] {
        var request = HistoryRecord.order(Column("id"))
        if let booking { request = request.filter(HistoryRecord.Columns.bookingId == booking) }
        return try request.fetchAll(db).map { try $0.entry() }
    }

    @discardableResult
    func append(_ entry: HistoryEntry) throws -> HistoryEntry {
        var record = HistoryRecord(entry)
        record.id = nil
        try record.insert(db)
        var saved = entry
        saved.id = record.id
        return saved
    }
}
