import Logging
import NIOCore
import PostgresNIO

/// One connection used synchronously: each statement is sent and then waited for.
///
/// Waiting is safe because the connection's event loop belongs to the store alone
/// (`ConnectionPool.eventLoopGroup`): the caller is a CLI thread or a web handler's task, never
/// the thread that must deliver the answer. NIO's `wait()` traps if that is ever not so.
final class PostgresSession {
    let connection: PostgresConnection
    let location: PostgresLocation
    let logger: Logger
    /// Set when the connection failed or a rollback did not go through: it is then closed, not reused.
    var isBroken = false

    init(connection: PostgresConnection, location: PostgresLocation, logger: Logger) {
        self.connection = connection
        self.location = location
        self.logger = logger
    }

    /// The rows of `query`.
    @discardableResult
    func rows(_ query: PostgresQuery) throws -> [PostgresRow] {
        Array(try result(query))
    }

    /// Runs a statement for its effect; returns the number of rows it changed.
    @discardableResult
    func execute(_ query: PostgresQuery) throws -> Int {
        try result(query).metadata.rows ?? 0
    }

    /// How long a statement may take before the connection is given up (and the server rolls back).
    /// Generous, since a write may wait this long for another writer's lock; it exists so that a
    /// connection that died unnoticed cannot make a command wait for ever.
    static let statementTimeout = TimeAmount.seconds(120)

    private func result(_ query: PostgresQuery) throws -> PostgresQueryResult {
        // postgres-nio never answers a query written to a closed channel, so look first.
        if connection.isClosed {
            isBroken = true
            throw PostgresStoreError.connectionLost(location)
        }
        do {
            return try Self.waitAtMost(Self.statementTimeout, for: connection.query(query, logger: logger),
                                       on: connection.eventLoop)
        } catch is StatementTimedOut {
            isBroken = true
            throw PostgresStoreError.connectionLost(location)
        } catch {
            let mapped = PostgresStoreError.running(error, at: location)
            if (mapped as? PostgresStoreError)?.losesTheConnection == true { isBroken = true }
            throw mapped
        }
    }

    private struct StatementTimedOut: Error, Equatable {}

    private static func waitAtMost<T: Sendable>(_ time: TimeAmount, for future: EventLoopFuture<T>,
                                                on eventLoop: any EventLoop) throws -> T {
        let promise = eventLoop.makePromise(of: T.self)
        future.cascade(to: promise)
        let timeout = eventLoop.scheduleTask(in: time) { promise.fail(StatementTimedOut()) }
        promise.futureResult.whenComplete { _ in timeout.cancel() }
        return try promise.futureResult.wait()
    }

    /// The first column of the first row, or nil when there is no row.
    func value<T: PostgresDecodable>(_ type: T.Type, _ query: PostgresQuery) throws -> T? {
        guard let row = try rows(query).first else { return nil }
        return try decode(row, T.self)
    }

    /// The row's columns as `types`, with a decoding failure turned into a store error.
    func decode<each T: PostgresDecodable>(_ row: PostgresRow, _ types: repeat (each T).Type) throws -> (repeat each T) {
        do {
            return try row.decode((repeat each T).self)
        } catch {
            throw PostgresStoreError.server("a stored row could not be read: \(String(reflecting: error))")
        }
    }
}
