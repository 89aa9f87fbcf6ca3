extension HolidayCalendar {
    /// Drops the backslash of escapes RFC 5545 does not define (`\:`, `\"`, `\'`), keeping the character.
    ///
    /// Holiday calendars published by schools and municipalities often contain `\:` (written by tools
    /// that escape too much), and every common client reads it as ":". The strict reader refuses such
    /// a file as a whole, which would leave an administrator with nothing to do about it, so the
    /// importer is lenient here and strict everywhere else. A fold between the backslash and the
    /// character (CRLF and a space) is looked through; lines keep their numbers for error messages.
    static func relaxingEscapes(_ text: String) -> String {
        let bytes = Array(text.utf8)
        guard bytes.contains(UInt8(ascii: "\\")) else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "\\") else {
                output.append(byte)
                index += 1
                continue
            }
            var next = index + 1
            // A fold: optional CR, LF, then one space or tab.
            if next < bytes.count, bytes[next] == 0x0D { next += 1 }
            if next + 1 < bytes.count, bytes[next] == 0x0A, bytes[next + 1] == 0x20 || bytes[next + 1] == 0x09 { next += 2 } else { next = index + 1 }
            let escaped = next < bytes.count ? bytes[next] : 0
            if Self.definedEscapes.contains(escaped) {
                output.append(contentsOf: bytes[index...next])
                index = next + 1
            } else {
                output.append(contentsOf: bytes[(index + 1)..<next])  // keep the fold, drop the backslash
                index = next
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// `\\`, `\;`, `\,`, `\n` and `\N`, the escapes of RFC 5545 §3.3.11.
    static let definedEscapes: Set<UInt8> = [UInt8(ascii: "\\"), UInt8(ascii: ";"), UInt8(ascii: ","), UInt8(ascii: "n"), UInt8(ascii: "N")]
}
