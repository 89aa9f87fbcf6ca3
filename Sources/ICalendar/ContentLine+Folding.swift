/// Folding of content lines (RFC 5545 §3.1).
enum Folding {
    /// The longest physical line, in octets, without its CRLF.
    static let maximumOctets = 75

    /// Appends `line` to `output` as physical lines of at most 75 octets each, each ending in CRLF.
    ///
    /// Continuation lines start with one space that counts within their 75 octets, and a cut never falls
    /// inside a UTF-8 sequence (it moves back to the sequence's first byte), so "š" (2 bytes) or an emoji
    /// (4 bytes) at the boundary moves whole to the next line.
    static func appendFolded(_ line: [UInt8], to output: inout [UInt8]) {
        var start = 0
        var limit = maximumOctets
        while true {
            var cut = start + limit
            if cut >= line.count {
                output.append(contentsOf: line[start...])
                output.append(contentsOf: [0x0D, 0x0A])
                return
            }
            while cut > start + 1 && isContinuationByte(line[cut]) { cut -= 1 }
            output.append(contentsOf: line[start..<cut])
            output.append(contentsOf: [0x0D, 0x0A, 0x20])
            start = cut
            limit = maximumOctets - 1
        }
    }

    /// Whether a byte continues a UTF-8 sequence (10xxxxxx) rather than starting one.
    static func isContinuationByte(_ byte: UInt8) -> Bool {
        byte & 0xC0 == 0x80
    }
}
