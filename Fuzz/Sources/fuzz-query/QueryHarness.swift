@testable import BookingWeb
import CivilTime
import FuzzSupport
import Hummingbird

/// Fuzzes the query parameters of the calendar pages: the URI's query as Hummingbird parses it, then
/// `CalendarSelection` (`?week=2027-W07`, `?date=2027-02-15`, `?month=2027-02`) and `?lang=`.
///
/// Properties: a selection it accepts starts on a Monday and holds the day it names; the week and month
/// texts the pages link to read back to the same week and month; a malformed value is a 400.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuery(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let uri = URI("/venues/golnik/week?" + text(data, size))
    let query = uri.queryParameters
    let today = try! LocalDate(year: 2027, month: 2, day: 15)
    _ = Language.negotiate(query: query["lang"].map(String.init), acceptLanguage: nil)
    do {
        let selection = try CalendarSelection(week: query["week"].map(String.init), date: query["date"].map(String.init),
                                              month: query["month"].map(String.init), today: today)
        expect(selection.monday.weekday == .monday, "week starting on \(selection.monday), not a Monday")
        if query["week"] != nil || query["month"] == nil {
            expect(selection.monday <= selection.anchor && selection.anchor <= selection.sunday,
                   "anchor \(selection.anchor) outside the week of \(selection.monday)")
        }
        let week = try? CalendarSelection.monday(ofISOWeek: selection.weekText)
        expect(week == selection.monday, "week text \(selection.weekText) reads back as \(String(describing: week))")
        let (year, month, _) = selection.anchor.components
        let monthText = CalendarSelection.monthText(year: year, month: month)
        let first = try? CalendarSelection.firstDay(ofMonth: monthText)
        expect(first == (try? LocalDate(year: year, month: month, day: 1)), "month text \(monthText) reads back as \(String(describing: first))")
    } catch {
        expect(error.status == .badRequest, "a malformed query answered \(error.status), not 400")
    }
    return 0
}

@main enum QueryHarness {
    static func main() { runFuzzer(fuzzQuery) }
}
