import CivilTime

/// HTTP dates (RFC 9110 IMF-fixdate, `Wed, 25 Nov 2026 12:00:00 GMT`) for Last-Modified and
/// If-Modified-Since, computed with CivilTime's day arithmetic instead of a shared DateFormatter.
enum HTTPDate {
    private static let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func format(secondsSinceEpoch seconds: Int64) -> String {
        let value = LocalDateTime(secondsSinceEpoch: seconds)
        let (year, month, day) = value.date.components
        func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
        return "\(days[value.date.weekday.rawValue - 1]), \(two(day)) \(months[month - 1]) \(year) "
            + "\(two(value.time.hour)):\(two(value.time.minute)):\(two(value.time.second)) GMT"
    }

    /// Seconds since 1970 for an IMF-fixdate; nil for anything else (the older RFC 850 and asctime
    /// forms are then treated as absent, which only costs a full answer).
    static func parse(_ text: String) -> Int64? {
        let parts = text.split(separator: " ")
        guard parts.count == 6, parts[5] == "GMT", let day = Int(parts[1]),
              let monthIndex = months.firstIndex(of: String(parts[2])), let year = Int(parts[3]) else { return nil }
        let clock = parts[4].split(separator: ":").compactMap { Int($0) }
        guard clock.count == 3, let date = try? LocalDate(year: year, month: monthIndex + 1, day: day),
              let time = try? LocalTime(hour: clock[0], minute: clock[1], second: clock[2]) else { return nil }
        return LocalDateTime(date: date, time: time).secondsSinceEpoch
    }
}
