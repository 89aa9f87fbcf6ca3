import CivilTime

extension Value {
    /// Appends the text between `:` and the line end, or throws an error naming `property` when the value
    /// cannot be written. Bytes go straight into the line, since feeds write thousands of these.
    func append(to output: inout [UInt8], property: String) throws(ICalendarError) {
        switch self {
        case .text(let values):
            try Self.requireValues(values.count, property)
            for (index, value) in values.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                TextEscaping.appendEscaped(value, to: &output)
            }
        case .date(let dates):
            try Self.requireValues(dates.count, property)
            for (index, date) in dates.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                try Self.append(date, property, to: &output)
            }
        case .dateTime(let times, let reference):
            try Self.requireValues(times.count, property)
            if case .zone(let zone) = reference, zone.isEmpty {
                throw ICalendarError(message: "property \(property): the time zone identifier (TZID) is empty")
            }
            for (index, time) in times.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                try Self.append(time.date, property, to: &output)
                output.append(UInt8(ascii: "T"))
                Self.appendClock(time.time, to: &output)
                if reference == .utc { output.append(UInt8(ascii: "Z")) }
            }
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
            output.append(contentsOf: duration.description.utf8)
        case .integer(let number):
            output.append(contentsOf: String(number).utf8)
        case .uri(let text), .calAddress(let text), .other(_, let text):
            try Self.requirePlain(text, property)
            output.append(contentsOf: text.utf8)
        case .recur(let rule):
            try Self.requirePlain(rule, property)
            if let problem = Self.recurProblem(rule) {
                throw ICalendarError(message: "property \(property): \(problem)")
            }
            output.append(contentsOf: rule.utf8)
        case .utcOffset(let seconds):
            guard abs(seconds) < 86_400 else {
                throw ICalendarError(
                    message: "property \(property): a UTC offset must be less than 24 hours, got \(seconds) seconds")
            }
            let magnitude = abs(seconds)
            output.append(UInt8(ascii: seconds < 0 ? "-" : "+"))
            appendDigits(magnitude / 3600, 2, to: &output)
            appendDigits(magnitude / 60 % 60, 2, to: &output)
            if magnitude % 60 != 0 { appendDigits(magnitude % 60, 2, to: &output) }
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

    private static func append(_ date: LocalDate, _ property: String, to output: inout [UInt8]) throws(ICalendarError) {
        let (year, month, day) = date.components
        guard (0...9999).contains(year) else {
            throw ICalendarError(message: "property \(property): year \(year) cannot be written; RFC 5545 years are 0000 to 9999")
        }
        appendDigits(year, 4, to: &output)
        appendDigits(month, 2, to: &output)
        appendDigits(day, 2, to: &output)
    }

    static func appendClock(_ time: LocalTime, to output: inout [UInt8]) {
        appendDigits(time.hour, 2, to: &output)
        appendDigits(time.minute, 2, to: &output)
        appendDigits(time.second, 2, to: &output)
    }
}

/// Appends a non-negative number zero-padded to `width` digits, without making a string of it.
func appendDigits(_ value: Int, _ width: Int, to output: inout [UInt8]) {
    var divisor = 1
    for _ in 1..<width { divisor *= 10 }
    while value / divisor >= 10 { divisor *= 10 }
    var rest = value
    while divisor > 0 {
        output.append(UInt8(ascii: "0") + UInt8(rest / divisor))
        rest %= divisor
        divisor /= 10
    }
}

/// Zero-pads a non-negative number (or its given text) to `width` digits.
func digits(_ value: Int, _ width: Int, _ text: String? = nil) -> String {
    let digits = text ?? String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
