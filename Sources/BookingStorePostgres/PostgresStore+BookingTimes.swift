import Bookings
import CivilTime
import Foundation

extension PostgresStore {
    func bookingTimes() throws -> [Int64: RecordTimes] {
        var result: [Int64: RecordTimes] = [:]
        // Whole seconds, since iCalendar date-times have no fractions (as in SQLite).
        for row in try session.rows("""
            SELECT id, floor(extract(epoch FROM createdAt))::bigint, floor(extract(epoch FROM modifiedAt))::bigint FROM booking
            """) {
            let (id, created, modified) = try session.decode(row, Int64.self, Int64.self, Int64.self)
            result[id] = RecordTimes(created: LocalDateTime(secondsSinceEpoch: created),
                                     modified: LocalDateTime(secondsSinceEpoch: modified))
        }
        return result
    }
}
