import Bookings
import Foundation
import PostgresNIO

extension PostgresAppDatabase {
    /// Every table's rows as stored, read in one transaction: the source of `prostor copy`.
    public func dump() throws -> StoreDump {
        try read { reader in
            let session = try Self.session(of: reader)
            var dump = StoreDump()
            for table in StoreDump.layout {
                let columns = table.columns.map { Self.selected($0) }.joined(separator: ", ")
                let order = table.columns.map(\.name).joined(separator: ", ")
                let rows = try session.rows(PostgresQuery(unsafeSQL: "SELECT \(columns) FROM \(Self.quoted(table.name)) ORDER BY \(order)"))
                dump.rows[table.name] = try rows.map { row in
                    try zip(row, table.columns).map { cell, column in try Self.value(cell, column.kind) }
                }
            }
            return dump
        }
    }

    /// Writes every row of `dump` in one transaction, ids included, moves each identity counter past
    /// the copied ids, and checks that each table then holds as many rows as the dump; refuses a
    /// database that holds anything already.
    public func load(_ dump: StoreDump) throws {
        try write { writer in
            let session = try Self.session(of: writer)
            for table in StoreDump.layout {
                let count = try session.value(Int64.self, PostgresQuery(unsafeSQL: "SELECT COUNT(*) FROM \(Self.quoted(table.name))")) ?? 0
                if count > 0 {
                    throw CopyRefused("\(location) already holds data (\(count) rows in \(table.name)): copy into a new, empty database")
                }
            }
            for table in StoreDump.layout {
                let columns = table.columns.map(\.name).joined(separator: ", ")
                let values = table.columns.enumerated().map { index, column in
                    column.kind == .json ? "$\(index + 1)::jsonb" : "$\(index + 1)"
                }.joined(separator: ", ")
                let sql = "INSERT INTO \(Self.quoted(table.name)) (\(columns)) VALUES (\(values))"
                for row in dump.rows[table.name] ?? [] {
                    var bindings = PostgresBindings(capacity: row.count)
                    for value in row { Self.bind(value, into: &bindings) }
                    try session.execute(PostgresQuery(unsafeSQL: sql, binds: bindings))
                }
                if table.columns.contains(where: \.isIdentity) {
                    try session.execute(PostgresQuery(unsafeSQL: """
                        SELECT setval(pg_get_serial_sequence('\(Self.quoted(table.name))', 'id'), COALESCE(MAX(id), 0) + 1, false)
                        FROM \(Self.quoted(table.name))
                        """))
                }
            }
            for table in StoreDump.layout {
                let count = try session.value(Int64.self, PostgresQuery(unsafeSQL: "SELECT COUNT(*) FROM \(Self.quoted(table.name))")) ?? 0
                let expected = dump.rows[table.name]?.count ?? 0
                if count != Int64(expected) {
                    throw CopyRefused("\(table.name) has \(count) rows after the copy, not \(expected): nothing was copied")
                }
            }
        }
    }

    private static func session(of store: any StoreReader) throws -> PostgresSession {
        guard let store = store as? PostgresStore else { throw PostgresStoreError.server("not a transaction of this store") }
        return store.session
    }

    /// `group` is a keyword; the other names are plain identifiers (folded to lower case, as everywhere here).
    static func quoted(_ table: String) -> String {
        table == "group" ? "\"group\"" : table
    }

    private static func selected(_ column: StoreDump.Column) -> String {
        column.kind == .json ? "\(column.name)::text" : column.name
    }

    private static func value(_ cell: PostgresCell, _ kind: StoreDump.Kind) throws -> StoreDump.Value {
        switch kind {
        case .integer: return try cell.decode(Int64?.self).map(StoreDump.Value.integer) ?? .null
        case .text: return try cell.decode(String?.self).map(StoreDump.Value.text) ?? .null
        case .boolean: return try cell.decode(Bool?.self).map(StoreDump.Value.boolean) ?? .null
        case .timestamp: return try cell.decode(Date?.self).map(StoreDump.Value.timestamp) ?? .null
        case .json: return try cell.decode(String?.self).map(StoreDump.Value.json) ?? .null
        }
    }

    private static func bind(_ value: StoreDump.Value, into bindings: inout PostgresBindings) {
        switch value {
        case .null: bindings.appendNull()
        case .integer(let integer): bindings.append(integer)
        case .text(let text), .json(let text): bindings.append(text)
        case .boolean(let boolean): bindings.append(boolean)
        case .timestamp(let date): bindings.append(date)
        }
    }
}
