import Bookings
import CivilTime
import Foundation
import GRDB

extension SQLiteStore {
    func bookingTimes() throws -> [Int64: RecordTimes] {
        var result: [Int64: RecordTimes] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, createdAt, modifiedAt FROM booking") {
            let created: Date = row["createdAt"], modified: Date = row["modifiedAt"]
            result[row["id"]] = RecordTimes(created: Self.utc(created), modified: Self.utc(modified))
        }
        return result
    }

    /// Whole seconds, since iCalendar date-times have no fractions.
    private static func utc(_ date: Date) -> LocalDateTime {
        LocalDateTime(secondsSinceEpoch: Int64(date.timeIntervalSince1970.rounded(.down)))
    }
}
