import Foundation

/// A whole database as the rows of its tables, ids, times and history exactly as stored: what
/// `prostor copy` moves from one store to another (SQLite ↔ PostgreSQL).
///
/// Both stores keep the same tables with the same columns (`layout`); a table added to the schema
/// is added here, and then each store's dump and load handle it without further code.
public struct StoreDump: Sendable, Equatable {
    /// How a column's values travel between stores.
    public enum Kind: Sendable {
        case integer, text, boolean, timestamp, json
    }

    public enum Value: Sendable, Equatable {
        case null
        case integer(Int64)
        case text(String)
        case boolean(Bool)
        case timestamp(Date)
        /// A JSON document as text.
        case json(String)
    }

    public struct Column: Sendable {
        public let name: String
        public let kind: Kind
        /// True for the key the store numbers itself, whose counter must move past the copied rows.
        public let isIdentity: Bool

        init(_ name: String, _ kind: Kind, identity: Bool = false) {
            self.name = name
            self.kind = kind
            isIdentity = identity
        }
    }

    public struct Table: Sendable {
        public let name: String
        public let columns: [Column]
    }

    /// The rows of each table, in `layout` order, each row's values in the order of its columns.
    public var rows: [String: [[Value]]]

    public init(rows: [String: [[Value]]] = [:]) {
        self.rows = rows
    }

    /// How many rows each table has.
    public var counts: [String: Int] { rows.mapValues(\.count) }

    /// The tables in an order in which every row's references come before it.
    public static let layout: [Table] = [
        Table(name: "venue", columns: [.init("id", .integer, identity: true), .init("slug", .text), .init("name", .text),
                                       .init("address", .text), .init("timeZone", .text), .init("admins", .json)]),
        Table(name: "room", columns: [.init("id", .integer, identity: true), .init("venueId", .integer), .init("slug", .text),
                                      .init("name", .text), .init("capacity", .integer), .init("features", .json),
                                      .init("openingHours", .json)]),
        Table(name: "closure", columns: [.init("id", .integer, identity: true), .init("venueId", .integer),
                                         .init("roomId", .integer), .init("firstDay", .text), .init("lastDay", .text),
                                         .init("hours", .text), .init("reason", .text)]),
        Table(name: "group", columns: [.init("id", .integer, identity: true), .init("slug", .text), .init("name", .text),
                                       .init("kind", .text), .init("contactName", .text), .init("email", .text),
                                       .init("phone", .text), .init("token", .text), .init("language", .text)]),
        Table(name: "term", columns: [.init("id", .integer, identity: true), .init("slug", .text), .init("name", .text),
                                      .init("firstDay", .text), .init("lastDay", .text)]),
        Table(name: "request", columns: [.init("id", .integer, identity: true), .init("groupId", .integer),
                                         .init("termId", .integer), .init("title", .text), .init("details", .json),
                                         .init("status", .text)]),
        Table(name: "booking", columns: [.init("id", .integer, identity: true), .init("requestId", .integer),
                                         .init("roomId", .integer), .init("groupId", .integer), .init("title", .text),
                                         .init("description", .text), .init("start", .text),
                                         .init("durationMinutes", .integer), .init("recurrence", .text),
                                         .init("state", .text), .init("isPublic", .boolean), .init("sequence", .integer),
                                         .init("createdAt", .timestamp), .init("modifiedAt", .timestamp)]),
        Table(name: "bookingException", columns: [.init("bookingId", .integer), .init("originalDate", .text),
                                                  .init("change", .json), .init("reason", .text)]),
        Table(name: "venuePolicy", columns: [.init("venueId", .integer), .init("details", .json)]),
        Table(name: "history", columns: [.init("id", .integer, identity: true), .init("at", .text), .init("actor", .text),
                                         .init("action", .text), .init("bookingId", .integer), .init("venue", .text),
                                         .init("summary", .text), .init("reason", .text), .init("before", .json),
                                         .init("after", .json)]),
        Table(name: "outbox", columns: [.init("id", .integer, identity: true), .init("createdAt", .text),
                                        .init("event", .text), .init("recipient", .text), .init("recipientName", .text),
                                        .init("language", .text), .init("groupSlug", .text), .init("venueSlug", .text),
                                        .init("bookingId", .integer), .init("requestId", .integer), .init("subject", .text),
                                        .init("body", .text), .init("pagePath", .text), .init("calendar", .text),
                                        .init("status", .text), .init("attempts", .integer), .init("nextAttemptAt", .text),
                                        .init("lastError", .text), .init("sentAt", .text)]),
    ]
}

/// `prostor copy` was pointed at a target that already holds data, or the copy did not arrive whole.
public struct CopyRefused: Error, Equatable, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
