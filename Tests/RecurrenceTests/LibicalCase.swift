import CivilTime
import Foundation
import Recurrence
import Testing

/// One case of libical's recurrence suite.
struct LibicalCase: Sendable, CustomTestStringConvertible {
    let line: Int
    let summary: String
    let rule: String
    let start: String
    let startAt: String?
    let instances: String

    var testDescription: String { "line \(line): \(summary.isEmpty ? rule : summary)" }

    /// Every case of the fixture, in file order.
    static let all: [LibicalCase] = {
        guard let url = Bundle.module.url(forResource: "icalrecur_test", withExtension: "txt", subdirectory: "Fixtures"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return [] }
        var cases: [LibicalCase] = []
        var fields: [String: String] = [:]
        var comments: [String] = []
        var firstLine = 0
        func flush() {
            if let rule = fields["RRULE"], let start = fields["DTSTART"] {
                cases.append(
                    LibicalCase(
                        line: firstLine, summary: comments.joined(separator: " "), rule: rule, start: start,
                        startAt: fields["START-AT"], instances: fields["INSTANCES"] ?? ""))
            }
            fields = [:]
            comments = []
        }
        for (index, line) in text.components(separatedBy: "\n").enumerated() {
            if line.isEmpty {
                flush()
            } else if line.hasPrefix("#") {
                comments.append(line.dropFirst().trimmingCharacters(in: .whitespaces))
            } else if let colon = line.firstIndex(of: ":") {
                if fields["RRULE"] == nil { firstLine = index + 1 }
                fields[String(line[..<colon])] = String(line[line.index(after: colon)...])
            }
        }
        flush()
        return cases
    }()

    /// Expands the case as libical's driver does: from DTSTART, or from START-AT when given.
    func expand() throws -> [String] {
        guard let value = ICalendarText.parse(start) else {
            throw RecurrenceError(message: "bad DTSTART \(start)")
        }
        let isUTC: Bool
        let recurrenceStart: RecurrenceStart
        switch value {
        case .date(let date):
            recurrenceStart = RecurrenceStart(date: date)
            isUTC = false
        case .local(let local):
            recurrenceStart = RecurrenceStart(local)
            isUTC = false
        case .utc(let utc):
            recurrenceStart = RecurrenceStart(utc)
            isUTC = true
        }
        let set = try RecurrenceSet(
            start: recurrenceStart, rule: try RecurrenceRule(parsing: rule), zone: try ZoneRules(identifier: "UTC"))
        let occurrences = try startAt.map { text in
            guard let from = ICalendarText.parse(text) else { throw RecurrenceError(message: "bad START-AT \(text)") }
            return set.occurrences(from: from.dateTime)
        } ?? set.occurrences
        return occurrences.prefix(10_000).map { occurrence in
            recurrenceStart.isDateOnly
                ? ICalendarText.format(occurrence.date)
                : ICalendarText.format(occurrence) + (isUTC ? "Z" : "")
        }
    }

    /// The instances the case expects, cut to those at or after START-AT as libical's driver does.
    var expected: [String] {
        let all = instances.split(separator: ",").map(String.init)
        guard let startAt, let from = ICalendarText.parse(startAt)?.dateTime else { return all }
        return all.filter { (ICalendarText.parse($0)?.dateTime).map { $0 >= from } ?? true }
    }
}
