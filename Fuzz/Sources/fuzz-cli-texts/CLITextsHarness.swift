import Bookings
import FuzzSupport

/// Fuzzes the texts administrators type on the command line: `--when` windows (`TimeWindow`), closure
/// `--hours` ranges (`TimeRange`), room `--hours` lines (`OpeningHours`) and durations (`DurationText`).
/// Each line of the input is tried with every parser; all the lines together as opening hours.
///
/// Properties: each value a parser accepts formats to text that parses to the same value; accepted
/// durations are 1 minute to 24 hours; accepted ranges lie within one day and are not empty.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCLITexts(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let lines = text(data, size).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for line in lines {
        if let window = try? TimeWindow(parsing: line) {
            let again = try? TimeWindow(parsing: window.line)
            expect(again == window, "window \"\(line)\" formats as \"\(window.line)\", which reads as \(String(describing: again))")
        }
        if let range = try? TimeRange(parsing: line) {
            expect(0 <= range.startMinute && range.startMinute < range.endMinute && range.endMinute <= 24 * 60,
                   "range \"\(line)\" accepted as \(range.startMinute)–\(range.endMinute)")
            let again = try? TimeRange(parsing: range.description)
            expect(again == range, "range \"\(line)\" formats as \"\(range)\", which reads as \(String(describing: again))")
        }
        if let minutes = try? DurationText.minutes(line) {
            expect((1...24 * 60).contains(minutes), "duration \"\(line)\" accepted as \(minutes) minutes")
            let formatted = DurationText.format(minutes: minutes)
            let again = try? DurationText.minutes(formatted)
            expect(again == minutes, "duration \"\(line)\" formats as \"\(formatted)\", which reads as \(String(describing: again))")
        }
    }
    if let hours = try? OpeningHours(parsingLines: lines, record: "") {
        let again = try? OpeningHours(parsingLines: hours.lines, record: "")
        expect(again == hours, "opening hours \(lines) format as \(hours.lines), which read as \(String(describing: again))")
    }
    return 0
}

@main enum CLITextsHarness {
    static func main() { runFuzzer(fuzzCLITexts) }
}
