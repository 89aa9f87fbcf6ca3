/// RFC 5545 §3.3.11 TEXT escaping and RFC 6868 parameter-value encoding, on Unicode scalars (a Swift
/// `Character` would treat CR LF as one grapheme and hide it).
enum TextEscaping {
    /// Escapes one TEXT value: `\` `;` `,` get a backslash, and every line break (LF, CR LF or a lone CR)
    /// becomes `\n`, so no text can start a content line of its own. Other control characters, which
    /// TEXT cannot hold, are dropped; a tab stays.
    static func escape(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": result.append(contentsOf: "\\\\".unicodeScalars)
            case ";": result.append(contentsOf: "\\;".unicodeScalars)
            case ",": result.append(contentsOf: "\\,".unicodeScalars)
            case "\r": result.append(contentsOf: "\\n".unicodeScalars)
            case "\n": if !previousWasCR { result.append(contentsOf: "\\n".unicodeScalars) }
            case "\t": result.append(scalar)
            default: if !isControl(scalar) { result.append(scalar) }
            }
        }
        return String(result)
    }

    /// Encodes a parameter value as RFC 6868 does (`^^`, `^'` for a double quote, `^n` for a line break),
    /// drops other control characters except a tab, and quotes the result when it holds `:`, `;` or `,`.
    static func encodeParameterValue(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var needsQuotes = false
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "^": result.append(contentsOf: "^^".unicodeScalars)
            case "\"": result.append(contentsOf: "^'".unicodeScalars)
            case "\r": result.append(contentsOf: "^n".unicodeScalars)
            case "\n": if !previousWasCR { result.append(contentsOf: "^n".unicodeScalars) }
            case ":", ";", ",":
                needsQuotes = true
                result.append(scalar)
            case "\t": result.append(scalar)  // SAFE-CHAR includes WSP
            default: if !isControl(scalar) { result.append(scalar) }
            }
        }
        return needsQuotes ? "\"" + String(result) + "\"" : String(result)
    }

    /// Decodes RFC 6868 `^^`, `^'` and `^n`; any other `^` stays as it is, as RFC 6868 §3 asks.
    static func decodeParameterValue(_ text: Substring) -> String {
        guard text.contains("^") else { return String(text) }
        var result = String.UnicodeScalarView()
        var iterator = text.unicodeScalars.makeIterator()
        var pending = iterator.next()
        while let scalar = pending {
            pending = iterator.next()
            guard scalar == "^", let next = pending else {
                result.append(scalar)
                continue
            }
            switch next {
            case "^": result.append("^")
            case "'": result.append("\"")
            case "n", "N": result.append("\n")
            default:
                result.append(scalar)
                continue
            }
            pending = iterator.next()
        }
        return String(result)
    }

    /// Whether a scalar is a control character in RFC 5545's sense (CONTROL: U+0000–U+001F and U+007F).
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F
    }

    /// Whether `name` is an RFC 5545 name: letters, digits and "-" (iana-token and x-name), non-empty.
    static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy { byte in
            (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
        }
    }
}
