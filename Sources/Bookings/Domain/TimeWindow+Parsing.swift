import CivilTime

extension TimeWindow {
    /// Parses a window as an administrator types it: `tue,thu 17:00-21:00`, `mon-fri 16:00-22:00`,
    /// `tor, čet 17.00 - 21.00`, `daily 08:00-12:00` (the days as opening hours write them).
    public init(parsing text: String, record: String = "", field: String = "when") throws(InvalidValue) {
        // Day names hold no digits, so the hours start at the first digit; spaces may stand anywhere.
        let firstDigit = text.firstIndex(where: \.isNumber) ?? text.endIndex
        let dayText = text[..<firstDigit].filter { !$0.isWhitespace }
        guard firstDigit != text.endIndex, !dayText.isEmpty else {
            throw InvalidValue(record: record, field: field, value: text,
                               rule: "must be days and a time range, like \"tue,thu 17:00-21:00\"")
        }
        let days = try OpeningHours.days(dayText, record: record, field: field)
        let hours = try TimeRange(parsing: String(text[firstDigit...]), record: record, field: field)
        self.init(days: days, hours: hours)
    }

    /// `tue,thu 17:00-21:00`, `mon-fri 16:00-22:00` or `daily 08:00-12:00`: the text `init(parsing:)`
    /// reads back to the same window, with three or more consecutive days written as a span.
    public var line: String {
        func name(_ day: Weekday) -> String { String(day.englishName.prefix(3)).lowercased() }
        guard days.count < 7 else { return "daily " + hours.description }
        var runs: [[Weekday]] = []
        for day in days {
            if let last = runs.last?.last, last.rawValue + 1 == day.rawValue {
                runs[runs.count - 1].append(day)
            } else {
                runs.append([day])
            }
        }
        let parts = runs.flatMap { run -> [String] in
            guard let first = run.first, let last = run.last, run.count >= 3 else { return run.map(name) }
            return ["\(name(first))-\(name(last))"]
        }
        return parts.joined(separator: ",") + " " + hours.description
    }
}
