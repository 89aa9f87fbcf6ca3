/// A malformed calendar, or a model the writer cannot express, with a message that says what and where.
public struct ICalendarError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The 1-based number of the first physical line of the offending content line, when reading.
    public let line: Int?
    /// What is wrong and, where it helps, how to fix it.
    public let message: String

    /// Creates an error; `line` is nil for errors that do not come from a text being read.
    public init(line: Int? = nil, message: String) {
        self.line = line
        self.message = message
    }

    /// The full message a user sees: `line 12: SUMMARY: unknown escape "\a" …`.
    public var description: String {
        guard let line else { return message }
        return "line \(line): \(message)"
    }
}
