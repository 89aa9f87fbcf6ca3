import CivilTime
import Foundation
import ICalendar
import Recurrence
import Testing

/// One occurrence as a calendar shows it: start and end in RFC 3339 with the day's offset, and the title.
struct Shown: Hashable, CustomStringConvertible {
    var start: String
    var end: String
    var title: String

    var description: String { "\(start)–\(end) \(title)" }
}

/// Expands a feed the way a calendar client does, independently of Prostor's expansion: each VEVENT's
/// RRULE through the Recurrence module's `RecurrenceSet` less its EXDATEs, then every RECURRENCE-ID
/// override replacing the occurrence it names. Keeps occurrences starting on `from` through `through`.
func expand(_ text: String, from: LocalDate, through: LocalDate) throws -> Set<Shown> {
    let document = try ICalendarReader().read(text)
    let windowStart = LocalDateTime(date: from, time: .midnight)
    let windowEnd = LocalDateTime(date: through.adding(days: 1), time: .midnight)
    var byKey: [String: Shown] = [:]  // "uid|original local start" → what is shown
    var overrides: [(key: String, start: LocalDateTime, shown: Shown)] = []
    for event in document.components(named: "VEVENT") {
        guard case .zoned(let start, let zoneName)? = event.start, case .zoned(let end, _)? = event.end,
              let uid = event.uid, let title = event.summary else {
            Issue.record("event without a zoned DTSTART, DTEND, UID or SUMMARY")
            continue
        }
        let zone = try ZoneRules(identifier: zoneName)
        let minutes = start.seconds(until: end) / 60
        let shown = { (local: LocalDateTime) in
            Shown(start: zone.rfc3339(local), end: zone.rfc3339(local.adding(minutes: minutes)), title: title)
        }
        if case .zoned(let original, _)? = event.recurrenceID {
            overrides.append(("\(uid)|\(original)", start, shown(start)))
            continue
        }
        let rule = try event.recurrenceRule.map { (text) throws(RecurrenceError) in try RecurrenceRule(parsing: text) }
        let exclusions = event.exceptionDates.compactMap(\.localDateTime)
        let set = try RecurrenceSet(start: RecurrenceStart(start), rule: rule, exclusions: exclusions, zone: zone)
        for local in set.occurrences(from: windowStart, to: windowEnd) { byKey["\(uid)|\(local)"] = shown(local) }
    }
    for override in overrides {
        byKey[override.key] = nil
        if override.start >= windowStart && override.start < windowEnd { byKey[override.key + "|moved"] = override.shown }
    }
    return Set(byKey.values)
}

/// What `prostor agenda --json` printed, as the same kind of set.
func agendaSet(_ json: Any) throws -> Set<Shown> {
    let items = try #require(json as? [[String: Any]])
    return Set(items.compactMap { item in
        guard let start = item["start"] as? String, let end = item["end"] as? String, let title = item["title"] as? String else { return nil }
        return Shown(start: start, end: end, title: title)
    })
}
