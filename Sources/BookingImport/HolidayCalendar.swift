import Bookings
import CivilTime
import Foundation
import ICalendar
import Recurrence

/// A published holiday calendar (ICS) read into closures: each all-day event closes the venues on its
/// days, with its SUMMARY as the reason. Yearly RRULEs are expanded within a window; timed events,
/// cancelled ones and broken ones (no DTSTART, no SUMMARY, an empty RRULE, text the reader refuses)
/// are skipped and reported, so that one bad event does not keep the sound ones out. A file with no
/// sound event at all is an error at its first problem.
///
/// ```swift
/// let result = try HolidayCalendar(file: "prazniki.ics").read(text, scope: .everywhere, from: first, through: last)
/// ```
public struct HolidayCalendar {
    public let file: String

    public init(file: String) { self.file = file }

    /// The closures found, and one line for each event that was left out and why.
    public struct Result: Sendable {
        public var setup = Setup()
        public var skipped: [String] = []
    }

    public func read(_ text: String, scope: Closure.Scope, from: LocalDate, through: LocalDate) throws -> Result {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        let relaxed = Self.relaxingEscapes(text)
        var located: [LocatedEvent]
        var broken: [(location: SourceLocation, problem: String)] = []
        do {
            let events = try ICalendarReader().readStream(relaxed).flatMap { $0.components(named: "VEVENT") }
            let lines = Self.eventLines(relaxed)
            located = events.enumerated().map { LocatedEvent(event: $1, line: $0 < lines.count ? lines[$0] : 1) }
        } catch {
            let (events, problems) = try Self.readEventByEvent(relaxed, file: name, original: error)
            located = events
            broken = problems.map { (SourceLocation(file: name, line: $0.0), $0.1) }
        }
        let events = located.map(\.event)
        // A RECURRENCE-ID event replaces one date of its series: leave that date out of the series.
        var replaced: [String: [LocalDateTime]] = [:]
        for event in events {
            if let uid = event.uid, let original = event.recurrenceID {
                replaced[uid, default: []].append(Self.dayStart(original))
            }
        }
        var result = Result()
        var notes: [(line: Int, text: String)] = []
        var sound = 0
        for (event, line) in located.map({ ($0.event, $0.line) }) {
            let location = SourceLocation(file: name, line: line)
            let summary = event.summary?.trimmingCharacters(in: .whitespaces) ?? ""
            if event.status?.uppercased() == "CANCELLED" {
                notes.append((line, "\(location): \"\(summary)\" is cancelled"))
                sound += 1
                continue
            }
            guard let start = event.start else {
                broken.append((location, "event \"\(summary)\" has no DTSTART"))
                continue
            }
            guard case .date(let first) = start else {
                notes.append((line, "\(location): \"\(summary)\" is at a time of day, not a whole day"))
                sound += 1
                continue
            }
            guard !summary.isEmpty else {
                broken.append((location, "all-day event on \(first) has no SUMMARY to give as the reason"))
                continue
            }
            let days = Self.length(of: event, from: first)
            do {
                var starts = [first]
                if event.recurrenceRule != nil && event.recurrenceID == nil {
                    let exclusions = event.exceptionDates.map(Self.dayStart) + (event.uid.flatMap { replaced[$0] } ?? [])
                    let rule = try RecurrenceRule(parsing: event.recurrenceRule ?? "")
                    let set = try RecurrenceSet(start: RecurrenceStart(date: first), rule: rule,
                                                additions: event.recurrenceDates.map(Self.dayStart), exclusions: exclusions)
                    starts = set.occurrences(from: LocalDateTime(date: from.adding(days: 1 - days), time: .midnight),
                                             to: LocalDateTime(date: through.adding(days: 1), time: .midnight)).map(\.date)
                }
                var closures: [Located<Closure>] = []
                for day in starts where day <= through && day.adding(days: days - 1) >= from {
                    let closure = try Closure(scope: scope, firstDay: day, lastDay: day.adding(days: days - 1), reason: summary)
                    closures.append(Located(closure, at: location))
                }
                result.setup.closures += closures
                sound += 1
            } catch {
                broken.append((location, "event \"\(summary)\": \(error)"))
            }
        }
        if sound == 0, let first = broken.min(by: { $0.location.line < $1.location.line }) {
            throw ImportError(at: first.location, MalformedFile(problem: first.problem))
        }
        notes += broken.map { ($0.location.line, "\($0.location): \($0.problem)") }
        result.skipped = notes.sorted { $0.line < $1.line }.map(\.text)
        return result
    }

    /// How many days an all-day event covers: DTEND is exclusive for dates (RFC 5545 §3.6.1), DURATION
    /// counts whole days, and neither means one day.
    static func length(of event: Component, from first: LocalDate) -> Int {
        if case .date(let end)? = event.end { return max(1, first.days(until: end)) }
        if let duration = event.duration, !duration.isNegative { return max(1, duration.weeks * 7 + duration.days) }
        return 1
    }

    static func dayStart(_ time: CalendarTime) -> LocalDateTime {
        switch time {
        case .date(let date): LocalDateTime(date: date, time: .midnight)
        case .floating(let value), .utc(let value), .zoned(let value, _): LocalDateTime(date: value.date, time: .midnight)
        }
    }

    /// The line of each `BEGIN:VEVENT`, in order, so that errors and skipped events can name their line.
    static func eventLines(_ text: String) -> [Int] {
        var result: [Int] = []
        var number = 0
        // Split on the byte LF: as Characters, CR LF is one grapheme and would not match "\n".
        for line in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            number += 1
            let content = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if content.uppercased() == "BEGIN:VEVENT" { result.append(number) }
        }
        return result
    }
}
