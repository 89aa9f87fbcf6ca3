extension TimeWindow {
    /// Parses a window as an administrator types it: `tue,thu 17:00-21:00`, `mon-fri 16:00-22:00`,
    /// `daily 08:00-12:00` (the days as opening hours write them, Slovenian names included).
    public init(parsing text: String, record: String = "", field: String = "when") throws(InvalidValue) {
        let parts = text.trimmingWhitespace().split(separator: " ", maxSplits: 1).map(String.init)
        guard parts.count == 2 else {
            throw InvalidValue(record: record, field: field, value: text,
                               rule: "must be days and a time range, like \"tue,thu 17:00-21:00\"")
        }
        let days = try OpeningHours.days(parts[0], record: record, field: field)
        let hours = try TimeRange(parsing: parts[1], record: record, field: field)
        self.init(days: days, hours: hours)
    }

    /// `tue,thu 17:00-21:00`: the text `init(parsing:)` reads back to the same window.
    public var line: String {
        days.map { String($0.englishName.prefix(3)).lowercased() }.joined(separator: ",") + " " + hours.description
    }
}
