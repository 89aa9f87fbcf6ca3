import CivilTime
import FuzzSupport
import Recurrence

/// Fuzzes `RecurrenceRule(parsing:)` and the expansion. The input is an RRULE, or a start
/// ("20270112T180000", "2027-01-12" …) on the first line and the RRULE on the second.
///
/// Properties: a parsed rule formats to text that parses to the same rule; an accepted rule's expansion
/// over ten years ends, in ascending order without duplicates, inside the window, never past UNTIL and
/// never more than COUNT dates; a rule with COUNT expands whole and ends.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRRule(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = FuzzSupport.text(data, size)
    let lines = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
    var start = RecurrenceStart(LocalDateTime(date: try! LocalDate(year: 2027, month: 1, day: 12),
                                              time: try! LocalTime(hour: 18, minute: 0)))
    var ruleText = text
    if lines.count == 2 {
        guard let parsed = try? RecurrenceStart(parsing: String(lines[0])) else { return 0 }
        start = parsed
        ruleText = String(lines[1])
    }
    guard let rule = try? RecurrenceRule(parsing: ruleText) else { return 0 }

    let formatted = rule.description
    let again: RecurrenceRule
    do {
        again = try RecurrenceRule(parsing: formatted)
    } catch {
        fail("\"\(ruleText)\" formats as \"\(formatted)\", which does not parse: \(error)")
    }
    expect(again == rule, "\"\(ruleText)\" formats as \"\(formatted)\", which parses to another rule")

    guard let set = try? RecurrenceSet(start: start, rule: rule) else { return 0 }
    let horizon = LocalDateTime(date: start.dateTime.date.adding(days: 3_653), time: .midnight)
    var previous: LocalDateTime?
    var count = 0
    for occurrence in set.occurrences(from: start.dateTime, to: horizon) {
        count += 1
        expect(occurrence >= start.dateTime && occurrence < horizon, "\(formatted): \(occurrence) outside the window")
        if let previous { expect(previous < occurrence, "\(formatted): \(occurrence) after \(previous)") }
        previous = occurrence
        if let limit = rule.count { expect(count <= limit, "\(formatted): more than COUNT dates") }
        if case .local(let until)? = rule.until { expect(occurrence <= until, "\(formatted): \(occurrence) past UNTIL") }
        if case .date(let until)? = rule.until { expect(occurrence.date <= until, "\(formatted): \(occurrence) past UNTIL") }
        // A sub-daily rule may give millions of dates in ten years; a prefix is enough to check the order.
        if count > 20_000 { break }
    }
    if let limit = rule.count {
        var whole = 0
        for _ in set.occurrences { whole += 1 }
        expect(whole <= limit, "\(formatted): \(whole) dates, more than COUNT")
    }
    return 0
}

@main enum RRuleHarness {
    static func main() { runFuzzer(fuzzRRule) }
}
