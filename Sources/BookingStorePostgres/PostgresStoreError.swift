import Foundation
import PostgresNIO

/// What went wrong between Prostor and PostgreSQL, said so that an administrator can fix it:
/// the host and the user are named, the password never is.
public enum PostgresStoreError: Error, Equatable, CustomStringConvertible {
    case badLocation(String)
    case unreachable(PostgresLocation, reason: String)
    case refused(PostgresLocation, reason: String)
    case noSchema(PostgresLocation)
    case server(String)
    case connectionLost(PostgresLocation)
    case lostWhileCommitting(PostgresLocation)

    public var description: String {
        switch self {
        case .badLocation(let message):
            return message
        case .unreachable(let location, let reason):
            return "cannot reach PostgreSQL at \(location.host):\(location.port) (as user \(location.user)): \(reason); "
                + "is the server running and listening there?"
        case .refused(let location, let reason):
            return "PostgreSQL at \(location.host):\(location.port) refused user \(location.user) for database "
                + "\(location.database): \(reason)"
        case .noSchema(let location):
            return "no Prostor database at \(location): run `prostor init --db \(location)` first"
        case .server(let message):
            return "PostgreSQL: \(message)"
        case .connectionLost(let location):
            return "the connection to PostgreSQL at \(location.host):\(location.port) was lost; "
                + "the change was not made (the server rolls back a transaction it did not see committed)"
        case .lostWhileCommitting(let location):
            return "the connection to PostgreSQL at \(location.host):\(location.port) was lost while committing: "
                + "the change was made whole or not at all; look at the data (or `prostor history`) before trying again"
        }
    }

    /// The error to show for one postgres-nio raised while connecting to `location`.
    static func connecting(_ error: any Error, to location: PostgresLocation) -> PostgresStoreError {
        guard let error = error as? PSQLError else {
            return .unreachable(location, reason: String(describing: error))
        }
        if let state = error.serverInfo?[.sqlState] {
            let message = error.serverInfo?[.message] ?? state
            // 28xxx: invalid authorization; 3D000: no such database.
            if state.hasPrefix("28") || state == "3D000" { return .refused(location, reason: message) }
            return .server(message)
        }
        switch error.code {
        case .authMechanismRequiresPassword:
            return .refused(location, reason: "the server asks for a password: put it in PGPASSWORD or the URL")
        case .saslError, .unsupportedAuthMechanism:
            return .refused(location, reason: "authentication failed (\(error.code))")
        default:
            return .unreachable(location, reason: error.underlying.map(plainReason) ?? "\(error.code)")
        }
    }

    /// The gist of a socket error: NIO's own description lists every address it tried.
    static func plainReason(_ error: any Error) -> String {
        let text = String(describing: error)
        if text.contains("Connection refused") { return "connection refused" }
        if text.localizedCaseInsensitiveContains("timeout") || text.localizedCaseInsensitiveContains("timed out") {
            return "no answer within 5 seconds"
        }
        if text.contains("resolve") || text.contains("getaddrinfo") || text.contains("Name or service") {
            return "the host name cannot be resolved"
        }
        return text
    }

    /// True for the errors after which the connection cannot be used again.
    var losesTheConnection: Bool {
        switch self {
        case .connectionLost, .lostWhileCommitting: return true
        default: return false
        }
    }

    /// The error to show for one postgres-nio raised while running a statement.
    static func running(_ error: any Error, at location: PostgresLocation) -> any Error {
        guard let error = error as? PSQLError else { return error }
        if let message = error.serverInfo?[.message] {
            // 57P: the server is shutting down or ended this connection; 08: the connection failed.
            let state = error.serverInfo?[.sqlState] ?? ""
            if state.hasPrefix("57P") || state.hasPrefix("08") { return PostgresStoreError.connectionLost(location) }
            return PostgresStoreError.server(message)
        }
        switch error.code {
        case .serverClosedConnection, .clientClosedConnection, .connectionError, .uncleanShutdown:
            return PostgresStoreError.connectionLost(location)
        default:
            return PostgresStoreError.server("\(error.code)")
        }
    }
}
