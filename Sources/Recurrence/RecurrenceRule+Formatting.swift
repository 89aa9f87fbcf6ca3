extension RecurrenceRule {
    /// The canonical RRULE text: parts in the order of RFC 5545's grammar (FREQ, UNTIL, COUNT, INTERVAL,
    /// BYSECOND … BYSETPOS, WKST), values as given, INTERVAL=1 and WKST=MO left out.
    public var description: String {
        var parts = ["FREQ=\(frequency.name)"]
        if let until { parts.append("UNTIL=\(until)") }
        if let count { parts.append("COUNT=\(count)") }
        if interval != 1 { parts.append("INTERVAL=\(interval)") }
        for part in RulePart.allCases where has(part) {
            let text = part == .byDay
                ? byDay.map(\.description).joined(separator: ",")
                : values(of: part).map(String.init).joined(separator: ",")
            parts.append("\(part.name)=\(text)")
        }
        if weekStart != .monday { parts.append("WKST=\(weekStart.code)") }
        return parts.joined(separator: ";")
    }
}
