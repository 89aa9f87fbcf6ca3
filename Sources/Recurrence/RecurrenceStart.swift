import CivilTime

/// A DTSTART: a civil date-time, or a date when the occurrences are whole days (VALUE=DATE).
public struct RecurrenceStart: Hashable, Sendable, CustomStringConvertible {
    /// The start; midnight for a date.
    public let dateTime: LocalDateTime
    /// Whether the start (and so every occurrence) is a date without a time.
    public let isDateOnly: Bool

    /// A start at a civil date-time.
    public init(_ dateTime: LocalDateTime) {
        self.dateTime = dateTime
        self.isDateOnly = false
    }

    /// A date-only start.
    public init(date: LocalDate) {
        self.dateTime = LocalDateTime(date: date, time: .midnight)
        self.isDateOnly = true
    }

    /// Parses "2027-01-12" or "2027-01-12T18:00[:SS]" (ISO 8601), or "20270112" or "20270112T180000"
    /// (RFC 5545); a UTC "Z" form is refused, since starts are civil times of a zone.
    public init(parsing text: String) throws(RecurrenceError) {
        if let value = ICalendarText.parse(text) {
            switch value {
            case .date(let date): self.init(date: date)
            case .local(let local): self.init(local)
            case .utc:
                throw RecurrenceError(
                    message: "invalid start \"\(text)\": give the civil time in the venue's zone, without Z")
            }
            return
        }
        do {
            if text.count == 10 {
                self.init(date: try LocalDate(iso: text))
            } else {
                self.init(try LocalDateTime(iso: text))
            }
        } catch {
            throw RecurrenceError(message: "invalid start \"\(text)\": \(error.message)")
        }
    }

    /// "2027-01-12" for a date, "2027-01-12T18:00" for a date-time.
    public var description: String { isDateOnly ? dateTime.date.description : dateTime.description }
}
