import CivilTime

extension OpeningHours {
    /// Builds opening hours from lines as an administrator types them on the command line:
    /// `mon-fri 16:00-22:00`, `tue,thu 08:00-12:00`, `sat 08:00-12:00,16:00-20:00`, `daily 08:00-22:00`.
    public init(parsingLines lines: [String], record: String) throws(InvalidValue) {
        var ranges: [Weekday: [TimeRange]] = [:]
        for line in lines {
            let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
            guard parts.count == 2 else {
                throw InvalidValue(record: record, field: "hours", value: line,
                                   rule: "must be days and times, like \"mon-fri 16:00-22:00\"")
            }
            let days = try Self.days(parts[0], record: record)
            let dayRanges = try parts[1].split(separator: ",").map { text throws(InvalidValue) in
                try TimeRange(parsing: String(text), record: record, field: "hours")
            }
            for day in days { ranges[day, default: []].append(contentsOf: dayRanges) }
        }
        try self.init(ranges, record: record)
    }

    /// `mon-fri`, `tue,thu`, `sat`, `daily` (also Slovenian `pon-pet`); errors name `field`.
    static func days(_ text: String, record: String, field: String = "hours") throws(InvalidValue) -> [Weekday] {
        let invalid = InvalidValue(record: record, field: field, value: text,
                                   rule: "must name days like mon-fri, tue,thu or daily")
        if ["daily", "vsak-dan", "every-day"].contains(text.lowercased()) { return Weekday.allCases }
        var days: [Weekday] = []
        for part in text.split(separator: ",") {
            let bounds = part.split(separator: "-").map(String.init)
            guard let first = bounds.first.flatMap(Weekday.init(name:)) else { throw invalid }
            guard bounds.count == 2 else {
                guard bounds.count == 1 else { throw invalid }
                days.append(first)
                continue
            }
            guard let last = Weekday(name: bounds[1]), last >= first else { throw invalid }
            days.append(contentsOf: Weekday.allCases.filter { first <= $0 && $0 <= last })
        }
        // "," named no day: `--when ",00:00-24:00"` was a window on no day, written back as " 00:00-24:00",
        // which reads as nothing (found by fuzzing).
        guard !days.isEmpty else { throw invalid }
        return days
    }

    /// The lines that `init(parsingLines:)` reads back to the same hours, one per distinct set of ranges.
    public var lines: [String] {
        summary == "closed" ? [] : summary.split(separator: ";").map {
            $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ", ", with: ",").lowercased()
        }
    }
}
