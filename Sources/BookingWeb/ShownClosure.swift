import Bookings
import CivilTime

/// A closure of the venue or of one of its rooms, as the pages name it.
struct ShownClosure: Sendable {
    let firstDay: LocalDate
    let lastDay: LocalDate
    let hours: TimeRange?
    let reason: String
    /// Nil when the whole venue is closed (the closure covers the venue or every venue).
    let room: RoomRef?

    func covers(_ date: LocalDate) -> Bool { firstDay <= date && date <= lastDay }

    /// Whether a page of `room` shows it: closures of the whole venue and of that room.
    func concerns(_ room: RoomRef) -> Bool { self.room.map { $0 == room } ?? true }
}

extension ShownClosure {
    /// The line a page shows: "Zaprto: 8. 2. 2027 — Prešernov dan" or "Zaprto: Kuhinja, 10. 3. 2027,
    /// 15.00–18.00 — Inšpekcijski pregled". Under a day's own heading the dates are left out:
    /// "Zaprto — Prešernov dan".
    func text(format: CivilFormat, roomNames: [RoomRef: String], withDates: Bool) -> String {
        var parts: [String] = []
        if let room { parts.append(roomNames[room] ?? room.room.value) }
        if withDates { parts.append(firstDay == lastDay ? format.date(firstDay) : format.range(firstDay, lastDay)) }
        if let hours { parts.append("\(format.time(minuteOfDay: hours.startMinute))–\(format.time(minuteOfDay: hours.endMinute))") }
        let closed = format.texts.closed
        return (parts.isEmpty ? closed : "\(closed): \(parts.joined(separator: ", "))") + " — \(reason)"
    }
}
