extension LocalDate {
    /// Parses an ISO 8601 calendar date, "2027-01-12".
    public init(iso: String) throws(CivilTimeError) {
        let bytes = Array(iso.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = parseDigits(bytes, 0..<4), let month = parseDigits(bytes, 5..<7),
            let day = parseDigits(bytes, 8..<10)
        else {
            throw CivilTimeError(message: "invalid date \"\(iso)\": expected YYYY-MM-DD, e.g. 2027-01-12")
        }
        do {
            try self.init(year: year, month: month, day: day)
        } catch {
            throw CivilTimeError(message: error.message.replacingFirstQuoted(with: iso))
        }
    }
}

extension LocalDate: Codable {
    /// Decodes from the ISO 8601 text "YYYY-MM-DD".
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(iso: text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    /// Encodes as the ISO 8601 text "YYYY-MM-DD".
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// The decimal value of the ASCII digits `bytes[range]`, or nil if any is not a digit or the number does
/// not fit an Int: `--hours "44444444444444444444:00-10:00"` crashed with an overflow (found by fuzzing).
func parseDigits(_ bytes: [UInt8], _ range: Range<Int>) -> Int? {
    guard !range.isEmpty, range.upperBound <= bytes.count else { return nil }
    var value = 0
    for index in range {
        let byte = bytes[index]
        guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
        let (tens, overflow) = value.multipliedReportingOverflow(by: 10)
        let (sum, carry) = tens.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
        guard !overflow, !carry else { return nil }
        value = sum
    }
    return value
}

extension String {
    /// Replaces the first double-quoted value in a message, so an error names the text as the user wrote it.
    func replacingFirstQuoted(with value: String) -> String {
        guard let open = firstIndex(of: "\""),
            let close = self[index(after: open)...].firstIndex(of: "\"")
        else { return self }
        return String(self[..<open]) + "\"" + value + "\"" + String(self[index(after: close)...])
    }
}
