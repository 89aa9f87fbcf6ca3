import Foundation

/// Where a PostgreSQL database is: parsed from `postgres://user[:password]@host[:port]/database[?schema=name]`.
///
/// The password comes from the URL or, as with libpq, from PGPASSWORD; it is never part of
/// `description`, which is what messages and logs show.
public struct PostgresLocation: Sendable, Equatable, CustomStringConvertible {
    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String
    /// The schema the tables live in; several Prostor databases can share one PostgreSQL database this way.
    public var schema: String

    /// True when `text` names a PostgreSQL database rather than a file.
    public static func isPostgres(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    public init(url text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard Self.isPostgres(text), let components = URLComponents(string: text) else {
            throw PostgresStoreError.badLocation("\(Self.redacted(text)) is not a postgres://user@host:port/database URL")
        }
        guard let host = components.host, !host.isEmpty else {
            throw PostgresStoreError.badLocation("\(Self.redacted(text)) names no host")
        }
        guard let user = components.user.flatMap({ $0.removingPercentEncoding }) ?? environment["PGUSER"], !user.isEmpty else {
            throw PostgresStoreError.badLocation("\(Self.redacted(text)) names no user: write postgres://user@\(host)/…")
        }
        let database = String(components.path.dropFirst())
        guard !database.isEmpty, !database.contains("/") else {
            throw PostgresStoreError.badLocation("\(Self.redacted(text)) names no database: end it with /name")
        }
        self.host = host
        port = components.port ?? 5432
        self.user = user
        password = components.password.flatMap { $0.removingPercentEncoding } ?? environment["PGPASSWORD"]
        self.database = database
        schema = "public"
        for item in components.queryItems ?? [] {
            switch item.name {
            case "schema":
                let name = item.value ?? ""
                guard name.range(of: "^[a-z_][a-z0-9_]{0,62}$", options: .regularExpression) != nil else {
                    throw PostgresStoreError.badLocation("schema must be lower-case letters, digits and _, got \"\(name)\"")
                }
                schema = name
            default:
                throw PostgresStoreError.badLocation("unknown option \"\(item.name)\" in \(Self.redacted(text)): only schema is known")
            }
        }
    }

    /// `postgres://user@host:port/database`, without the password.
    public var description: String {
        "postgres://\(user)@\(host):\(port)/\(database)" + (schema == "public" ? "" : "?schema=\(schema)")
    }

    /// The same location with another schema: tests give each store a schema of its own.
    public func with(schema: String) -> PostgresLocation {
        var copy = self
        copy.schema = schema
        return copy
    }

    /// `text` with any password replaced, for messages about a URL that could not be parsed.
    static func redacted(_ text: String) -> String {
        text.replacingOccurrences(of: "://([^:/@]*):[^@]*@", with: "://$1:…@", options: .regularExpression)
    }
}
