/// One unfolded content line split into name, parameters and the raw value (RFC 5545 §3.1).
struct ContentLine {
    /// The upper-cased property name.
    let name: String
    let parameters: [Parameter]
    /// The octets after the first `:` that is not inside a quoted parameter value.
    let rawValue: ArraySlice<UInt8>
    /// The first physical line of this content line.
    let line: Int

    init(_ bytes: [UInt8], line: Int) throws(ICalendarError) {
        self.line = line
        var index = 0
        while index < bytes.count && bytes[index] != Byte.colon && bytes[index] != Byte.semicolon { index += 1 }
        let name = String(decoding: bytes[0..<index], as: UTF8.self).uppercased()
        guard index < bytes.count else {
            throw ICalendarError(
                line: line, message: "missing \":\" after the property name in \"\(Self.excerpt(bytes))\"")
        }
        guard TextEscaping.isValidName(name) else {
            throw ICalendarError(
                line: line, message: "property name \"\(name)\" must be letters, digits and \"-\"")
        }
        self.name = name
        var parameters: [Parameter] = []
        while bytes[index] == Byte.semicolon {
            let (parameter, next) = try Self.parameter(bytes, from: index + 1, property: name, line: line)
            parameters.append(parameter)
            index = next
        }
        self.parameters = parameters
        self.rawValue = bytes[(index + 1)...]
    }

    /// Parses `NAME=value[,value…]` starting at `start`; returns it and the index of the `;` or `:` after it.
    private static func parameter(
        _ bytes: [UInt8], from start: Int, property: String, line: Int
    ) throws(ICalendarError) -> (Parameter, Int) {
        var index = start
        while index < bytes.count && bytes[index] != Byte.equals && bytes[index] != Byte.colon
            && bytes[index] != Byte.semicolon
        {
            index += 1
        }
        let name = String(decoding: bytes[start..<index], as: UTF8.self).uppercased()
        guard index < bytes.count, bytes[index] == Byte.equals else {
            throw ICalendarError(line: line, message: "\(property): parameter \"\(name)\" has no \"=\" and value")
        }
        guard TextEscaping.isValidName(name) else {
            throw ICalendarError(
                line: line, message: "\(property): parameter name \"\(name)\" must be letters, digits and \"-\"")
        }
        var values: [String] = []
        repeat {
            index += 1  // past "=" or ","
            if index < bytes.count && bytes[index] == Byte.quote {
                let open = index + 1
                guard let close = bytes[open...].firstIndex(of: Byte.quote) else {
                    throw ICalendarError(line: line, message: "\(property): parameter \(name) has an unclosed quote")
                }
                values.append(decode(bytes[open..<close]))
                index = close + 1
                if index < bytes.count && ![Byte.comma, Byte.semicolon, Byte.colon].contains(bytes[index]) {
                    throw ICalendarError(
                        line: line, message: "\(property): parameter \(name): expected \",\", \";\" or \":\" after the quoted value")
                }
            } else {
                let begin = index
                while index < bytes.count && bytes[index] != Byte.comma && bytes[index] != Byte.colon
                    && bytes[index] != Byte.semicolon && bytes[index] != Byte.quote
                {
                    index += 1
                }
                values.append(decode(bytes[begin..<index]))
            }
            guard index < bytes.count else {
                throw ICalendarError(line: line, message: "\(property): missing \":\" before the value")
            }
            guard bytes[index] != Byte.quote else {
                throw ICalendarError(
                    line: line, message: "\(property): parameter \(name) has a double quote inside its value")
            }
        } while bytes[index] == Byte.comma
        return (Parameter(name: name, values: values), index)
    }

    private static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        TextEscaping.decodeParameterValue(Substring(String(decoding: bytes, as: UTF8.self)))
    }

    /// The start of a line for an error message, so a 60 kB line does not become a 60 kB message.
    static func excerpt(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes.prefix(40), as: UTF8.self)
        return bytes.count > 40 ? text + "…" : text
    }
}

/// ASCII bytes the reader looks for.
enum Byte {
    static let colon = UInt8(ascii: ":")
    static let semicolon = UInt8(ascii: ";")
    static let comma = UInt8(ascii: ",")
    static let equals = UInt8(ascii: "=")
    static let quote = UInt8(ascii: "\"")
    static let backslash = UInt8(ascii: "\\")
}
