/// The store stayed locked by another writer for longer than this program waits; nothing was changed.
///
/// Distinct from invalid input: the same command, run again once the other writer is done, succeeds.
public struct StoreBusy: Error, Equatable, Sendable, CustomStringConvertible {
    /// How long the store waited, in seconds.
    public var seconds: Double

    public init(seconds: Double) { self.seconds = seconds }

    public var description: String {
        let shown = seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
        return "the database is busy: another program kept it locked for more than \(shown) seconds; "
            + "nothing was changed, try again"
    }
}
