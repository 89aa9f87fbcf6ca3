import Bookings
import CivilTime
import Foundation
import Testing

/// Inputs the fuzzing harnesses of Fuzz/ found (README, "Fuzzing"), each kept here so that the normal
/// suite checks them without the sanitizers. The files are copied from Fuzz/findings/ into FuzzFindings/.
@Suite("Fuzzing findings: the texts typed on the command line")
struct FuzzFindingsTests {
    static func finding(_ name: String) throws -> String {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("FuzzFindings")
        return String(decoding: try Data(contentsOf: directory.appendingPathComponent(name)), as: UTF8.self)
    }

    /// An hour of twenty digits overflowed Int while it was read, and the process crashed (SIGILL)
    /// instead of refusing the range: `closure add --hours`, `room add --hours`, `--when`.
    @Test func anHourTooLongForAnIntIsRefusedNotACrash() throws {
        #expect(throws: CivilTimeError.self) { try LocalTime(iso: "44444444444444444444:00") }
        #expect(throws: InvalidValue.self) { try TimeRange(parsing: "44444444444444444444:00-10:00") }
        #expect(throws: InvalidValue.self) { try TimeWindow(parsing: "mon 99999999999999999999.00-10.00") }
        #expect(throws: InvalidValue.self) {
            try OpeningHours(parsingLines: ["mon-fri 4444444444444444444444444:00-22:00"], record: "room")
        }
        let lines = try Self.finding("cli-texts-crash-a64ee7c847f15a43be16c0c2c0b66930350716ea")
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // The input as found: reading it must end in an answer, not a crash of the test process.
        for line in lines {
            _ = try? TimeRange(parsing: line)
            _ = try? TimeWindow(parsing: line)
            _ = try? DurationText.minutes(line)
        }
        _ = try? OpeningHours(parsingLines: lines, record: "room")
    }

    /// Only commas where the days go named no day, and the window on no day was written back as
    /// " 00:00-24:00", which does not read.
    @Test func daysOfOnlyCommasAreRefused() throws {
        #expect(throws: InvalidValue.self) { try TimeWindow(parsing: ",00:00-24:00") }
        #expect(throws: InvalidValue.self) { try OpeningHours(parsingLines: [", , 16:00-22:00"], record: "room") }
        let lines = try Self.finding("cli-texts-crash-1f9e52f55be76c62bc6939fc24505972f84e60a3")
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.last == ",00:00-24:00")
        for line in lines {
            if let window = try? TimeWindow(parsing: line) { #expect(try TimeWindow(parsing: window.line) == window) }
        }
    }
}
