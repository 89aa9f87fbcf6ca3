import Foundation
import Testing

@Suite struct ImportHolidaysTests {
    static let holidays = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Šola//Prazniki//SL",
        "BEGIN:VEVENT", "UID:1@sola", "DTSTART;VALUE=DATE:20000208", "RRULE:FREQ=YEARLY", "SUMMARY:Prešernov dan", "END:VEVENT",
        "BEGIN:VEVENT", "UID:2@sola", "DTSTART;VALUE=DATE:20270222", "DTEND;VALUE=DATE:20270227", "SUMMARY:Zimske počitnice\\: 1. teden",
        "END:VEVENT",
        "BEGIN:VEVENT", "UID:3@sola", "DTSTART;TZID=Europe/Ljubljana:20270310T170000", "DTEND;TZID=Europe/Ljubljana:20270310T180000",
        "SUMMARY:Roditeljski sestanek", "END:VEVENT",
        "END:VCALENDAR", "",
    ].joined(separator: "\r\n")

    func file(in scratch: Scratch, _ text: String = Self.holidays) throws -> String {
        let url = scratch.directory.appendingPathComponent("prazniki.ics")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test(arguments: CLIBackend.available) func allDayEventsBecomeClosuresOverTheTermsAndASecondImportChangesNothing(backend: CLIBackend) throws {
        let scratch = try Scratch.withSetup(backend: backend)
        let path = try file(in: scratch)
        let first = try scratch.run("import", path, "--venue", "golnik", "--json")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr == "skipped prazniki.ics:16: \"Roditeljski sestanek\" is at a time of day, not a whole day\n")
        let counts = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: [String: Int]])
        #expect(counts["closure"] == ["added": 2, "updated": 0, "unchanged": 0])
        let list = try scratch.ok("closure", "list", "--venue", "golnik")
        #expect(list.contains("4   golnik             2027-02-08  2027-02-08  all day      Prešernov dan\n"))
        #expect(list.contains("5   golnik             2027-02-22  2027-02-26  all day      Zimske počitnice: 1. teden\n"))
        let again = try scratch.run("import", path, "--venue", "golnik", "--json")
        let counts2 = try #require(try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: [String: Int]])
        #expect(counts2["closure"] == ["added": 0, "updated": 0, "unchanged": 2])
    }

    @Test func withoutTermsTheWindowMustBeGiven() throws {
        let scratch = try Scratch()
        let path = try file(in: scratch)
        try scratch.fails("import", path, status: 1,
                          stderr: "error: \(path): give --from and --to for the holidays to expand, or add a term first\n")
        #expect(try scratch.run("import", path, "--from", "2027-01-01", "--to", "2028-12-31").status == 0)
        #expect(try scratch.ok("closure", "list").components(separatedBy: "Prešernov dan").count == 3)
    }

    // A real export with one broken event: the sound ones are imported, the broken one listed with its line.
    @Test func aMalformedEventIsSkippedAndNamedWhileTheOthersAreImported() throws {
        let scratch = try Scratch.withSetup()
        let path = try file(in: scratch, Self.holidays.replacingOccurrences(of: "DTSTART;VALUE=DATE:20270222", with: "DTSTART;VALUE=DATE:2027-02-22"))
        let run = try scratch.run("import", path, "--venue", "golnik")
        #expect(run.status == 0)
        #expect(run.stderr.contains("skipped prazniki.ics:12: DTSTART: invalid DATE \"2027-02-22\": expected YYYYMMDD, e.g. 20270112\n"))
        let list = try scratch.ok("closure", "list")
        #expect(list.contains("Prešernov dan"))
        #expect(!list.contains("Zimske počitnice"))
    }

    @Test func aCalendarWithNothingSoundNamesTheFileAndLineAndWritesNothing() throws {
        let scratch = try Scratch.withSetup()
        let text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//T//SL\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTART;VALUE=DATE:2027-02-22\r\n"
            + "SUMMARY:Počitnice\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        let path = try file(in: scratch, text)
        try scratch.fails("import", path, status: 1, stderr: "error: prazniki.ics:6: not a well-formed file: "
                              + "DTSTART: invalid DATE \"2027-02-22\": expected YYYYMMDD, e.g. 20270112\n")
    }
}
