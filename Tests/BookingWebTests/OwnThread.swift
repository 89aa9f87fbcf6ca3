import Foundation

/// Runs blocking socket work on a thread of its own. Swift's cooperative pool has as many threads as
/// cores (two here): a test that blocked them in `recv` would leave none for the server's handlers to
/// resume on, and client and server would wait for each other for ever.
enum OwnThread {
    static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result(catching: work)) }.start()
        }
    }
}
