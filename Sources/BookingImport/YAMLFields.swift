import Bookings
import CivilTime
import Yams

/// A field of a setup file that the importer does not know: usually a typo.
public struct UnknownField: Error, Equatable, CustomStringConvertible {
    public var record: String
    public var field: String
    public var known: [String]

    public var description: String {
        let nearby = nearest(field, in: known)
        let hint = nearby.isEmpty ? "" : " (did you mean \(nearby.map { "\"\($0)\"" }.joined(separator: ", "))?)"
        return "\(record): unknown field \"\(field)\"\(hint); known fields: \(known.joined(separator: ", "))"
    }
}

/// A YAML node of the wrong shape, e.g. a list where one value was expected.
public struct WrongShape: Error, Equatable, CustomStringConvertible {
    public var record: String
    public var field: String
    public var expected: String

    public var description: String {
        let prefix = record.isEmpty ? "" : "\(record): "
        return "\(prefix)\(field) must be \(expected)"
    }
}

/// The fields of one record (a YAML mapping), read with their line numbers. Creating it rejects
/// unknown fields; every accessor throws `ImportError` pointing at the line of the offending value.
struct YAMLFields {
    let mapping: Node.Mapping
    let file: String
    var record: String

    init(_ node: Node, file: String, record: String, known: [String]) throws {
        self.file = file
        self.record = record
        guard let mapping = node.mapping else {
            throw ImportError(at: SourceLocation(file: file, line: node.mark?.line ?? 0),
                              WrongShape(record: record, field: "each entry", expected: "a mapping of fields (key: value)"))
        }
        self.mapping = mapping
        for key in mapping.keys {
            let name = key.string ?? ""
            if !known.contains(name) {
                throw ImportError(at: SourceLocation(file: file, line: key.mark?.line ?? 0),
                                  UnknownField(record: record, field: name, known: known.sorted()))
            }
        }
    }

    var location: SourceLocation { SourceLocation(file: file, line: mapping.mark?.line ?? 0) }

    func location(of key: String) -> SourceLocation {
        SourceLocation(file: file, line: mapping[key]?.mark?.line ?? mapping.mark?.line ?? 0)
    }

    /// Runs a conversion of one field, giving its errors the line of that field.
    func at<T>(_ key: String, _ convert: () throws -> T) throws -> T {
        do {
            return try convert()
        } catch let error as ImportError {
            throw error
        } catch {
            throw ImportError(at: location(of: key), error)
        }
    }

    /// Builds the record's domain value, giving a broken rule the line of the field it names
    /// (`opening_hours.monday` is on the line of `opening_hours`), or the record's line when that field is absent.
    func validated<T>(_ build: () throws -> T) throws -> T {
        do {
            return try build()
        } catch let error as InvalidValue {
            throw ImportError(at: location(of: String(error.field.prefix { $0 != "." })), error)
        } catch let error as ImportError {
            throw error
        } catch {
            throw ImportError(at: location, error)
        }
    }

    func optionalString(_ key: String) throws -> String? {
        guard let node = mapping[key] else { return nil }
        guard let scalar = node.scalar else {
            throw ImportError(at: location(of: key), WrongShape(record: record, field: key, expected: "a single value"))
        }
        return scalar.string
    }

    func string(_ key: String) throws -> String {
        guard let value = try optionalString(key) else {
            throw ImportError(at: location, InvalidValue(record: record, field: key, value: "", rule: "is required"))
        }
        return value
    }

    func int(_ key: String, default fallback: Int? = nil) throws -> Int {
        guard let text = try optionalString(key) else {
            if let fallback { return fallback }
            throw ImportError(at: location, InvalidValue(record: record, field: key, value: "", rule: "is required"))
        }
        guard let number = Int(text) else {
            throw ImportError(at: location(of: key), InvalidValue(record: record, field: key, value: text, rule: "must be a whole number"))
        }
        return number
    }

    func bool(_ key: String, default fallback: Bool) throws -> Bool {
        guard let text = try optionalString(key) else { return fallback }
        return try at(key) { try YesNo.parse(text, record: record, field: key) }
    }

    func date(_ key: String) throws -> LocalDate {
        let text = try string(key)
        return try at(key) { try LocalDate(iso: text) }
    }

    func optionalDate(_ key: String) throws -> LocalDate? {
        guard let text = try optionalString(key) else { return nil }
        return try at(key) { try LocalDate(iso: text) }
    }

    /// A list of scalars; a single scalar counts as a list of one (`features: piano`).
    func strings(_ key: String) throws -> [String] {
        guard let node = mapping[key] else { return [] }
        if let scalar = node.scalar { return scalar.string.isEmpty ? [] : [scalar.string] }
        guard node.sequence != nil else {
            throw ImportError(at: location(of: key), WrongShape(record: record, field: key, expected: "a list of values"))
        }
        return try node.array().map { item in
            guard let scalar = item.scalar else {
                throw ImportError(at: SourceLocation(file: file, line: item.mark?.line ?? 0),
                                  WrongShape(record: record, field: key, expected: "a list of single values"))
            }
            return scalar.string
        }
    }

    /// The entries of a list of mappings, each with its own node.
    func entries(_ key: String) throws -> [Node] {
        guard let node = mapping[key] else { return [] }
        guard node.sequence != nil else {
            throw ImportError(at: location(of: key), WrongShape(record: record, field: key, expected: "a list of entries, each starting with \"- \""))
        }
        return node.array()
    }
}

/// `da`/`ne`, `yes`/`no`, `true`/`false`: how people write booleans in Slovenian spreadsheets and YAML.
enum YesNo {
    static func parse(_ text: String, record: String, field: String) throws(InvalidValue) -> Bool {
        switch text.lowercased().trimmingCharacters(in: .whitespaces) {
        case "da", "yes", "true", "y", "1", "on": return true
        case "ne", "no", "false", "n", "0", "off": return false
        default: throw InvalidValue(record: record, field: field, value: text, rule: "must be da or ne (yes or no)")
        }
    }
}
