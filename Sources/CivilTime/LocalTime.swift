/// A time of day without a date or zone, to the second, stored as seconds since midnight.
public struct LocalTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Seconds since midnight, 0 to 86 399.
    public let secondOfDay: Int

    /// Creates a time from seconds since midnight; `secondOfDay` must be in 0..<86400.
    @inlinable
    public init(secondOfDay: Int) {
        precondition((0..<86_400).contains(secondOfDay), "second of day out of range: \(secondOfDay)")
        self.secondOfDay = secondOfDay
    }

    /// Creates a time from its parts, checking each: `try LocalTime(hour: 18, minute: 0)`.
    public init(hour: Int, minute: Int, second: Int = 0) throws(CivilTimeError) {
        let text = [hour, minute, second].map { $0 >= 0 ? pad($0, 2) : String($0) }.joined(separator: ":")
        guard (0...23).contains(hour) else {
            throw CivilTimeError(message: "invalid time \"\(text)\": hour must be 0 to 23, got \(hour)")
        }
        guard (0...59).contains(minute) else {
            throw CivilTimeError(message: "invalid time \"\(text)\": minute must be 0 to 59, got \(minute)")
        }
        // RFC 5545 allows a leap second 60; civil bookings never use it, so it is refused here.
        guard (0...59).contains(second) else {
            throw CivilTimeError(message: "invalid time \"\(text)\": second must be 0 to 59, got \(second)")
        }
        self.secondOfDay = hour * 3600 + minute * 60 + second
    }

    /// Parses "18:00", "18:00:30", or the Slovenian "18.00" (an hour may have one digit: "9.00").
    public init(iso: String) throws(CivilTimeError) {
        let bytes = Array(iso.utf8)
        let separator = bytes.firstIndex { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ".") } ?? bytes.count
        let hour = parseDigits(bytes, 0..<separator)
        var minute: Int?
        var second = 0
        var wellFormed = (1...2).contains(separator) && bytes.count >= separator + 3
        if wellFormed {
            minute = parseDigits(bytes, (separator + 1)..<(separator + 3))
            if bytes.count == separator + 6, bytes[separator + 3] == bytes[separator] {
                if let parsed = parseDigits(bytes, (separator + 4)..<(separator + 6)) {
                    second = parsed
                } else {
                    wellFormed = false
                }
            } else if bytes.count != separator + 3 {
                wellFormed = false
            }
        }
        guard wellFormed, let hour, let minute else {
            throw CivilTimeError(message: "invalid time \"\(iso)\": expected HH:MM or HH:MM:SS, e.g. 18:00")
        }
        do {
            try self.init(hour: hour, minute: minute, second: second)
        } catch {
            throw CivilTimeError(message: error.message.replacingFirstQuoted(with: iso))
        }
    }

    /// The hour, 0 to 23.
    @inlinable public var hour: Int { secondOfDay / 3600 }
    /// The minute, 0 to 59.
    @inlinable public var minute: Int { secondOfDay / 60 % 60 }
    /// The second, 0 to 59.
    @inlinable public var second: Int { secondOfDay % 60 }
    /// Minutes since midnight, 0 to 1439.
    @inlinable public var minuteOfDay: Int { secondOfDay / 60 }

    /// 00:00.
    public static let midnight = LocalTime(secondOfDay: 0)

    /// "18:00", or "18:00:30" when the seconds are not zero.
    public var description: String {
        let base = "\(pad(hour, 2)):\(pad(minute, 2))"
        return second == 0 ? base : base + ":\(pad(second, 2))"
    }

    /// Times order by seconds since midnight.
    @inlinable
    public static func < (lhs: LocalTime, rhs: LocalTime) -> Bool { lhs.secondOfDay < rhs.secondOfDay }
}

extension LocalTime: Codable {
    /// Decodes from "HH:MM" or "HH:MM:SS".
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(iso: text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    /// Encodes as "HH:MM", or "HH:MM:SS" when the seconds are not zero.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
