import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import PostgresNIO

/// Open connections to one database, lent to one transaction at a time.
///
/// The web server runs several reads at once, so one connection is not enough; a connection that
/// failed in a way that leaves its state unknown is closed instead of being returned.
final class ConnectionPool: Sendable {
    /// The event loop that all connections of all stores use. It is the store's own, so that a
    /// thread waiting for an answer can never be the one that has to deliver it.
    static let eventLoopGroup = MultiThreadedEventLoopGroup(numberOfThreads: 1)

    let location: PostgresLocation
    private let configuration: PostgresConnection.Configuration
    private let idle = NIOLockedValueBox<[PostgresConnection]>([])
    private let nextID = NIOLockedValueBox(0)
    private let logger: Logger
    /// More idle connections than this are closed when returned.
    private let keep = 8

    init(location: PostgresLocation) {
        self.location = location
        var configuration = PostgresConnection.Configuration(
            host: location.host, port: location.port, username: location.user, password: location.password,
            database: location.database, tls: .disable)
        configuration.options.connectTimeout = .seconds(5)
        // Sent with the start-up message, so every connection is set up before its first statement.
        configuration.options.additionalStartupParameters = [
            ("search_path", "\"\(location.schema)\""), ("TimeZone", "UTC"), ("application_name", Self.applicationName(location)),
        ]
        self.configuration = configuration
        var logger = Logger(label: "prostor.postgres")
        logger.logLevel = .critical
        self.logger = logger
    }

    /// How the server lists these connections (pg_stat_activity): "prostor", and the schema when not public.
    static func applicationName(_ location: PostgresLocation) -> String {
        location.schema == "public" ? "prostor" : "prostor \(location.schema)"
    }

    deinit {
        for connection in idle.withLockedValue({ $0 }) { Self.close(connection) }
    }

    /// Runs `body` on a connection of the pool, opening one when none is idle.
    func withSession<T>(_ body: (PostgresSession) throws -> T) throws -> T {
        let connection = try take()
        let session = PostgresSession(connection: connection, location: location, logger: logger)
        do {
            let result = try body(session)
            giveBack(connection)
            return result
        } catch {
            // A transaction that failed has been rolled back by `body`, or the connection is of no more use.
            if session.isBroken || connection.isClosed {
                Self.close(connection)
            } else {
                giveBack(connection)
            }
            throw error
        }
    }

    private func take() throws -> PostgresConnection {
        while let connection = idle.withLockedValue({ $0.popLast() }) {
            if !connection.isClosed { return connection }
        }
        let id = nextID.withLockedValue { id in
            id += 1
            return id
        }
        do {
            return try PostgresConnection.connect(on: Self.eventLoopGroup.next(), configuration: configuration,
                                                  id: id, logger: logger).wait()
        } catch {
            throw PostgresStoreError.connecting(error, to: location)
        }
    }

    private func giveBack(_ connection: PostgresConnection) {
        let kept = idle.withLockedValue { idle in
            guard idle.count < keep else { return false }
            idle.append(connection)
            return true
        }
        if !kept { Self.close(connection) }
    }

    /// Closes without waiting; the closure keeps the connection alive until it is closed, which
    /// postgres-nio requires of every connection it has opened.
    private static func close(_ connection: PostgresConnection) {
        connection.close().whenComplete { _ in _ = connection }
    }
}
