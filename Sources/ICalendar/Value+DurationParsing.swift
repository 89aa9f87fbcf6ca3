extension ContentLine {
    /// Parses a DURATION (RFC 5545 §3.3.6): `P2W`, `P1DT2H`, `PT1H30M`, `-PT15M`.
    func duration(_ text: String) throws(ICalendarError) -> CalendarDuration {
        let invalid = ICalendarError(
            line: line, message: "\(name): invalid DURATION \"\(text)\": expected e.g. PT1H30M, P1D or P2W")
        var bytes = Array(text.utf8)[...]
        var result = CalendarDuration()
        if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            result.isNegative = sign == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        guard bytes.popFirst() == UInt8(ascii: "P"), !bytes.isEmpty else { throw invalid }
        // Designators must come in this order, each at most once; "T" separates days from the time.
        let order: [UInt8] = Array("WDTHMS".utf8)
        var position = 0
        var afterTime = false
        var hasTimeField = false
        while !bytes.isEmpty {
            var value = 0
            var digitCount = 0
            while let byte = bytes.first, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                guard digitCount < 9 else { throw invalid }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                digitCount += 1
                bytes = bytes.dropFirst()
            }
            guard let designator = bytes.popFirst(),
                let slot = order[position...].firstIndex(of: designator)
            else { throw invalid }
            position = slot + 1
            switch designator {
            case UInt8(ascii: "T"):
                guard digitCount == 0 else { throw invalid }
                afterTime = true
            case UInt8(ascii: "W"), UInt8(ascii: "D"):
                guard digitCount > 0 else { throw invalid }
                if designator == UInt8(ascii: "W") { result.weeks = value } else { result.days = value }
                if designator == UInt8(ascii: "W") && !bytes.isEmpty { throw invalid }
            default:
                guard digitCount > 0, afterTime else { throw invalid }
                hasTimeField = true
                switch designator {
                case UInt8(ascii: "H"): result.hours = value
                case UInt8(ascii: "M"): result.minutes = value
                default: result.seconds = value
                }
            }
        }
        guard !afterTime || hasTimeField else { throw invalid }
        return result
    }

    /// Parses a UTC-OFFSET (RFC 5545 §3.3.14): `+0100`, `-0500`, `+053000`; `-0000` is not allowed.
    func utcOffset(_ text: String) throws(ICalendarError) -> Int {
        let bytes = Array(text.utf8)
        let invalid = ICalendarError(
            line: line, message: "\(name): invalid UTC-OFFSET \"\(text)\": expected +HHMM or -HHMM, e.g. +0100")
        guard bytes.count == 5 || bytes.count == 7, bytes[0] == UInt8(ascii: "+") || bytes[0] == UInt8(ascii: "-")
        else { throw invalid }
        var fields: [Int] = []
        for start in stride(from: 1, to: bytes.count, by: 2) {
            let pair = bytes[start..<(start + 2)]
            guard pair.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { throw invalid }
            fields.append(pair.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) })
        }
        guard fields[0] < 24, fields[1] < 60, fields.count == 2 || fields[2] < 60 else { throw invalid }
        let seconds = fields[0] * 3600 + fields[1] * 60 + (fields.count == 3 ? fields[2] : 0)
        if bytes[0] == UInt8(ascii: "-") && seconds == 0 { throw invalid }
        return bytes[0] == UInt8(ascii: "-") ? -seconds : seconds
    }
}
