/// Reads RFC 5545 text into documents, in one linear pass without recursion.
///
/// Every error names the 1-based number of the first physical line of the offending (unfolded) content
/// line. Limits keep hostile input from costing memory or stack: see `Limits`.
public struct ICalendarReader: Sendable {
    /// Bounds on what the reader accepts.
    public struct Limits: Sendable {
        /// The longest unfolded content line, in octets (a long DESCRIPTION fits; a 1 MB line does not).
        public var maximumLineOctets: Int
        /// The deepest nesting of components, VCALENDAR being level 1 (VCALENDAR > VEVENT > VALARM is 3).
        public var maximumDepth: Int

        /// Creates limits; the defaults are 65 536 octets and 16 levels.
        public init(maximumLineOctets: Int = 65_536, maximumDepth: Int = 16) {
            self.maximumLineOctets = maximumLineOctets
            self.maximumDepth = maximumDepth
        }
    }

    /// The limits this reader enforces.
    public var limits: Limits

    /// Creates a reader with the given limits.
    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// Reads text holding exactly one VCALENDAR: `let document = try ICalendarReader().read(ics)`.
    public func read(_ text: String) throws(ICalendarError) -> ICalendarDocument {
        try read(bytes: Array(text.utf8))
    }

    /// Reads UTF-8 bytes holding exactly one VCALENDAR.
    public func read(bytes: [UInt8]) throws(ICalendarError) -> ICalendarDocument {
        let found = try readAll(bytes: bytes)
        guard found.count == 1, let first = found.first else {
            let line = found.count > 1 ? found[1].line : 1
            throw ICalendarError(line: line, message: "expected one VCALENDAR, found \(found.count)")
        }
        return first.document
    }

    /// Reads every VCALENDAR of an iCalendar stream (RFC 5545 allows several in one file).
    public func readStream(_ text: String) throws(ICalendarError) -> [ICalendarDocument] {
        try readAll(bytes: Array(text.utf8)).map(\.document)
    }

    private func readAll(bytes: [UInt8]) throws(ICalendarError) -> [(document: ICalendarDocument, line: Int)] {
        var builder = TreeBuilder(maximumDepth: limits.maximumDepth)
        var unfolder = Unfolder(maximumOctets: limits.maximumLineOctets)
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0  // a byte-order mark is not content
        var lineNumber = 0
        while index < bytes.count {
            lineNumber += 1
            var end = index
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            var contentEnd = end
            if contentEnd > index && bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            if bytes[index..<contentEnd].contains(0x0D) {
                throw ICalendarError(
                    line: lineNumber, message: "carriage return (CR) not followed by a line feed (LF)")
            }
            // RFC 5545 §3.1 allows no control character but a tab in a content line. The writer drops
            // them, so a calendar holding one read as another than it was written (found by fuzzing).
            if let control = bytes[index..<contentEnd].first(where: { ($0 < 0x20 && $0 != 0x09) || $0 == 0x7F }) {
                let code = String(control, radix: 16, uppercase: true)
                throw ICalendarError(line: lineNumber, message: "control character U+"
                    + String(repeating: "0", count: 4 - code.count) + code + " is not allowed in a content line")
            }
            if let complete = try unfolder.add(bytes[index..<contentEnd], line: lineNumber) {
                try builder.add(try ContentLine(complete.bytes, line: complete.line))
            }
            index = end + 1
        }
        if let last = unfolder.finish() {
            try builder.add(try ContentLine(last.bytes, line: last.line))
        }
        return try builder.finish()
    }
}

/// Joins folded physical lines into content lines (RFC 5545 §3.1: CRLF followed by one space or tab).
struct Unfolder {
    let maximumOctets: Int
    private var current: [UInt8] = []
    private var currentLine = 0

    init(maximumOctets: Int) {
        self.maximumOctets = maximumOctets
    }

    /// Takes one physical line; returns the previous content line when this one starts a new one.
    mutating func add(_ physical: ArraySlice<UInt8>, line: Int) throws(ICalendarError) -> (bytes: [UInt8], line: Int)? {
        if let first = physical.first, first == 0x20 || first == 0x09 {
            guard currentLine > 0 else {
                throw ICalendarError(
                    line: line, message: "continuation line (starting with a space or tab) has no content line before it")
            }
            try append(physical.dropFirst())
            return nil
        }
        let finished = finish()
        if !physical.isEmpty {  // blank lines, common at the end of files, carry nothing
            currentLine = line
            try append(physical)
        }
        return finished
    }

    /// Returns the content line being built, if any, and starts afresh.
    mutating func finish() -> (bytes: [UInt8], line: Int)? {
        guard currentLine > 0 else { return nil }
        defer {
            current = []
            currentLine = 0
        }
        return (current, currentLine)
    }

    private mutating func append(_ bytes: ArraySlice<UInt8>) throws(ICalendarError) {
        guard current.count + bytes.count <= maximumOctets else {
            throw ICalendarError(
                line: currentLine,
                message: "content line is longer than \(maximumOctets) octets (after unfolding)")
        }
        current.append(contentsOf: bytes)
    }
}

/// Nests content lines into components, matching each END with its BEGIN.
struct TreeBuilder {
    let maximumDepth: Int
    private var stack: [(component: Component, line: Int)] = []
    private var documents: [(document: ICalendarDocument, line: Int)] = []

    init(maximumDepth: Int) {
        self.maximumDepth = maximumDepth
    }

    mutating func add(_ line: ContentLine) throws(ICalendarError) {
        switch line.name {
        case "BEGIN":
            let name = try componentName(line)
            if stack.isEmpty && name != "VCALENDAR" {
                throw ICalendarError(line: line.line, message: "expected BEGIN:VCALENDAR, got BEGIN:\(name)")
            }
            guard stack.count < maximumDepth else {
                throw ICalendarError(
                    line: line.line, message: "components are nested deeper than \(maximumDepth) levels")
            }
            stack.append((Component(name: name), line.line))
        case "END":
            let name = try componentName(line)
            guard let open = stack.popLast() else {
                throw ICalendarError(line: line.line, message: "END:\(name) without a matching BEGIN")
            }
            guard open.component.name == name else {
                throw ICalendarError(
                    line: line.line,
                    message: "END:\(name) does not match BEGIN:\(open.component.name) on line \(open.line)")
            }
            if stack.isEmpty {
                let calendar = open.component
                documents.append(
                    (ICalendarDocument(properties: calendar.properties, components: calendar.components), open.line))
            } else {
                stack[stack.count - 1].component.components.append(open.component)
            }
        default:
            guard !stack.isEmpty else {
                throw ICalendarError(
                    line: line.line, message: "property \(line.name) is outside of BEGIN:VCALENDAR … END:VCALENDAR")
            }
            stack[stack.count - 1].component.properties.append(try line.property())
        }
    }

    func finish() throws(ICalendarError) -> [(document: ICalendarDocument, line: Int)] {
        if let open = stack.last {
            let name = open.component.name
            throw ICalendarError(line: open.line, message: "BEGIN:\(name) is never ended (END:\(name) is missing)")
        }
        guard !documents.isEmpty else {
            throw ICalendarError(line: 1, message: "no BEGIN:VCALENDAR found; is this an iCalendar file?")
        }
        return documents
    }

    private func componentName(_ line: ContentLine) throws(ICalendarError) -> String {
        let name = String(decoding: line.rawValue, as: UTF8.self).uppercased()
        guard TextEscaping.isValidName(name) else {
            throw ICalendarError(
                line: line.line, message: "\(line.name):\(name) is not a component name (letters, digits and \"-\")")
        }
        return name
    }
}
