import Foundation
import ICalendar
import Testing

/// Inputs the fuzzing harnesses of Fuzz/ found (README, "Fuzzing"), copied from Fuzz/findings/ into
/// FuzzFindings/ so that the normal suite checks them without the sanitizers.
@Suite("Fuzzing findings: the iCalendar reader")
struct FuzzFindingsTests {
    static func finding(_ name: String) throws -> [UInt8] {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("FuzzFindings")
        return Array(try Data(contentsOf: directory.appendingPathComponent(name)))
    }

    /// NUL characters inside a value were read into the model, and the writer (which drops control
    /// characters, since TEXT cannot hold them) wrote another calendar than the one read. RFC 5545 allows
    /// no control character but a tab in a content line: the reader now says so, at its line.
    @Test func aControlCharacterInAContentLineIsRefusedAtItsLine() throws {
        let bytes = try Self.finding("icalendar-crash-36b9963e51f396c92b708a090e5f48323b8df4cf")
        #expect(throws: ICalendarError(line: 7, message: "control character U+0000 is not allowed in a content line")) {
            try ICalendarReader().read(bytes: bytes)
        }
        let bell = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nX-NOTE:zvonec\u{7}\r\nEND:VCALENDAR\r\n"
        #expect(throws: ICalendarError(line: 4, message: "control character U+0007 is not allowed in a content line")) {
            try ICalendarReader().read(bell)
        }
    }

    @Test func aTabStaysAllowedAndACalendarWithoutControlsReadsBackTheSame() throws {
        let text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nX-NOTE:a\tb\r\nEND:VCALENDAR\r\n"
        let document = try ICalendarReader().read(text)
        #expect(try ICalendarReader().read(ICalendarWriter.write(document)) == document)
    }
}
