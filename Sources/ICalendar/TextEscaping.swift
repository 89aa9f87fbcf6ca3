/// RFC 5545 §3.3.11 TEXT escaping and RFC 6868 parameter-value encoding, on Unicode scalars (a Swift
/// `Character` would treat CR LF as one grapheme and hide it).
enum TextEscaping {
    /// Appends one TEXT value, escaped: `\\` `;` `,` get a backslash, and every line break (LF, CR LF or a
    /// lone CR) becomes `\n`, so no text can start a content line of its own. Other control characters,
    /// which TEXT cannot hold, are dropped; a tab stays. Works on UTF-8 bytes: every byte it changes is
    /// ASCII, and the bytes of a multi-byte sequence are all above 0x7F, so they pass through whole.
    static func appendEscaped(_ text: String, to output: inout [UInt8]) {
        var previousWasCR = false
        for byte in text.utf8 {
            defer { previousWasCR = byte == cr }
            switch byte {
            case backslash, semicolon, comma: output.append(backslash); output.append(byte)
            case cr: output.append(backslash); output.append(letterN)
            case lf: if !previousWasCR { output.append(backslash); output.append(letterN) }
            case tab: output.append(byte)
            default: if !isControl(byte) { output.append(byte) }
            }
        }
    }

    /// Appends a parameter value encoded as RFC 6868 does (`^^`, `^'` for a double quote, `^n` for a line
    /// break), without other control characters except a tab, and quoted when it holds `:`, `;` or `,`.
    static func appendParameterValue(_ text: String, to output: inout [UInt8]) {
        let needsQuotes = text.utf8.contains { $0 == colon || $0 == semicolon || $0 == comma }
        if needsQuotes { output.append(quote) }
        var previousWasCR = false
        for byte in text.utf8 {
            defer { previousWasCR = byte == cr }
            switch byte {
            case caret: output.append(caret); output.append(caret)
            case quote: output.append(caret); output.append(apostrophe)
            case cr: output.append(caret); output.append(letterN)
            case lf: if !previousWasCR { output.append(caret); output.append(letterN) }
            case tab: output.append(byte)  // SAFE-CHAR includes WSP
            default: if !isControl(byte) { output.append(byte) }
            }
        }
        if needsQuotes { output.append(quote) }
    }

    private static let backslash = UInt8(ascii: "\\"), semicolon = UInt8(ascii: ";"), comma = UInt8(ascii: ",")
    private static let colon = UInt8(ascii: ":"), quote = UInt8(ascii: "\""), caret = UInt8(ascii: "^")
    private static let apostrophe = UInt8(ascii: "'"), letterN = UInt8(ascii: "n")
    private static let cr: UInt8 = 0x0D, lf: UInt8 = 0x0A, tab: UInt8 = 0x09

    private static func isControl(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x7F
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
