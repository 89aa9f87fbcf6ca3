import Testing

@testable import Bookings

@Suite("ImportSummary: counting what an import added, changed or left as it was")
struct ImportSummaryTests {
    @Test func countsANewRecordAsAdded() {
        var summary = ImportSummary()
        summary.record("venue", existing: String?.none, new: "golnik")
        #expect(summary.counts["venue"]?.added == 1)
        #expect(summary.counts["venue"]?.updated == 0)
        #expect(summary.counts["venue"]?.unchanged == 0)
    }

    @Test func countsAnEqualRecordAsUnchangedAndADifferentOneAsUpdated() {
        var summary = ImportSummary()
        summary.record("room", existing: "120", new: "120")
        summary.record("room", existing: "120", new: "150")
        summary.record("room", existing: "20", new: "20")
        #expect(summary.counts["room"]?.added == 0)
        #expect(summary.counts["room"]?.updated == 1)
        #expect(summary.counts["room"]?.unchanged == 2)
        #expect(summary.counts["venue"] == nil)
    }

    @Test func addingSummariesSumsEachKind() {
        var first = ImportSummary(), second = ImportSummary()
        first.record("group", existing: String?.none, new: "du-golnik")
        first.record("term", existing: "a", new: "a")
        second.record("group", existing: "x", new: "y")
        second.record("group", existing: String?.none, new: "fs-golnik")
        second.record("booking", existing: String?.none, new: "vaje")
        first.add(second)
        #expect(first.counts["group"]?.added == 2)
        #expect(first.counts["group"]?.updated == 1)
        #expect(first.counts["term"]?.unchanged == 1)
        #expect(first.counts["booking"]?.added == 1)
        #expect(first.counts.count == 3)
    }

    @Test func kindsAreInTheOrderOfASetupFile() {
        #expect(ImportSummary.kinds == ["term", "venue", "room", "policy", "closure", "group", "request", "booking"])
    }
}
