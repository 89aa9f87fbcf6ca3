import Bookings
import Foundation
import GRDB

extension AppDatabase {
    /// Every table's rows as stored, read in one transaction: the source of `prostor copy`.
    public func dump() throws -> StoreDump {
        try read { reader in
            let db = try Self.connection(of: reader)
            var dump = StoreDump()
            for table in StoreDump.layout {
                let columns = table.columns.map { "\"\($0.name)\"" }.joined(separator: ", ")
                let rows = try Row.fetchAll(db, sql: "SELECT \(columns) FROM \"\(table.name)\" ORDER BY \(columns)")
                dump.rows[table.name] = rows.map { row in
                    table.columns.enumerated().map { index, column in Self.value(row[index] as DatabaseValue, column.kind) }
                }
            }
            return dump
        }
    }

    /// Writes every row of `dump` in one transaction, ids included, and checks that each table then
    /// holds as many rows as the dump; refuses a database that holds anything already.
    public func load(_ dump: StoreDump, into name: String) throws {
        try write { writer in
            let db = try Self.connection(of: writer)
            for table in StoreDump.layout {
                let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \"\(table.name)\"") ?? 0
                if count > 0 {
                    throw CopyRefused("\(name) already holds data (\(count) rows in \(table.name)): copy into a new, empty database")
                }
            }
            for table in StoreDump.layout {
                let columns = table.columns.map { "\"\($0.name)\"" }.joined(separator: ", ")
                let marks = Array(repeating: "?", count: table.columns.count).joined(separator: ", ")
                let statement = try db.makeStatement(sql: "INSERT INTO \"\(table.name)\" (\(columns)) VALUES (\(marks))")
                for row in dump.rows[table.name] ?? [] {
                    try statement.execute(arguments: StatementArguments(row.map(Self.databaseValue)))
                }
            }
            for table in StoreDump.layout {
                let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \"\(table.name)\"") ?? 0
                let expected = dump.rows[table.name]?.count ?? 0
                if count != expected {
                    throw CopyRefused("\(table.name) has \(count) rows after the copy, not \(expected): nothing was copied")
                }
            }
        }
    }

    private static func connection(of store: any StoreReader) throws -> Database {
        guard let store = store as? SQLiteStore else { throw DatabaseError(message: "not a transaction of this store") }
        return store.db
    }

    private static func value(_ value: DatabaseValue, _ kind: StoreDump.Kind) -> StoreDump.Value {
        if value.isNull { return .null }
        switch kind {
        case .integer: return Int64.fromDatabaseValue(value).map(StoreDump.Value.integer) ?? .null
        case .text: return String.fromDatabaseValue(value).map(StoreDump.Value.text) ?? .null
        case .boolean: return Bool.fromDatabaseValue(value).map(StoreDump.Value.boolean) ?? .null
        case .timestamp: return Date.fromDatabaseValue(value).map(StoreDump.Value.timestamp) ?? .null
        case .json: return String.fromDatabaseValue(value).map(StoreDump.Value.json) ?? .null
        }
    }

    private static func databaseValue(_ value: StoreDump.Value) -> DatabaseValue {
        switch value {
        case .null: return .null
        case .integer(let integer): return integer.databaseValue
        case .text(let text), .json(let text): return text.databaseValue
        case .boolean(let boolean): return boolean.databaseValue
        case .timestamp(let date): return date.databaseValue
        }
    }
}
