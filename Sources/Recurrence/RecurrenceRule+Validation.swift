extension RecurrenceRule {
    /// Checks ranges and the RFC 5545 restrictions between parts, naming the part and value at fault.
    func validate() throws(RecurrenceError) {
        guard interval >= 1 else {
            throw RecurrenceError(message: "RRULE part INTERVAL: \"\(interval)\" is not a positive whole number")
        }
        guard interval <= Self.maximumInterval else {
            throw RecurrenceError(message: Self.tooLarge("INTERVAL", String(interval), Self.maximumInterval))
        }
        if let count, count < 1 {
            throw RecurrenceError(message: "RRULE part COUNT: \"\(count)\" is not a positive whole number")
        }
        if let count, count > Self.maximumCount {
            throw RecurrenceError(message: Self.tooLarge("COUNT", String(count), Self.maximumCount))
        }
        if count != nil && until != nil {
            throw RecurrenceError(message: "RRULE parts COUNT and UNTIL cannot both be given (RFC 5545 §3.3.10)")
        }
        for part in RulePart.allCases where has(part) {
            if part.role(for: frequency) == .notAllowed {
                throw RecurrenceError(
                    message: "RRULE part \(part.name) cannot be used with FREQ=\(frequency.name) (RFC 5545 §3.3.10)")
            }
            let (allowsZero, allowsNegative, maximum) = part.range
            for value in values(of: part) {
                let valid = (value == 0 && allowsZero) || (1...maximum).contains(value)
                    || (allowsNegative && (-maximum)...(-1) ~= value)
                guard valid else {
                    let lowest = allowsZero && part != .byDay ? 0 : 1
                    let span = allowsNegative ? "\(lowest) to \(maximum) or -\(maximum) to -1" : "\(lowest) to \(maximum)"
                    let shown = part == .byDay ? "ordinal \(value)" : "\"\(value)\""
                    throw RecurrenceError(message: "RRULE part \(part.name): \(shown) is out of range (\(span))")
                }
            }
        }
        if let numbered = byDay.first(where: { $0.ordinal != 0 }) {
            if frequency != .monthly && frequency != .yearly {
                throw RecurrenceError(
                    message: "RRULE part BYDAY: \"\(numbered)\" has an ordinal, allowed only with FREQ=MONTHLY or YEARLY")
            }
            if frequency == .yearly && !byWeekNo.isEmpty {
                throw RecurrenceError(
                    message: "RRULE part BYDAY: \"\(numbered)\" has an ordinal, not allowed together with BYWEEKNO")
            }
        }
    }

    /// The message for a number above one of the bounds, naming the value as typed.
    static func tooLarge(_ part: String, _ value: String, _ maximum: Int) -> String {
        "RRULE part \(part): \"\(value)\" is more than \(maximum), the most Prostor accepts"
    }
}
