/// `--db` names a file that cannot serve as Prostor's database: a directory, an empty file, a file that
/// is not SQLite, or another program's SQLite database. Nothing was written to it.
public struct DatabaseUnusable: Error, Equatable, Sendable, CustomStringConvertible {
    public let path: String
    /// Why, as the end of the sentence "cannot use PATH as the database: …".
    public let reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "cannot use \(path) as the database: \(reason)" }
}
