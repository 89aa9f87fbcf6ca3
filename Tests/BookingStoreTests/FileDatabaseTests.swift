import BookingStore
import Bookings
import Foundation
import Testing

/// A directory of its own for one test, removed when the test is done with it.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("prostor-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    deinit { try? FileManager.default.removeItem(at: url) }
}

@Suite("AppDatabase: the SQLite file, its journal and its schema")
struct FileDatabaseTests {
    let directory: TemporaryDirectory

    init() throws { directory = try TemporaryDirectory() }

    @Test func aFileDatabaseUsesWriteAheadLogging() throws {
        let path = directory.path("prostor.sqlite")
        let database = try AppDatabase(path: path)
        try database.write { try $0.save(Venue(slug: slug("golnik"), name: "KS Golnik", address: "")) }
        // Bytes 18 and 19 of the SQLite header are the write and read format versions: 2 means WAL.
        let header = try #require(FileManager.default.contents(atPath: path)).prefix(20)
        #expect(Array(header.prefix(16)) == Array("SQLite format 3\0".utf8))
        #expect(header[18] == 2)
        #expect(header[19] == 2)
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func reopeningAFileKeepsItsData() throws {
        let path = directory.path("prostor.sqlite"), sample = try Sample()
        let saved = try AppDatabase(path: path).write { try sample.save(into: $0) }
        let reopened = try AppDatabase(path: path, create: false)
        let snapshot = try Snapshot(reopened)
        #expect(snapshot.venues == sample.venues)
        #expect(snapshot.rooms == sample.rooms)
        #expect(snapshot.requests == saved.requests)
        #expect(snapshot.bookings == saved.bookings)
    }

    @Test func openingAMissingFileWithoutCreatingItSaysHowToMakeOne() throws {
        let path = directory.path("missing.sqlite")
        let error = thrown { try AppDatabase(path: path, create: false) }
        #expect((error as? DatabaseMissing)?.description
            == "no database at \(path): run `prostor init` first, or give another with --db or PROSTOR_DB")
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func openingCreatesTheFileWhenAllowed() throws {
        let path = directory.path("new.sqlite")
        _ = try AppDatabase(path: path)
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test func theSchemaVersionIsTheLastMigration() throws {
        let path = directory.path("prostor.sqlite")
        let expected = "v3: notifications"
        #expect(try AppDatabase().schemaVersion() == expected)
        #expect(try AppDatabase(path: path).schemaVersion() == expected)
        #expect(try AppDatabase(path: path, create: false).schemaVersion() == expected)
    }
}
