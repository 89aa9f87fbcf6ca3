/// A date and a time of day without a zone ("floating" in RFC 5545 terms).
public struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The date.
    public let date: LocalDate
    /// The time of day.
    public let time: LocalTime

    /// Combines a date and a time.
    @inlinable
    public init(date: LocalDate, time: LocalTime) {
        self.date = date
        self.time = time
    }

    /// Creates the date-time that is `seconds` after 1970-01-01T00:00 (negative before it).
    @inlinable
    public init(secondsSinceEpoch seconds: Int64) {
        let value = Int(seconds)
        let day = value >= 0 ? value / 86_400 : (value - 86_399) / 86_400
        self.init(date: LocalDate(dayNumber: day), time: LocalTime(secondOfDay: value - day * 86_400))
    }

    /// Parses "2027-01-12T18:00" or "2027-01-12T18:00:00" (a space may stand for the T).
    public init(iso: String) throws(CivilTimeError) {
        let parts = iso.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        let pieces = parts.count == 2 ? parts : iso.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
        guard pieces.count == 2 else {
            throw CivilTimeError(
                message: "invalid date-time \"\(iso)\": expected YYYY-MM-DDTHH:MM[:SS], e.g. 2027-01-12T18:00")
        }
        do {
            let date = try LocalDate(iso: String(pieces[0]))
            let time = try LocalTime(iso: String(pieces[1]))
            self.init(date: date, time: time)
        } catch {
            throw CivilTimeError(message: "invalid date-time \"\(iso)\": " + error.message)
        }
    }

    /// Seconds since 1970-01-01T00:00 of this civil date-time, as if it were UTC.
    @inlinable
    public var secondsSinceEpoch: Int64 {
        Int64(date.dayNumber) * 86_400 + Int64(time.secondOfDay)
    }

    /// The date-time `seconds` later, rolling over days.
    @inlinable
    public func adding(seconds: Int) -> LocalDateTime {
        LocalDateTime(secondsSinceEpoch: secondsSinceEpoch + Int64(seconds))
    }

    /// The date-time `minutes` later, rolling over days.
    @inlinable
    public func adding(minutes: Int) -> LocalDateTime {
        adding(seconds: minutes * 60)
    }

    /// The civil seconds from this date-time to `other` (ignoring any zone).
    @inlinable
    public func seconds(until other: LocalDateTime) -> Int {
        Int(other.secondsSinceEpoch - secondsSinceEpoch)
    }

    /// "2027-01-12T18:00", with ":SS" appended when the seconds are not zero.
    public var description: String { "\(date)T\(time)" }

    /// Date-times order by date, then time.
    @inlinable
    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        (lhs.date.dayNumber, lhs.time.secondOfDay) < (rhs.date.dayNumber, rhs.time.secondOfDay)
    }
}

extension LocalDateTime: Codable {
    /// Decodes from "YYYY-MM-DDTHH:MM[:SS]".
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(iso: text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    /// Encodes as "YYYY-MM-DDTHH:MM", with ":SS" when the seconds are not zero.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
