import BookingImport
import Bookings
import FuzzSupport

/// Fuzzes the spreadsheet reader (CSV, `RequestSpreadsheet`).
///
/// Properties: it ends; a refusal names the file and a line ("fuzz.csv:3: …"); every request it accepts
/// is within the documented bounds (see `checkBounds`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    do {
        let setup = try RequestSpreadsheet(file: "fuzz.csv").read(text(data, size))
        checkBounds(of: setup, file: "fuzz.csv")
    } catch {
        checkNamesPlace(error, file: "fuzz.csv")
    }
    return 0
}

@main enum CSVHarness {
    static func main() { runFuzzer(fuzzCSV) }
}
