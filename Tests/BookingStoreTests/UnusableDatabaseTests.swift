import BookingStore
import Bookings
import Foundation
import GRDB
import Testing

/// Files that are not Prostor's database are refused in words before anything is written to them,
/// and a database another writer holds gives `StoreBusy`, not SQLite's "error 5".
@Suite("AppDatabase: unusable files and a busy database")
struct UnusableDatabaseTests {
    let directory: TemporaryDirectory

    init() throws { directory = try TemporaryDirectory() }

    func message(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func aDirectoryIsNamedAsSuch() {
        #expect(message { _ = try AppDatabase(path: directory.url.path, create: false) }
            == "cannot use \(directory.url.path) as the database: it is a directory, not a file")
    }

    @Test func anEmptyFileIsRefusedAndLeftEmpty() throws {
        let path = directory.path("empty.sqlite")
        _ = FileManager.default.createFile(atPath: path, contents: Data())
        #expect(message { _ = try AppDatabase(path: path, create: false) }
            == "cannot use \(path) as the database: it is an empty file; run `prostor init --db \(path)` to make it one")
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int == 0)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func aTextFileIsNotAnSQLiteDatabase() throws {
        let path = directory.path("notes.txt")
        let text = Data(String(repeating: "not a database\n", count: 40).utf8)
        _ = FileManager.default.createFile(atPath: path, contents: text)
        #expect(message { _ = try AppDatabase(path: path, create: false) }
            == "cannot use \(path) as the database: it is not an SQLite database")
        #expect(FileManager.default.contents(atPath: path) == text)
    }

    @Test func anotherProgramsDatabaseIsNotMigratedIntoOurs() throws {
        let path = directory.path("other.sqlite")
        try DatabaseQueue(path: path).write { try $0.execute(sql: "CREATE TABLE notes (text TEXT)") }
        #expect(message { _ = try AppDatabase(path: path, create: false) }
            == "cannot use \(path) as the database: it is an SQLite database of another program, not Prostor's")
        let tables = try DatabaseQueue(path: path).read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master") }
        #expect(tables == ["notes"])
    }

    @Test func aMissingFolderCannotBeOpened() {
        let path = directory.path("no/such/folder/prostor.sqlite")
        #expect(message { _ = try AppDatabase(path: path, create: true) }
            == "cannot use \(path) as the database: it cannot be opened (does its folder exist, and may it be written?)")
    }

    @Test func aWriteWhileAnotherWriterHoldsTheDatabaseIsBusyAndChangesNothing() throws {
        let path = directory.path("prostor.sqlite")
        _ = try AppDatabase(path: path)
        let database = try AppDatabase(path: path, create: false, busyTimeout: 0.1)
        // Another connection holds the write lock, as `BEGIN IMMEDIATE` in sqlite3 does.
        var unsafe = Configuration()
        unsafe.allowsUnsafeTransactions = true
        let other = try DatabaseQueue(path: path, configuration: unsafe)
        try other.inDatabase { try $0.execute(sql: "BEGIN IMMEDIATE") }
        #expect(throws: StoreBusy(seconds: 0.1)) {
            try database.write { try $0.save(Venue(slug: slug("golnik"), name: "KS Golnik", address: "")) }
        }
        try other.inDatabase { try $0.execute(sql: "ROLLBACK") }
        #expect(try database.read { try $0.venues() }.isEmpty)
        try database.write { try $0.save(Venue(slug: slug("golnik"), name: "KS Golnik", address: "")) }
        #expect(try database.read { try $0.venues() }.count == 1)
    }

    @Test func theBusyMessageSaysNothingChanged() {
        #expect(StoreBusy(seconds: 30).description
            == "the database is busy: another program kept it locked for more than 30 seconds; nothing was changed, try again")
    }
}
