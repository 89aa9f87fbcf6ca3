import Bookings
import ICalendar

extension HolidayCalendar {
    /// One VEVENT of the file with the line of its `BEGIN:VEVENT`.
    struct LocatedEvent {
        var event: Component
        var line: Int
    }

    /// Reads a calendar the strict reader refused, one VEVENT at a time: real exports hold the odd
    /// broken event (a fold without its leading space, a malformed date), and one of them should not
    /// keep a school's whole year of holidays out. Each event is read inside the file's own header
    /// (VCALENDAR, VTIMEZONE); the events that still fail are returned with the reader's reason.
    /// When the header itself is broken, there is nothing sound to read and `original` is thrown.
    static func readEventByEvent(_ text: String, file: String,
                                 original: ICalendarError) throws -> (events: [LocatedEvent], broken: [(Int, String)]) {
        let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map {
            var line = String(decoding: $0, as: UTF8.self)
            if line.hasSuffix("\r") { line.removeLast() }
            return line
        }
        var head: [String] = []
        var blocks: [(line: Int, lines: [String])] = []
        var current: [String]?
        for (index, line) in lines.enumerated() {
            let name = line.trimmingCharacters(in: .whitespaces).uppercased()
            if name == "BEGIN:VEVENT" {
                current = [line]
                blocks.append((index + 1, []))
            } else if current != nil {
                current?.append(line)
                if name == "END:VEVENT", let done = current {
                    blocks[blocks.count - 1].lines = done
                    current = nil
                }
            } else if blocks.isEmpty && name != "END:VCALENDAR" && !name.isEmpty {
                head.append(line)
            }
        }
        if let unfinished = current { blocks[blocks.count - 1].lines = unfinished }
        let reader = ICalendarReader()
        guard (try? reader.read((head + ["END:VCALENDAR", ""]).joined(separator: "\r\n"))) != nil else {
            throw ImportError(at: SourceLocation(file: file, line: original.line ?? 1), MalformedFile(problem: original.message))
        }
        var events: [LocatedEvent] = []
        var broken: [(Int, String)] = []
        for block in blocks {
            do {
                let document = try reader.read((head + block.lines + ["END:VCALENDAR", ""]).joined(separator: "\r\n"))
                events += document.components(named: "VEVENT").map { LocatedEvent(event: $0, line: block.line) }
            } catch {
                // The reader counts lines from the head; past it, they are the block's own.
                let line = (error.line ?? 0) > head.count ? block.line + (error.line ?? 0) - head.count - 1 : block.line
                broken.append((line, error.message))
            }
        }
        return (events, broken)
    }
}
