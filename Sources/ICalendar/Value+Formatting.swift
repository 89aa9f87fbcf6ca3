import CivilTime

extension Value {
    /// The text between `:` and the line end, or an error naming `property` when the value cannot be written.
    func formatted(property: String) throws(ICalendarError) -> String {
        switch self {
        case .text(let values):
            try Self.requireValues(values.count, property)
            return values.map(TextEscaping.escape).joined(separator: ",")
        case .date(let dates):
            try Self.requireValues(dates.count, property)
            var parts: [String] = []
            for date in dates { parts.append(try Self.format(date, property)) }
            return parts.joined(separator: ",")
        case .dateTime(let times, let reference):
            try Self.requireValues(times.count, property)
            if case .zone(let zone) = reference, zone.isEmpty {
                throw ICalendarError(message: "property \(property): the time zone identifier (TZID) is empty")
            }
            var parts: [String] = []
            for time in times {
                let text = try Self.format(time.date, property) + "T" + Self.clock(time.time)
                parts.append(reference == .utc ? text + "Z" : text)
            }
            return parts.joined(separator: ",")
        case .duration(let duration):
            let fields = [duration.weeks, duration.days, duration.hours, duration.minutes, duration.seconds]
            guard fields.allSatisfy({ $0 >= 0 }) else {
                throw ICalendarError(
                    message: "property \(property): duration fields must not be negative, got \(duration); "
                        + "set isNegative instead")
            }
            guard duration.weeks == 0 || fields.dropFirst().allSatisfy({ $0 == 0 }) else {
                throw ICalendarError(
                    message: "property \(property): a duration in weeks cannot also have days or a time; "
                        + "use days instead of weeks")
            }
            return duration.description
        case .integer(let number):
            return String(number)
        case .uri(let text), .calAddress(let text), .other(_, let text):
            try Self.requirePlain(text, property)
            return text
        case .recur(let rule):
            try Self.requirePlain(rule, property)
            if let problem = Self.recurProblem(rule) {
                throw ICalendarError(message: "property \(property): \(problem)")
            }
            return rule
        case .utcOffset(let seconds):
            guard abs(seconds) < 86_400 else {
                throw ICalendarError(
                    message: "property \(property): a UTC offset must be less than 24 hours, got \(seconds) seconds")
            }
            let magnitude = abs(seconds)
            let text = (seconds < 0 ? "-" : "+") + digits(magnitude / 3600, 2) + digits(magnitude / 60 % 60, 2)
            return magnitude % 60 == 0 ? text : text + digits(magnitude % 60, 2)
        }
    }

    /// Why a RECUR text is not shaped like `FREQ=WEEKLY;BYDAY=TU`, or nil when it is.
    static func recurProblem(_ rule: String) -> String? {
        let parts = rule.split(separator: ";", omittingEmptySubsequences: false)
        var names: Set<Substring> = []
        for part in parts {
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard pieces.count == 2, TextEscaping.isValidName(String(pieces[0])), !pieces[1].isEmpty else {
                return "recurrence rule \"\(rule)\" must be NAME=VALUE parts separated by \";\", "
                    + "e.g. FREQ=WEEKLY;BYDAY=TU"
            }
            // Rule part names are case-insensitive (RFC 5545 §3.1), so "freq" counts as FREQ.
            guard names.insert(Substring(pieces[0].uppercased())).inserted else {
                return "recurrence rule \"\(rule)\" has \(pieces[0]) twice"
            }
        }
        guard names.contains("FREQ") else {
            return "recurrence rule \"\(rule)\" has no FREQ, e.g. FREQ=WEEKLY;BYDAY=TU"
        }
        return nil
    }

    private static func requireValues(_ count: Int, _ property: String) throws(ICalendarError) {
        guard count > 0 else { throw ICalendarError(message: "property \(property) has an empty list of values") }
    }

    /// Values written as they are must not hold a control character, which could end the content line.
    private static func requirePlain(_ text: String, _ property: String) throws(ICalendarError) {
        if let bad = text.unicodeScalars.first(where: TextEscaping.isControl) {
            let code = String(bad.value, radix: 16, uppercase: true)
            throw ICalendarError(
                message: "property \(property): the value contains control character U+\(digits(Int(bad.value), 4, code)), "
                    + "which only TEXT values can hold (escaped)")
        }
    }

    private static func format(_ date: LocalDate, _ property: String) throws(ICalendarError) -> String {
        let (year, month, day) = date.components
        guard (0...9999).contains(year) else {
            throw ICalendarError(message: "property \(property): year \(year) cannot be written; RFC 5545 years are 0000 to 9999")
        }
        return digits(year, 4) + digits(month, 2) + digits(day, 2)
    }

    static func clock(_ time: LocalTime) -> String {
        digits(time.hour, 2) + digits(time.minute, 2) + digits(time.second, 2)
    }
}

/// Zero-pads a non-negative number (or its given text) to `width` digits.
func digits(_ value: Int, _ width: Int, _ text: String? = nil) -> String {
    let digits = text ?? String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
