import Bookings
import Foundation
import GRDB

extension AppDatabase {
    /// Whether `path` holds a file to open; refuses a directory, and an empty file when not creating
    /// (SQLite would silently make a database of it).
    static func checkFile(path: String, create: Bool) throws -> Bool {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            if create { return false }
            throw DatabaseMissing(path: path)
        }
        if isDirectory.boolValue { throw DatabaseUnusable(path: path, reason: "it is a directory, not a file") }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        if size == 0 && !create {
            throw DatabaseUnusable(path: path, reason: "it is an empty file; run `prostor init --db \(path)` to make it one")
        }
        return size != 0
    }

    /// Opens an existing file read-only and checks that it is SQLite and holds Prostor's migrations,
    /// so that another program's database is not migrated into ours.
    static func checkIsProstorDatabase(path: String, configuration: Configuration, create: Bool) throws {
        var readOnly = configuration
        readOnly.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: readOnly)
        let isOurs = try queue.read { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
            return tables.contains("grdb_migrations") || (create && tables.isEmpty)
        }
        if !isOurs {
            throw DatabaseUnusable(path: path, reason: "it is an SQLite database of another program, not Prostor's")
        }
    }

    /// SQLite's errors on opening, in words: the codes are meaningless to an administrator.
    static func translated(_ error: DatabaseError, path: String, busyTimeout: Double) -> any Error {
        switch error.resultCode {
        case .SQLITE_NOTADB:
            return DatabaseUnusable(path: path, reason: "it is not an SQLite database")
        case .SQLITE_CANTOPEN:
            return DatabaseUnusable(path: path, reason: "it cannot be opened (does its folder exist, and may it be written?)")
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH:
            return DatabaseUnusable(path: path, reason: "it may not be written")
        case .SQLITE_CORRUPT:
            return DatabaseUnusable(path: path, reason: "it is damaged (SQLite reports it as corrupt)")
        default:
            return error.isBusy ? StoreBusy(seconds: busyTimeout) : error
        }
    }
}

extension DatabaseError {
    /// Another connection holds the lock this one needs.
    var isBusy: Bool { resultCode == .SQLITE_BUSY || resultCode == .SQLITE_LOCKED }
}
