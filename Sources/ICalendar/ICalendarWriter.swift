/// Writes documents as RFC 5545 text: CRLF line ends, lines folded at 75 octets, escaped TEXT.
///
/// Output is deterministic: properties, parameters and components appear in the order of the model, so
/// the same document always gives the same bytes (the server's ETag is a hash of them).
public enum ICalendarWriter {
    /// The document as iCalendar text: `let ics = try ICalendarWriter.write(document)`.
    public static func write(_ document: ICalendarDocument) throws(ICalendarError) -> String {
        String(decoding: try bytes(document), as: UTF8.self)
    }

    /// The document as UTF-8 bytes, ready to serve as `text/calendar; charset=utf-8`.
    public static func bytes(_ document: ICalendarDocument) throws(ICalendarError) -> [UInt8] {
        var output: [UInt8] = []
        try write(document.component, to: &output)
        return output
    }

    /// One component with its properties and sub-components, as text (for tests and debugging).
    public static func write(_ component: Component) throws(ICalendarError) -> String {
        var output: [UInt8] = []
        try write(component, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    static func write(_ component: Component, to output: inout [UInt8]) throws(ICalendarError) {
        // One scratch line, reused for every property, so a feed of thousands of events does not
        // allocate a string per line.
        var line: [UInt8] = []
        line.reserveCapacity(256)
        try write(component, to: &output, line: &line)
    }

    private static func write(_ component: Component, to output: inout [UInt8], line: inout [UInt8]) throws(ICalendarError) {
        guard TextEscaping.isValidName(component.name) else {
            throw ICalendarError(
                message: "component name \"\(component.name)\" must be letters, digits and \"-\", e.g. VEVENT")
        }
        Folding.appendFolded(Array("BEGIN:\(component.name)".utf8), to: &output)
        for property in component.properties {
            line.removeAll(keepingCapacity: true)
            try appendContentLine(property, in: component.name, to: &line)
            Folding.appendFolded(line, to: &output)
        }
        for child in component.components {
            try write(child, to: &output, line: &line)
        }
        Folding.appendFolded(Array("END:\(component.name)".utf8), to: &output)
    }

    /// The unfolded content line of one property, without its CRLF (for tests and debugging).
    static func contentLine(_ property: Property, in component: String) throws(ICalendarError) -> String {
        var line: [UInt8] = []
        try appendContentLine(property, in: component, to: &line)
        return String(decoding: line, as: UTF8.self)
    }

    /// Appends the unfolded content line of one property, without its CRLF.
    static func appendContentLine(_ property: Property, in component: String, to line: inout [UInt8]) throws(ICalendarError) {
        let name = property.name
        guard TextEscaping.isValidName(name) else {
            throw ICalendarError(
                message: "property name \"\(name)\" in \(component) must be letters, digits and \"-\", e.g. X-KS-ROOM")
        }
        guard name != "BEGIN" && name != "END" else {
            throw ICalendarError(message: "\(name) is not a property name; use a nested Component instead")
        }
        line.append(contentsOf: name.utf8)
        let typeName = property.value.typeName
        if case .other(let type, _) = property.value {
            guard TextEscaping.isValidName(type), type == type.uppercased(), !Value.modelledTypes.contains(type) else {
                throw ICalendarError(
                    message: "property \(name) in \(component): value type \"\(type)\" must be an upper-case name other "
                        + "than the modelled types (for those, use the matching Value case)")
            }
        }
        if typeName != Value.defaultType(ofProperty: name) {
            line.append(contentsOf: ";VALUE=".utf8)
            line.append(contentsOf: typeName.utf8)
        }
        if case .dateTime(_, .zone(let zone)) = property.value {
            line.append(contentsOf: ";TZID=".utf8)
            TextEscaping.appendParameterValue(zone, to: &line)
        }
        for parameter in property.parameters {
            try check(parameter, of: property, place: "property \(name) in \(component)")
            line.append(UInt8(ascii: ";"))
            line.append(contentsOf: parameter.name.utf8)
            line.append(UInt8(ascii: "="))
            for (index, value) in parameter.values.enumerated() {
                if index > 0 { line.append(UInt8(ascii: ",")) }
                TextEscaping.appendParameterValue(value, to: &line)
            }
        }
        line.append(UInt8(ascii: ":"))
        do {
            try property.value.append(to: &line, property: name)
        } catch {
            throw ICalendarError(message: error.message + " (in \(component))")
        }
    }

    private static func check(_ parameter: Parameter, of property: Property, place: String) throws(ICalendarError) {
        guard TextEscaping.isValidName(parameter.name) else {
            throw ICalendarError(
                message: "\(place): parameter name \"\(parameter.name)\" must be letters, digits and \"-\"")
        }
        guard !parameter.values.isEmpty else {
            throw ICalendarError(message: "\(place): parameter \(parameter.name) has no values")
        }
        if parameter.name == "VALUE" {
            throw ICalendarError(message: "\(place): VALUE follows from the value's type; do not add it as a parameter")
        }
        if parameter.name == "TZID", case .dateTime = property.value {
            throw ICalendarError(
                message: "\(place): TZID follows from the value's time reference; use .zone(\"…\") instead")
        }
    }
}
