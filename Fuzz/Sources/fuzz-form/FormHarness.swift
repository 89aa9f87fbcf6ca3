@testable import BookingWeb
import Bookings
import Foundation
import FuzzSupport

/// Fuzzes the request form's parsing: the urlencoded body (`FormFields`), then the form's checks and the
/// submission they build (`RequestForm.prepare`), as a POST to /request reaches them before the store.
///
/// Properties: the fields re-encoded read back to the same values; the form either gives a submission
/// or names at least one wrong field, never both; a submission it gives makes a request within the
/// documented bounds.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzForm(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let body = text(data, size)
    let fields = FormFields(urlEncoded: body)
    let names = RequestForm.fieldNames + ["features", "public", "csrf"]
    let encoded = names.flatMap { name in fields.all(name).map { "\(encode(name))=\(encode($0))" } }.joined(separator: "&")
    let again = FormFields(urlEncoded: encoded)
    for name in names {
        expect(again.all(name) == fields.all(name), "field \(name) re-encoded as \"\(encoded)\" reads \(again.all(name)), not \(fields.all(name))")
    }

    for language in [Language.sl, .en] {
        var form = RequestForm(fields)
        let prepared = form.prepare(messages: FormMessages(language: language))
        expect((prepared == nil) != form.errors.isEmpty, "prepare gave \(prepared == nil ? "nothing" : "a submission") with errors \(form.errors)")
        guard let (submission, group) = prepared else { continue }
        expect(group.name.count <= 200, "a group name of \(group.name.count) characters accepted")
        do {
            let request = try submission.request()
            expect((1...10_000).contains(request.audience), "audience \(request.audience) accepted")
            expect((1...24 * 60).contains(request.durationMinutes), "duration \(request.durationMinutes) accepted")
            expect(request.title.count <= 200, "a title of \(request.title.count) characters accepted")
            expect(!request.windows.isEmpty, "a request without times accepted")
        } catch {
            fail("the form accepted a submission its request refuses: \(error)")
        }
    }
    return 0
}

/// Percent-encodes everything but unreserved characters, as a browser encodes a form.
private func encode(_ text: String) -> String {
    text.addingPercentEncoding(withAllowedCharacters: CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")) ?? ""
}

@main enum FormHarness {
    static func main() { runFuzzer(fuzzForm) }
}
