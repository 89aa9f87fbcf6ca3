/// A recurrence rule or set that cannot be parsed or expanded, with a message naming the offending value.
public struct RecurrenceError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The full message a user sees, e.g. `RRULE part BYDAY: "XX" is not a weekday (MO, TU, WE, TH, FR, SA, SU)`.
    public let message: String

    /// Creates an error with the message a user sees.
    public init(message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
