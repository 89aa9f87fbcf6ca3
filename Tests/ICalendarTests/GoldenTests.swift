import Foundation
import ICalendar
import Testing

@Suite("Golden files: a feed byte for byte")
struct GoldenTests {
    @Test func programmeIsWrittenByteForByte() throws {
        let written = try ICalendarWriter.write(try goldenProgramme())
        if ProcessInfo.processInfo.environment["ICALENDAR_PRINT_GOLDEN"] != nil { print(written, terminator: "") }
        #expect(written == (try golden("programme.ics")))
    }

    @Test func goldenFileReadsBackToTheModel() throws {
        let read = try ICalendarReader().read(try golden("programme.ics"))
        #expect(read == (try goldenProgramme()))
    }

    @Test func rewritingTheGoldenFileChangesNoByte() throws {
        let text = try golden("programme.ics")
        #expect(try ICalendarWriter.write(try ICalendarReader().read(text)) == text)
    }
}
