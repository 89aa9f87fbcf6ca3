import Foundation
import Testing

/// The stores the CLI's storage tests run on: a SQLite file, and PostgreSQL when
/// PROSTOR_TEST_POSTGRES names a server (CI starts one; see .ci/postgres.sh).
enum CLIBackend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite = "SQLite file"
    case postgres = "PostgreSQL"

    var testDescription: String { rawValue }

    static let server = ProcessInfo.processInfo.environment["PROSTOR_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    static let isRequired = ProcessInfo.processInfo.environment["PROSTOR_REQUIRE_POSTGRES"] == "1"
    static var hasPostgres: Bool { server != nil || isRequired }

    static var available: [CLIBackend] { allCases.filter { $0 != .postgres || hasPostgres } }

    /// The --db of a new database that does not exist yet: a file in `directory`, or a schema of its own.
    func newDatabase(in directory: URL) throws -> String {
        switch self {
        case .sqlite:
            return directory.appendingPathComponent("prostor.sqlite").path
        case .postgres:
            let server = try #require(Self.server, "PROSTOR_TEST_POSTGRES is not set")
            let suffix = UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
            return "\(server)?schema=prostor_cli_\(suffix)"
        }
    }
}
