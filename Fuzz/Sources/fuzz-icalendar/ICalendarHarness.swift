import BookingImport
import Bookings
import CivilTime
import FuzzSupport
import ICalendar

/// Fuzzes the iCalendar reader (`ICalendarReader`) and the holiday import built on it (`HolidayCalendar`).
///
/// Properties: a document the reader accepts is written by `ICalendarWriter` and reads back to the same
/// model; the holiday import ends, and every closure it gives touches the window it was asked for.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzICalendar(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let document = try? ICalendarReader().read(bytes: bytes) {
        let written: String
        do {
            written = try ICalendarWriter.write(document)
        } catch {
            fail("a document the reader accepted cannot be written: \(error)")
        }
        do {
            let again = try ICalendarReader().read(written)
            expect(again == document, "the written calendar reads back to another model:\n\(written)")
        } catch {
            fail("the written calendar does not read back: \(error)\n\(written)")
        }
    }

    let text = String(decoding: bytes, as: UTF8.self)
    let first = try! LocalDate(year: 2027, month: 1, day: 1), last = try! LocalDate(year: 2028, month: 12, day: 31)
    if let result = try? HolidayCalendar(file: "fuzz.ics").read(text, scope: .everywhere, from: first, through: last) {
        for closure in result.setup.closures.map(\.value) {
            expect(closure.firstDay <= closure.lastDay, "closure \(closure.firstDay)–\(closure.lastDay) ends before it starts")
            expect(closure.lastDay >= first && closure.firstDay <= last, "closure \(closure.firstDay) outside the window")
        }
    }
    return 0
}

@main enum ICalendarHarness {
    static func main() { runFuzzer(fuzzICalendar) }
}
