import BookingImport
import Foundation
import Testing

/// Inputs the fuzzing harnesses of Fuzz/ found (README, "Fuzzing"), copied from Fuzz/findings/ into
/// Fixtures/fuzz/ so that the normal suite checks them without the sanitizers.
@Suite("Fuzzing findings: setup files")
struct SetupFuzzFindingsTests {
    /// A control character in a setup file was reported at line 0 ("kranj.yaml:0: … 220:26: error:
    /// reader: …"), since the YAML reader gives a byte offset, not a line.
    @Test func aControlCharacterIsNamedAtItsLine() throws {
        // Read as the harness read it: bytes that are not UTF-8 replaced.
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: fixture("fuzz/setup-crash-aa9300a9f956f11e0126bdc08872d9e08dd97dbc"))),
                          as: UTF8.self)
        #expect(thrownMessage { try SetupFileReader(file: "kranj.yaml").read(text) }
            == "kranj.yaml:220: not a well-formed file: control characters are not allowed (character U+0012)")
        #expect(thrownMessage { try SetupFileReader(file: "a.yaml").read("terms:\n  - slug: a\u{7}b\n") }
            == "a.yaml:2: not a well-formed file: control characters are not allowed (character U+0007)")
    }
}
