import CivilTime

extension ContentLine {
    /// The property, with the value parsed by its type: the VALUE parameter's, or the property's default.
    func property() throws(ICalendarError) -> Property {
        var parameters = self.parameters
        var type = Value.defaultType(ofProperty: name)
        var explicitType = false
        for repeatable in ["VALUE", "TZID"] where parameters.filter({ $0.name == repeatable }).count > 1 {
            throw error("parameter \(repeatable) appears more than once")
        }
        if let index = parameters.firstIndex(where: { $0.name == "VALUE" }) {
            guard parameters[index].values.count == 1 else { throw error("VALUE must have exactly one value type") }
            type = (parameters[index].value ?? "").uppercased()
            explicitType = true
            parameters.remove(at: index)
        }
        let text = String(decoding: rawValue, as: UTF8.self)
        let value: Value
        switch type {
        case "TEXT": value = .text(try unescapedTexts())
        case "DATE": value = .date(try texts(text).map { (part) throws(ICalendarError) in try date(part) })
        case "DATE-TIME":
            let parts = texts(text)
            // Some producers omit VALUE=DATE on all-day DTSTARTs; eight digits cannot be a DATE-TIME.
            if !explicitType, parts.allSatisfy({ $0.utf8.count == 8 }) {
                value = .date(try parts.map { (part) throws(ICalendarError) in try date(part) })
            } else {
                value = try dateTimes(parts, parameters: &parameters)
            }
        case "DURATION": value = .duration(try duration(text))
        case "INTEGER":
            guard let number = Int(text) else {
                throw error("invalid INTEGER \"\(text)\"")
            }
            value = .integer(number)
        case "URI": value = .uri(text)
        case "CAL-ADDRESS": value = .calAddress(text)
        case "RECUR":
            if let problem = Value.recurProblem(text) { throw error(problem) }
            value = .recur(text)
        case "UTC-OFFSET": value = .utcOffset(try utcOffset(text))
        default:
            guard TextEscaping.isValidName(type) else { throw error("VALUE \"\(type)\" is not a value type name") }
            value = .other(type: type, raw: text)
        }
        return Property(name: name, parameters: parameters, value: value)
    }

    private func error(_ message: String) -> ICalendarError {
        ICalendarError(line: line, message: "\(name): \(message)")
    }

    private func texts(_ text: String) -> [Substring] {
        text.split(separator: ",", omittingEmptySubsequences: false)
    }

    /// Splits TEXT at unescaped commas and resolves `\\`, `\;`, `\,`, `\n` and `\N` (RFC 5545 §3.3.11).
    private func unescapedTexts() throws(ICalendarError) -> [String] {
        var values: [String] = []
        var current: [UInt8] = []
        var index = rawValue.startIndex
        while index < rawValue.endIndex {
            let byte = rawValue[index]
            index += 1
            if byte == Byte.comma {
                values.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
                continue
            }
            guard byte == Byte.backslash else {
                current.append(byte)
                continue
            }
            guard index < rawValue.endIndex else { throw error("the text ends with a lone backslash; write \\\\") }
            let escaped = rawValue[index]
            index += 1
            switch escaped {
            case Byte.backslash, Byte.semicolon, Byte.comma: current.append(escaped)
            case UInt8(ascii: "n"), UInt8(ascii: "N"): current.append(0x0A)
            default:
                var end = index
                while end < rawValue.endIndex && Folding.isContinuationByte(rawValue[end]) { end += 1 }
                let shown = String(decoding: rawValue[(index - 1)..<end], as: UTF8.self)
                throw error("unknown escape \"\\\(shown)\" in TEXT; only \\\\ \\; \\, \\n are allowed")
            }
        }
        values.append(String(decoding: current, as: UTF8.self))
        return values
    }

    private func dateTimes(_ parts: [Substring], parameters: inout [Parameter]) throws(ICalendarError) -> Value {
        var times: [LocalDateTime] = []
        var utcCount = 0
        for part in parts {
            let isUTC = part.hasSuffix("Z")
            let body = isUTC ? part.dropLast() : part
            let bytes = Array(body.utf8)
            guard bytes.count == 15, bytes[8] == UInt8(ascii: "T") else {
                throw error("invalid DATE-TIME \"\(part)\": expected YYYYMMDDTHHMMSS with an optional Z, e.g. 20270112T180000")
            }
            let day = try date(Substring(String(decoding: bytes[0..<8], as: UTF8.self)), whole: String(part))
            guard let hour = number(bytes, 9..<11), let minute = number(bytes, 11..<13),
                let second = number(bytes, 13..<15)
            else {
                throw error("invalid DATE-TIME \"\(part)\": expected YYYYMMDDTHHMMSS with an optional Z, e.g. 20270112T180000")
            }
            do {
                times.append(LocalDateTime(date: day, time: try LocalTime(hour: hour, minute: minute, second: second)))
            } catch {
                throw self.error("invalid DATE-TIME \"\(part)\": " + Self.reason(error.message))
            }
            if isUTC { utcCount += 1 }
        }
        guard utcCount == 0 || utcCount == parts.count else {
            throw error("mixes UTC (Z) and local date-times in one property; write them as separate properties")
        }
        if let index = parameters.firstIndex(where: { $0.name == "TZID" }) {
            guard utcCount == 0 else { throw error("a UTC date-time (ending in Z) cannot have a TZID") }
            let zone = parameters[index].value ?? ""
            guard !zone.isEmpty else { throw error("TZID is empty") }
            parameters.remove(at: index)
            return .dateTime(times, .zone(zone))
        }
        return .dateTime(times, utcCount > 0 ? .utc : .floating)
    }

    private func date(_ text: Substring, whole: String? = nil) throws(ICalendarError) -> LocalDate {
        let shown = whole ?? String(text)
        let kind = whole == nil ? "DATE" : "DATE-TIME"
        let bytes = Array(text.utf8)
        guard bytes.count == 8, let year = number(bytes, 0..<4), let month = number(bytes, 4..<6),
            let day = number(bytes, 6..<8)
        else {
            let example = whole == nil ? "YYYYMMDD, e.g. 20270112" : "YYYYMMDDTHHMMSS with an optional Z, e.g. 20270112T180000"
            throw error("invalid \(kind) \"\(shown)\": expected \(example)")
        }
        do {
            return try LocalDate(year: year, month: month, day: day)
        } catch {
            throw self.error("invalid \(kind) \"\(shown)\": " + Self.reason(error.message))
        }
    }

    /// The part of a CivilTime message after its own quoted value ("invalid date \"…\": February has 28 days").
    private static func reason(_ message: String) -> String {
        guard let range = message.range(of: "\": ") else { return message }
        return String(message[range.upperBound...])
    }

    private func number(_ bytes: [UInt8], _ range: Range<Int>) -> Int? {
        var value = 0
        for index in range {
            let byte = bytes[index]
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
