/// A value that breaks a rule of the domain, named by its record and field.
///
/// Its description is the message a user sees, for example
/// `room "Velika dvorana": capacity must be a positive number, got "-5"`.
public struct InvalidValue: Error, Equatable, Sendable, CustomStringConvertible {
    /// The record the value belongs to, as a person would name it: `room "Velika dvorana"`.
    public var record: String
    public var field: String
    public var value: String
    /// What the value must be: `must be a positive number`.
    public var rule: String

    public init(record: String, field: String, value: String, rule: String) {
        self.record = record
        self.field = field
        self.value = value
        self.rule = rule
    }

    public var description: String {
        let prefix = record.isEmpty ? "" : "\(record): "
        return "\(prefix)\(field) \(rule), got \"\(value)\""
    }
}

/// A record that was asked for by its slug or id and does not exist.
public struct NotFound: Error, Equatable, Sendable, CustomStringConvertible {
    /// What kind of record: `room`, `venue`, `group`, `request`, `booking`, `term`.
    public var kind: String
    public var key: String
    /// Known keys of that kind that look like the one asked for, to suggest to the user.
    public var suggestions: [String]

    public init(kind: String, key: String, suggestions: [String] = []) {
        self.kind = kind
        self.key = key
        self.suggestions = suggestions
    }

    public var description: String {
        var text = "no \(kind) \"\(key)\""
        if !suggestions.isEmpty {
            text += " (did you mean \(suggestions.map { "\"\($0)\"" }.joined(separator: ", "))?)"
        }
        return text
    }
}

/// A change that would break a uniqueness or reference rule of the stored data.
public struct StoreConflict: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
