/// A property parameter such as `TZID=Europe/Ljubljana` or `MEMBER="mailto:a@b","mailto:c@d"`.
public struct Parameter: Hashable, Sendable {
    /// The upper-cased name, e.g. "CN".
    public let name: String
    /// The values, in order; most parameters have one.
    public var values: [String]

    /// Creates a parameter; the name is upper-cased because RFC 5545 names are case-insensitive.
    public init(name: String, values: [String]) {
        self.name = name.uppercased()
        self.values = values
    }

    /// Creates a parameter with one value: `Parameter(name: "CN", value: "Društvo Golnik")`.
    public init(name: String, value: String) {
        self.init(name: name, values: [value])
    }

    /// The first value, for the common single-valued case.
    public var value: String? { values.first }
}
