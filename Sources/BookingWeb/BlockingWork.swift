import Foundation
import NIOPosix

/// Runs the server's blocking work — every store call and the rendering around it — on threads of its
/// own, so that the few threads of Swift's concurrency pool, which read and answer every request, never
/// sit in SQLite's busy wait while another program holds the database (up to 30 s).
///
/// Writes (the form's POST) have a pool apart from reads: a queue of submissions waiting out a lock
/// cannot keep pages and feeds from being answered.
enum BlockingWork {
    static let reads = started(threads: 8)
    static let writes = started(threads: 4)

    /// Reads the store: pages, feeds, the empty form.
    static func read<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await run(work, on: reads)
    }

    /// Writes the store: a submitted form.
    static func write<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await run(work, on: writes)
    }

    private static func started(threads: Int) -> NIOThreadPool {
        let pool = NIOThreadPool(numberOfThreads: threads)
        pool.start()
        return pool
    }

    /// Unlike `NIOThreadPool.runIfActive`, a cancelled caller (the server shutting down) stops waiting
    /// even when the work already runs: the thread finishes it and its result is dropped. A write is one
    /// transaction, so it is either committed whole or not at all.
    private static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T, on pool: NIOThreadPool) async throws -> T {
        let answer = Answer<T>()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                answer.waiting(continuation)
                pool.submit { state in
                    guard state == .active else { return answer.resume(with: .failure(CancellationError())) }
                    answer.resume(with: Result(catching: work))
                }
            }
        } onCancel: {
            answer.resume(with: .failure(CancellationError()))
        }
    }

    /// One continuation, resumed once by whichever comes first: the work's result or the cancellation.
    private final class Answer<T: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var continuation: CheckedContinuation<T, any Error>?
        private var early: Result<T, any Error>?

        func waiting(_ continuation: CheckedContinuation<T, any Error>) {
            let result: Result<T, any Error>? = lock.withLock {
                if let early { return early }
                self.continuation = continuation
                return nil
            }
            if let result { continuation.resume(with: result) }
        }

        func resume(with result: Result<T, any Error>) {
            let continuation: CheckedContinuation<T, any Error>? = lock.withLock {
                if let continuation = self.continuation {
                    self.continuation = nil
                    early = .failure(CancellationError())  // any later result is dropped
                    return continuation
                }
                if early == nil { early = result }
                return nil
            }
            continuation?.resume(with: result)
        }
    }
}
