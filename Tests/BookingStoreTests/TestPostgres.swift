import BookingStorePostgres
import Foundation
import Logging
import NIOPosix
import PostgresNIO
import Testing

/// The PostgreSQL server the tests use: PROSTOR_TEST_POSTGRES, a postgres:// URL (CI starts a
/// throwaway cluster and sets it, see .ci/postgres.sh). Without it the PostgreSQL cases are left out,
/// so that `swift test` works on a machine without PostgreSQL.
enum TestPostgres {
    static let url: String? = ProcessInfo.processInfo.environment["PROSTOR_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }

    /// Set by CI: a missing or unreachable server is then a failure, not a reason to skip.
    static let isRequired = ProcessInfo.processInfo.environment["PROSTOR_REQUIRE_POSTGRES"] == "1"

    static var isAvailable: Bool { url != nil }

    /// The server's location, with the schemas of earlier runs removed the first time it is asked for.
    static let location: PostgresLocation? = {
        guard let url, let location = try? PostgresLocation(url: url) else { return nil }
        try? execute("""
            DO $$ DECLARE name text; BEGIN
                FOR name IN SELECT nspname FROM pg_namespace WHERE nspname LIKE 'prostor_test_%' LOOP
                    EXECUTE format('DROP SCHEMA %I CASCADE', name);
                END LOOP;
            END $$
            """, at: location)
        return location
    }()

    /// A location with a new schema, so that each store starts empty and tests can run side by side.
    static func freshLocation() throws -> PostgresLocation {
        let location = try #require(location, "PROSTOR_TEST_POSTGRES is not a postgres:// URL")
        let suffix = UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
        return location.with(schema: "prostor_test_\(suffix)")
    }

    /// A new empty store in a schema of its own.
    static func freshStore() throws -> PostgresAppDatabase {
        try PostgresAppDatabase(location: freshLocation(), create: true)
    }

    /// Runs one statement on a connection of its own, as another program would, bypassing the store.
    static func execute(_ sql: String, at location: PostgresLocation) throws {
        var configuration = PostgresConnection.Configuration(host: location.host, port: location.port, username: location.user,
                                                             password: location.password, database: location.database, tls: .disable)
        configuration.options.additionalStartupParameters = [("search_path", "\"\(location.schema)\"")]
        let logger = Logger(label: "prostor.tests.postgres")
        let connection = try PostgresConnection.connect(on: MultiThreadedEventLoopGroup.singleton.next(),
                                                        configuration: configuration, id: 1, logger: logger).wait()
        defer { try? connection.close().wait() }
        _ = try connection.query(PostgresQuery(unsafeSQL: sql), logger: logger).wait()
    }
}
