import NIOPosix

/// The transaction the current thread is running for a store, so that a `read` or `write` called
/// from inside another one joins it instead of waiting for a second connection (which, for a
/// write, would wait for the lock its own thread holds).
final class ActiveTransaction: @unchecked Sendable {
    // Unchecked: an instance is only ever reached from the thread that runs its transaction.
    private static let current = ThreadSpecificVariable<ActiveTransaction>()

    let session: PostgresSession
    let writes: Bool
    private let pool: ObjectIdentifier

    init(session: PostgresSession, writes: Bool, pool: ConnectionPool) {
        self.session = session
        self.writes = writes
        self.pool = ObjectIdentifier(pool)
    }

    static func current(of pool: ConnectionPool) -> ActiveTransaction? {
        guard let active = current.currentValue, active.pool == ObjectIdentifier(pool) else { return nil }
        return active
    }

    /// Runs `body` with this transaction as the thread's current one.
    func during<T>(_ body: () throws -> T) rethrows -> T {
        let outer = Self.current.currentValue
        Self.current.currentValue = self
        defer { Self.current.currentValue = outer }
        return try body()
    }
}
