import Bookings
import CivilTime
import Hummingbird

extension HTTPError {
    /// The answer the web gives for an error of the domain or the store: the one mapping, as
    /// `ExitStatus` is the CLI's. Handlers just `try`; `ErrorPageMiddleware` asks this.
    ///
    /// Nil for every other error: one the server's own state caused (a broken database, a bug), which
    /// is logged and answered 500 without its message.
    public init?(answering error: any Error) {
        switch error {
        case let error as HTTPError: self = error
        case let error as ImportError:
            guard let inner = HTTPError(answering: error.underlying) else { return nil }
            self = inner
        case is NotFound: self.init(.notFound)
        case is InvalidValue, is CivilTimeError: self.init(.badRequest)
        case is StoreConflict, is BookingClash, is GroupAlreadyKnown, is WrongState, is PolicyViolation: self.init(.conflict)
        case is StoreBusy:
            // Nothing was changed; the same request a little later succeeds.
            self.init(.serviceUnavailable, headers: [.retryAfter: Self.busyRetrySeconds])
        default: return nil
        }
    }

    /// Seconds a client is told to wait before repeating a request the busy database refused.
    static let busyRetrySeconds = "10"
}
