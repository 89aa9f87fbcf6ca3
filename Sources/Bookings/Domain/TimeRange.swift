import CivilTime

/// A span of the day in whole minutes, `[start, end)`; `end` may be 24:00 (1440).
public struct TimeRange: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public let startMinute: Int
    public let endMinute: Int

    public init(startMinute: Int, endMinute: Int, record: String = "", field: String = "hours") throws(InvalidValue) {
        // The text is made only for an error: this runs once per occurrence in conflict searches.
        guard (0..<1440).contains(startMinute), (1...1440).contains(endMinute) else {
            throw InvalidValue(record: record, field: field, value: "\(Self.format(startMinute))-\(Self.format(endMinute))",
                               rule: "must lie within one day, 00:00-24:00")
        }
        guard endMinute > startMinute else {
            throw InvalidValue(record: record, field: field, value: "\(Self.format(startMinute))-\(Self.format(endMinute))",
                               rule: "must end after it starts")
        }
        self.startMinute = startMinute
        self.endMinute = endMinute
    }

    /// Parses `16:00-22:00` (also `16.00–22.00`, as written in Slovenian, and `24:00` as the end).
    public init(parsing text: String, record: String = "", field: String = "hours") throws(InvalidValue) {
        let normalised = text.replacingOccurrences(of: "–", with: "-").trimmingWhitespace()
        let parts = normalised.split(separator: "-").map { String($0).trimmingWhitespace() }
        guard parts.count == 2, let start = Self.minute(of: parts[0]), let end = Self.minute(of: parts[1]) else {
            throw InvalidValue(record: record, field: field, value: text, rule: "must be a time range like \"16:00-22:00\"")
        }
        do {
            try self.init(startMinute: start, endMinute: end, record: record, field: field)
        } catch {
            throw InvalidValue(record: record, field: field, value: text, rule: error.rule)
        }
    }

    public var durationMinutes: Int { endMinute - startMinute }

    public func contains(_ other: TimeRange) -> Bool {
        startMinute <= other.startMinute && other.endMinute <= endMinute
    }

    public func overlaps(_ other: TimeRange) -> Bool {
        startMinute < other.endMinute && other.startMinute < endMinute
    }

    public var description: String { "\(Self.format(startMinute))-\(Self.format(endMinute))" }

    public static func < (lhs: TimeRange, rhs: TimeRange) -> Bool {
        (lhs.startMinute, lhs.endMinute) < (rhs.startMinute, rhs.endMinute)
    }

    /// `18:00` for 1080; 1440 is written `24:00`.
    public static func format(_ minute: Int) -> String {
        let hours = minute / 60, minutes = minute % 60
        return (hours < 10 ? "0" : "") + "\(hours):" + (minutes < 10 ? "0" : "") + "\(minutes)"
    }

    static func minute(of text: String) -> Int? {
        if text == "24:00" || text == "24.00" { return 1440 }
        guard let time = try? LocalTime(iso: text), time.second == 0 else { return nil }
        return time.minuteOfDay
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = try TimeRange(parsing: text)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// When a room can be used, week by week: for each weekday a sorted list of non-overlapping ranges.
///
/// Encoded as `{"monday": ["16:00-22:00"], …}`, the shape of the setup file.
public struct OpeningHours: Hashable, Sendable, Codable {
    public private(set) var ranges: [Weekday: [TimeRange]]

    public init(_ ranges: [Weekday: [TimeRange]], record: String = "") throws(InvalidValue) {
        var cleaned: [Weekday: [TimeRange]] = [:]
        for (day, dayRanges) in ranges where !dayRanges.isEmpty {
            let sorted = dayRanges.sorted()
            for (earlier, later) in zip(sorted, sorted.dropFirst()) where earlier.overlaps(later) {
                throw InvalidValue(record: record, field: "opening_hours.\(day.englishName.lowercased())",
                                   value: "\(earlier), \(later)", rule: "must not overlap")
            }
            cleaned[day] = sorted
        }
        self.ranges = cleaned
    }

    /// Every day of the week, the same hours.
    public static func daily(_ range: TimeRange) -> OpeningHours {
        var ranges: [Weekday: [TimeRange]] = [:]
        for day in Weekday.allCases { ranges[day] = [range] }
        // One range a day cannot overlap another, so there is nothing to check.
        return OpeningHours(checked: ranges)
    }

    private init(checked ranges: [Weekday: [TimeRange]]) {
        self.ranges = ranges
    }

    /// No opening hours at all: a room that is never open.
    public static let closed = OpeningHours(checked: [:])

    public func ranges(on day: Weekday) -> [TimeRange] { ranges[day] ?? [] }

    /// Whether a session of this span on this weekday lies entirely within one opening range.
    public func allows(_ span: TimeRange, on day: Weekday) -> Bool {
        ranges(on: day).contains { $0.contains(span) }
    }

    /// Minutes open on a weekday, for usage figures.
    public func minutesOpen(on day: Weekday) -> Int {
        ranges(on: day).reduce(0) { $0 + $1.durationMinutes }
    }

    public var isEmpty: Bool { ranges.isEmpty }
}

extension OpeningHours {
    private struct DayKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: DayKey.self)
        var ranges: [Weekday: [TimeRange]] = [:]
        for key in container.allKeys {
            guard let day = Weekday(name: key.stringValue) else {
                throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "not a weekday")
            }
            ranges[day] = try container.decode([TimeRange].self, forKey: key)
        }
        try self.init(ranges)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DayKey.self)
        for day in Weekday.allCases where !ranges(on: day).isEmpty {
            try container.encode(ranges(on: day), forKey: DayKey(stringValue: day.englishName.lowercased()))
        }
    }

    /// `Mon-Fri 16:00-22:00, Sat 08:00-12:00`: days with the same hours run together.
    public var summary: String {
        var parts: [String] = []
        var runStart: Weekday?
        var previous: Weekday?
        func close(at day: Weekday?) {
            guard let start = runStart, let end = day else { return }
            let days = start == end ? String(start.englishName.prefix(3))
                : "\(start.englishName.prefix(3))-\(end.englishName.prefix(3))"
            parts.append(days + " " + ranges(on: start).map(\.description).joined(separator: ", "))
        }
        for day in Weekday.allCases {
            let hours = ranges(on: day)
            if let start = runStart, hours == ranges(on: start), !hours.isEmpty {
                previous = day
                continue
            }
            close(at: previous)
            runStart = hours.isEmpty ? nil : day
            previous = hours.isEmpty ? nil : day
        }
        close(at: previous)
        return parts.isEmpty ? "closed" : parts.joined(separator: "; ")
    }
}
