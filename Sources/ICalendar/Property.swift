/// A content line's property: name, parameters and a typed value, e.g. `SUMMARY;LANGUAGE=sl:Vaje`.
///
/// VALUE and TZID parameters are not stored here: they follow from `value` (a `.dateTime` with
/// `.zone("Europe/Ljubljana")` is written with TZID), so a model cannot contradict itself.
public struct Property: Hashable, Sendable {
    /// The upper-cased name, e.g. "DTSTART".
    public let name: String
    /// The parameters other than VALUE (and TZID of a DATE-TIME), in the order they are written.
    public var parameters: [Parameter]
    /// The value.
    public var value: Value

    /// Creates a property; the name is upper-cased because RFC 5545 names are case-insensitive.
    public init(name: String, parameters: [Parameter] = [], value: Value) {
        self.name = name.uppercased()
        self.parameters = parameters
        self.value = value
    }

    /// A TEXT property: `Property(name: "SUMMARY", text: "Vaje, ponovitev")`.
    public init(name: String, parameters: [Parameter] = [], text: String) {
        self.init(name: name, parameters: parameters, value: .text([text]))
    }

    /// The first parameter with `name` (case-insensitive), if any.
    public func parameter(_ name: String) -> Parameter? {
        let key = name.uppercased()
        return parameters.first { $0.name == key }
    }

    /// The TEXT values joined by commas (as they were written), or nil for other value types.
    public var text: String? {
        if case .text(let values) = value { return values.joined(separator: ",") }
        return nil
    }
}
