import Bookings
import CivilTime
import Foundation
import ICalendar
import Recurrence

/// A published holiday calendar (ICS) read into closures: each all-day event closes the venues on its
/// days, with its SUMMARY as the reason. Yearly RRULEs are expanded within a window; timed events and
/// cancelled ones are skipped and reported.
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
        let documents: [ICalendarDocument]
        do {
            documents = try ICalendarReader().readStream(relaxed)
        } catch {
            throw ImportError(at: SourceLocation(file: name, line: error.line ?? 1), MalformedFile(problem: error.message))
        }
        let events = documents.flatMap { $0.components(named: "VEVENT") }
        let lines = Self.eventLines(relaxed)
        // A RECURRENCE-ID event replaces one date of its series: leave that date out of the series.
        var replaced: [String: [LocalDateTime]] = [:]
        for event in events {
            if let uid = event.uid, let original = event.recurrenceID {
                replaced[uid, default: []].append(Self.dayStart(original))
            }
        }
        var result = Result()
        for (index, event) in events.enumerated() {
            let location = SourceLocation(file: name, line: index < lines.count ? lines[index] : 1)
            let summary = event.summary?.trimmingCharacters(in: .whitespaces) ?? ""
            if event.status?.uppercased() == "CANCELLED" {
                result.skipped.append("\(location): \"\(summary)\" is cancelled")
                continue
            }
            guard let start = event.start else {
                throw ImportError(at: location, MalformedFile(problem: "event \"\(summary)\" has no DTSTART"))
            }
            guard case .date(let first) = start else {
                result.skipped.append("\(location): \"\(summary)\" is at a time of day, not a whole day")
                continue
            }
            guard !summary.isEmpty else {
                throw ImportError(at: location, MalformedFile(problem: "all-day event on \(first) has no SUMMARY to give as the reason"))
            }
            let days = Self.length(of: event, from: first)
            var starts = [first]
            if event.recurrenceRule != nil && event.recurrenceID == nil {
                let exclusions = event.exceptionDates.map(Self.dayStart) + (event.uid.flatMap { replaced[$0] } ?? [])
                starts = try SourceLocationTagged.run(location) {
                    let rule = try RecurrenceRule(parsing: event.recurrenceRule ?? "")
                    let set = try RecurrenceSet(start: RecurrenceStart(date: first), rule: rule,
                                                additions: event.recurrenceDates.map(Self.dayStart), exclusions: exclusions)
                    return set.occurrences(from: LocalDateTime(date: from.adding(days: 1 - days), time: .midnight),
                                           to: LocalDateTime(date: through.adding(days: 1), time: .midnight)).map(\.date)
                }
            }
            for day in starts where day <= through && day.adding(days: days - 1) >= from {
                let closure = try SourceLocationTagged.run(location) {
                    try Closure(scope: scope, firstDay: day, lastDay: day.adding(days: days - 1), reason: summary)
                }
                result.setup.closures.append(Located(closure, at: location))
            }
        }
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

/// Gives errors thrown while reading one event the event's place in the file.
enum SourceLocationTagged {
    static func run<T>(_ location: SourceLocation, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ImportError {
            throw error
        } catch {
            throw ImportError(at: location, error)
        }
    }
}
