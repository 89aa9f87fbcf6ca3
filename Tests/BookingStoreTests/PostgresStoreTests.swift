import BookingStorePostgres
import Bookings
import Foundation
import Testing

/// What only the PostgreSQL store has to show: its schema, its errors, and that the database
/// itself keeps the history append-only and a broken connection harmless. Against a real server.
@Suite(.enabled(if: TestPostgres.isAvailable || TestPostgres.isRequired, "PROSTOR_TEST_POSTGRES names no server"))
struct PostgresStoreTests {
    @Test func theSchemaHasTheVersionsOfTheSQLiteOne() throws {
        let database = try TestPostgres.freshStore()
        #expect(try database.schemaVersion() == "v3: notifications")
        // Opening again migrates nothing and finds the same version.
        #expect(try PostgresAppDatabase(location: database.location, create: false).schemaVersion() == "v3: notifications")
    }

    @Test func theDatabaseRefusesToChangeOrRemoveHistory() throws {
        let database = try TestPostgres.freshStore()
        _ = try database.write { writer in
            try writer.append(HistoryEntry(at: Date(), actor: "Ana", action: .booked, bookingID: 1, summary: "a"))
        }
        // Another program (or a careless script) on the same database meets the triggers of migration v2.
        for statement in ["UPDATE history SET actor = 'Boris'", "DELETE FROM history", "TRUNCATE history"] {
            let error = thrown { try TestPostgres.execute(statement, at: database.location) }
            #expect(error != nil, "\(statement) was allowed")
        }
        #expect(try database.read { reader in try reader.history(booking: nil) }.map(\.actor) == ["Ana"])
    }

    @Test func aConnectionLostDuringAChangeLeavesNothingWritten() throws {
        let database = try TestPostgres.freshStore(), sample = try Sample()
        let application = "prostor \(database.location.schema)"
        let error = thrown {
            try database.write { writer throws in
                try writer.save(sample.golnik)
                // The server ends this connection, as it does when it restarts or the network fails.
                try TestPostgres.execute("""
                    SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                    WHERE application_name = '\(application)' AND state = 'idle in transaction'
                    """, at: database.location)
                // Let the client see the connection close, as it does when the loss happens between statements.
                Thread.sleep(forTimeInterval: 0.5)
                try writer.save(sample.dvorana)
            }
        }
        #expect((error as? PostgresStoreError) == .connectionLost(database.location), "\(String(describing: error))")
        #expect(error.map { String(describing: $0) } == """
            the connection to PostgreSQL at \(database.location.host):\(database.location.port) was lost; \
            the change was not made (the server rolls back a transaction it did not see committed)
            """)
        // The next change gets a new connection and finds nothing of the lost one.
        #expect(try database.read { try $0.venues() } == [])
        try database.write { try $0.save(sample.zlatoPolje) }
        #expect(try database.read { try $0.venues() } == [sample.zlatoPolje])
    }

    @Test func anUnreachableServerIsNamedWithItsUserButNotThePassword() throws {
        let error = thrown { try PostgresAppDatabase(url: "postgres://kranj:skrivnost@127.0.0.1:1/prostor", create: false) }
        let message = try #require(error.map { String(describing: $0) })
        #expect(message == "cannot reach PostgreSQL at 127.0.0.1:1 (as user kranj): connection refused; "
                + "is the server running and listening there?")
        #expect(!message.contains("skrivnost"))
    }

    @Test func aWrongPasswordIsRefusedNamingHostAndUser() throws {
        var location = try #require(TestPostgres.location)
        location.password = "napacno-geslo"
        let error = thrown { try PostgresAppDatabase(location: location, create: false) }
        let message = try #require(error.map { String(describing: $0) })
        #expect(message == """
            PostgreSQL at \(location.host):\(location.port) refused user \(location.user) for database \(location.database): \
            password authentication failed for user "\(location.user)"
            """)
        #expect(!message.contains("napacno-geslo"))
    }

    @Test func aSchemaNotYetInitialisedSaysToRunInit() throws {
        let location = try TestPostgres.freshLocation()
        let error = thrown { try PostgresAppDatabase(location: location, create: false) }
        #expect(error.map { String(describing: $0) } == "no Prostor database at \(location): run `prostor init --db \(location)` first")
    }

    @Test func aWriteInsideAWriteJoinsItAndAReadInsideSeesIt() throws {
        let database = try TestPostgres.freshStore(), sample = try Sample()
        try database.write { writer throws in
            try writer.save(sample.golnik)
            #expect(try database.read { try $0.venues() } == [sample.golnik])
            try database.write { try $0.save(sample.zlatoPolje) }
        }
        #expect(try database.read { try $0.venues() } == sample.venues)
    }
}

@Suite struct PostgresLocationTests {
    @Test func aURLGivesHostPortUserDatabaseAndSchema() throws {
        let location = try PostgresLocation(url: "postgres://kranj:s%40crt@db.kranj.si:6543/prostor?schema=golnik", environment: [:])
        #expect(location.host == "db.kranj.si" && location.port == 6543 && location.user == "kranj")
        #expect(location.password == "s@crt" && location.database == "prostor" && location.schema == "golnik")
        #expect(location.description == "postgres://kranj@db.kranj.si:6543/prostor?schema=golnik")
    }

    @Test func thePortDefaultsAndThePasswordMayComeFromPGPASSWORD() throws {
        let location = try PostgresLocation(url: "postgresql://kranj@localhost/prostor", environment: ["PGPASSWORD": "geslo"])
        #expect(location.port == 5432 && location.password == "geslo" && location.schema == "public")
        #expect(location.description == "postgres://kranj@localhost:5432/prostor")
    }

    @Test func aBadURLSaysWhatIsMissingWithoutThePassword() throws {
        let cases = [
            ("postgres://:geslo@localhost/prostor", "postgres://:…@localhost/prostor names no user: write postgres://user@localhost/…"),
            ("postgres://kranj:geslo@localhost", "postgres://kranj:…@localhost names no database: end it with /name"),
            ("postgres://kranj@localhost/prostor?schema=Golnik-1", "schema must be lower-case letters, digits and _, got \"Golnik-1\""),
            ("postgres://kranj@localhost/prostor?sslmode=require",
             "unknown option \"sslmode\" in postgres://kranj@localhost/prostor?sslmode=require: only schema is known"),
        ]
        for (url, message) in cases {
            #expect(thrownMessage { try PostgresLocation(url: url, environment: [:]) } == message)
        }
    }
}
