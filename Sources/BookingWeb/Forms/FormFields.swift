import Foundation

/// The fields of an `application/x-www-form-urlencoded` body; a name may repeat (checkboxes).
struct FormFields: Sendable {
    private var values: [String: [String]] = [:]

    init(urlEncoded body: String) {
        for pair in body.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]) else { continue }
            let value = parts.count > 1 ? Self.decode(parts[1]) ?? "" : ""
            values[name, default: []].append(value)
        }
    }

    /// The first value of the field, trimmed; "" when absent.
    subscript(_ name: String) -> String {
        values[name]?.first?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    }

    func all(_ name: String) -> [String] { values[name] ?? [] }

    private static func decode(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
