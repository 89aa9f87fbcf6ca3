/// An invalid civil date, time or zone, with a message that names the offending value.
public struct CivilTimeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The full message a user sees, e.g. `invalid date "2027-02-30": February 2027 has 28 days`.
    public let message: String

    /// Creates an error with the message a user sees.
    public init(message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
