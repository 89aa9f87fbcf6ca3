/// Durations as administrators type them: `90m`, `90`, `2h`, `1h30`, `1h30m`, `1:30`.
public enum DurationText {
    /// The number of minutes, or an error naming the field and the text.
    public static func minutes(_ text: String, record: String = "", field: String = "duration") throws(InvalidValue) -> Int {
        let trimmed = text.trimmingWhitespace().lowercased().replacingOccurrences(of: " ", with: "")
        let invalid = InvalidValue(record: record, field: field, value: text,
                                   rule: "must be a duration like \"90m\", \"2h\" or \"1h30\"")
        let tooLong = InvalidValue(record: record, field: field, value: text, rule: "must be at most 24 hours")
        var minutes: Int?
        if let plain = Int(trimmed) {
            minutes = plain
        } else if trimmed.hasSuffix("min"), let value = Int(trimmed.dropLast(3)) {
            minutes = value
        } else if trimmed.hasSuffix("m"), !trimmed.contains("h"), let value = Int(trimmed.dropLast()) {
            minutes = value
        } else if let colon = trimmed.firstIndex(of: ":") {
            if let hours = Int(trimmed[..<colon]), let rest = Int(trimmed[trimmed.index(after: colon)...]),
               trimmed.distance(from: colon, to: trimmed.endIndex) == 3, (0..<60).contains(rest) {
                // Checked before multiplying, so that "9223372036854775807:00" is refused, not an overflow.
                guard hours <= 24 else { throw tooLong }
                minutes = hours * 60 + rest
            }
        } else if let h = trimmed.firstIndex(of: "h"), let hours = Int(trimmed[..<h]) {
            guard hours <= 24 else { throw tooLong }
            var rest = trimmed[trimmed.index(after: h)...]
            if rest.hasSuffix("m") { rest = rest.dropLast() }
            if rest.isEmpty {
                minutes = hours * 60
            } else if let extra = Int(rest), (0..<60).contains(extra) {
                minutes = hours * 60 + extra
            }
        }
        guard let minutes else { throw invalid }
        guard minutes > 0 else {
            throw InvalidValue(record: record, field: field, value: text, rule: "must be longer than zero")
        }
        // No session of a hall runs longer than a day (a booking's own limit), and no sum can overflow.
        guard minutes <= 24 * 60 else { throw tooLong }
        return minutes
    }

    /// `1h30`, `2h` or `45m`: the shortest form that reads back to the same minutes.
    public static func format(minutes: Int) -> String {
        let hours = minutes / 60, rest = minutes % 60
        if hours == 0 { return "\(rest)m" }
        return rest == 0 ? "\(hours)h" : "\(hours)h\(rest < 10 ? "0" : "")\(rest)"
    }
}
