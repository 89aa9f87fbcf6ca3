/// A calendar component such as VEVENT, VTIMEZONE or its STANDARD and DAYLIGHT parts.
public struct Component: Hashable, Sendable {
    /// The upper-cased name, e.g. "VEVENT".
    public let name: String
    /// The properties, in the order they are written.
    public var properties: [Property]
    /// The nested components (VALARM in VEVENT, STANDARD and DAYLIGHT in VTIMEZONE), in order.
    public var components: [Component]

    /// Creates a component; the name is upper-cased because RFC 5545 names are case-insensitive.
    public init(name: String, properties: [Property] = [], components: [Component] = []) {
        self.name = name.uppercased()
        self.properties = properties
        self.components = components
    }

    /// The first property named `name` (case-insensitive), if any.
    public func property(_ name: String) -> Property? {
        let key = name.uppercased()
        return properties.first { $0.name == key }
    }

    /// All properties named `name` (case-insensitive), in order.
    public func properties(named name: String) -> [Property] {
        let key = name.uppercased()
        return properties.filter { $0.name == key }
    }

    /// Replaces the first property named `name` with `value` (keeping its place and parameters), adds it at
    /// the end if there is none, or removes every property of that name when `value` is nil.
    public mutating func set(_ name: String, _ value: Value?, parameters: [Parameter]? = nil) {
        let key = name.uppercased()
        guard let value else {
            properties.removeAll { $0.name == key }
            return
        }
        if let index = properties.firstIndex(where: { $0.name == key }) {
            properties[index].value = value
            if let parameters { properties[index].parameters = parameters }
        } else {
            properties.append(Property(name: key, parameters: parameters ?? [], value: value))
        }
    }

    /// Appends a property: `event.append(Property(name: "X-KS", text: "Golnik"))`.
    public mutating func append(_ property: Property) {
        properties.append(property)
    }
}

/// An iCalendar object (VCALENDAR): calendar properties such as PRODID and VERSION, and its components.
public struct ICalendarDocument: Hashable, Sendable {
    /// The calendar properties, in the order they are written.
    public var properties: [Property]
    /// The components (VTIMEZONE, VEVENT…), in order.
    public var components: [Component]

    /// Creates a document from its properties and components as they are.
    public init(properties: [Property] = [], components: [Component] = []) {
        self.properties = properties
        self.components = components
    }

    /// A document that starts with VERSION:2.0, PRODID and CALSCALE:GREGORIAN, plus a feed name when given
    /// (X-WR-CALNAME, which Google, Apple and Outlook show as the subscription's name).
    public init(productID: String, name: String? = nil, components: [Component] = []) {
        var properties = [
            Property(name: "VERSION", text: "2.0"),
            Property(name: "PRODID", text: productID),
            Property(name: "CALSCALE", text: "GREGORIAN"),
        ]
        if let name { properties.append(Property(name: "X-WR-CALNAME", text: name)) }
        self.init(properties: properties, components: components)
    }

    /// The document as one VCALENDAR component, which is how the writer and reader see it.
    public var component: Component {
        Component(name: "VCALENDAR", properties: properties, components: components)
    }

    /// The first calendar property named `name` (case-insensitive), if any.
    public func property(_ name: String) -> Property? {
        component.property(name)
    }

    /// The components named `name` (case-insensitive), e.g. all "VEVENT"s.
    public func components(named name: String) -> [Component] {
        let key = name.uppercased()
        return components.filter { $0.name == key }
    }
}
