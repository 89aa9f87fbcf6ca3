import BookingImport
import Bookings
import FuzzSupport

/// Fuzzes the setup-file reader (YAML, `SetupFileReader`).
///
/// Properties: it ends; a refusal names the file and a line ("fuzz.yaml:12: …"); every record it
/// accepts is within the documented bounds (see `checkBounds`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSetup(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    do {
        let setup = try SetupFileReader(file: "fuzz.yaml").read(text(data, size))
        checkBounds(of: setup, file: "fuzz.yaml")
    } catch {
        checkNamesPlace(error, file: "fuzz.yaml")
    }
    return 0
}

@main enum SetupHarness {
    static func main() { runFuzzer(fuzzSetup) }
}
