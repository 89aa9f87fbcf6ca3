import CivilTime
import Recurrence
import Testing

/// libical's recurrence suite (src/test/icalrecur_test.txt): every case expands to libical's instances.
@Suite("RFC 5545 §3.3.10 recurrence rules: libical conformance")
struct LibicalConformanceTests {
    @Test func suiteHasEveryCase() {
        #expect(LibicalCase.all.count == 146)
    }

    @Test(arguments: LibicalCase.all)
    func expandsLikeLibical(_ libical: LibicalCase) throws {
        if let decision = Self.decisions[libical.line] {
            #expect(libical.instances == decision.libical, "the fixture changed: revisit the decision")
            #expect(try libical.expand() == decision.instances, Comment(rawValue: decision.reason))
            return
        }
        let choice = LibicalChoices.byLine[libical.line].map { Comment(rawValue: $0) }
        #expect(try libical.expand() == libical.expected, choice)
    }

    @Test func everyDocumentedChoiceNamesACase() {
        let lines = Set(LibicalCase.all.map(\.line))
        #expect(Set(LibicalChoices.byLine.keys).subtracting(lines).isEmpty)
        #expect(Set(Self.decisions.keys).subtracting(lines).isEmpty)
    }

    /// Cases where libical gives no instances to compare with, each with the RFC 5545 reading used instead.
    static let decisions: [Int: (libical: String, instances: [String], reason: String)] = [
        405: (
            " *** UNIMPLEMENTED: This feature has not been implemented",
            ["20241230", "20251230", "20301230", "20311230"],
            """
            libical refuses BYMONTH, BYMONTHDAY and BYWEEKNO together in a YEARLY rule. RFC 5545 §3.3.10: \
            "BYxxx rule parts modify the recurrence in some manner" and each expands or limits the set; read \
            as an intersection, the rule gives each December 30 that lies in week 1 (of the next year).
            """
        )
    ]
}
