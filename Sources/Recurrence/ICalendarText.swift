import CivilTime

/// RFC 5545 basic-format dates and date-times ("20270112", "20270112T180000", "20270112T170000Z").
public enum ICalendarText {
    /// A parsed DATE or DATE-TIME value.
    public enum Value: Hashable, Sendable {
        /// "20270112".
        case date(LocalDate)
        /// "20270112T180000".
        case local(LocalDateTime)
        /// "20270112T170000Z", civil fields in UTC.
        case utc(LocalDateTime)

        /// The value as a civil date-time (a date is taken at midnight).
        public var dateTime: LocalDateTime {
            switch self {
            case .date(let date): return LocalDateTime(date: date, time: .midnight)
            case .local(let value), .utc(let value): return value
            }
        }
    }

    /// Parses "20270112", "20270112T180000" or "20270112T180000Z".
    public static func parse(_ text: String) -> Value? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 8, let year = number(bytes, 0, 4), let month = number(bytes, 4, 2),
            let day = number(bytes, 6, 2), let date = try? LocalDate(year: year, month: month, day: day)
        else { return nil }
        if bytes.count == 8 { return .date(date) }
        let isUTC = bytes.count == 16 && bytes[15] == UInt8(ascii: "Z")
        guard bytes.count == 15 || isUTC, bytes[8] == UInt8(ascii: "T"), let hour = number(bytes, 9, 2),
            let minute = number(bytes, 11, 2), let second = number(bytes, 13, 2),
            let time = try? LocalTime(hour: hour, minute: minute, second: second)
        else { return nil }
        let value = LocalDateTime(date: date, time: time)
        return isUTC ? .utc(value) : .local(value)
    }

    /// "20270112".
    public static func format(_ date: LocalDate) -> String {
        String(date.description.filter { $0 != "-" })
    }

    /// "20270112T180000".
    public static func format(_ value: LocalDateTime) -> String {
        let time = value.time
        return format(value.date) + "T" + two(time.hour) + two(time.minute) + two(time.second)
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    private static func number(_ bytes: [UInt8], _ start: Int, _ length: Int) -> Int? {
        var value = 0
        for index in start..<(start + length) {
            let byte = bytes[index]
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
