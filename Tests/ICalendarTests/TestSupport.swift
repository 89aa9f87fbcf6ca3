import CivilTime
import Foundation
import ICalendar

/// Parses "2027-01-12T18:00"; a bad literal is a bug in the test, so it traps.
func civil(_ text: String) -> LocalDateTime {
    try! LocalDateTime(iso: text)
}

/// Parses "2027-01-12".
func day(_ text: String) -> LocalDate {
    try! LocalDate(iso: text)
}

let ljubljana = try! ZoneRules(identifier: "Europe/Ljubljana")

/// The UTC instant of a civil date-time in Ljubljana.
func ljubljanaUTC(_ text: String) -> Int64 {
    ljubljana.utcSeconds(for: civil(text))
}

/// The physical lines of written text, split at CRLF (the last, empty piece dropped).
func physicalLines(_ text: String) -> [[UInt8]] {
    var lines: [[UInt8]] = []
    var current: [UInt8] = []
    let bytes = Array(text.utf8)
    var index = 0
    while index < bytes.count {
        if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
            lines.append(current)
            current = []
            index += 2
        } else {
            current.append(bytes[index])
            index += 1
        }
    }
    if !current.isEmpty { lines.append(current) }
    return lines
}

/// A document holding one VEVENT with the given extra properties.
func document(with properties: [Property]) -> ICalendarDocument {
    var event = Component.event(uid: "u1@prostor", timestamp: civil("2026-11-25T12:00"), start: .date(day("2027-01-12")))
    event.properties += properties
    return ICalendarDocument(productID: "-//Prostor//Test//SL", components: [event])
}

/// The text of a golden file in the test bundle.
func golden(_ name: String) throws -> String {
    guard let url = Bundle.module.url(forResource: "Golden/" + name, withExtension: nil) else {
        throw CocoaError(.fileNoSuchFile)
    }
    return String(decoding: try Data(contentsOf: url), as: UTF8.self)
}

/// The small programme of the golden file: a weekly rehearsal with two cancelled dates and one moved
/// occurrence, and a one-off assembly, in Europe/Ljubljana.
func goldenProgramme() throws -> ICalendarDocument {
    let zone = "Europe/Ljubljana"
    let stamp = civil("2026-11-25T12:00")
    var rehearsal = Component.event(
        uid: "booking-12@prostor.kranj.si", timestamp: stamp, start: .zoned(civil("2027-01-12T18:00"), zone: zone))
    rehearsal.end = .zoned(civil("2027-01-12T19:30"), zone: zone)
    rehearsal.recurrenceRule = "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270615T215959Z"
    rehearsal.exceptionDates = [.zoned(civil("2027-02-09T18:00"), zone: zone), .zoned(civil("2027-04-27T18:00"), zone: zone)]
    rehearsal.summary = "Vaje pevskega zbora Škrjanček"
    rehearsal.descriptionText = "Mešani pevski zbor; vaje za pomladni koncert, vabljeni novi člani.\nVodja: Ana Žagar"
    rehearsal.location = "KS Golnik, Velika dvorana, Golnik 54, 4204 Golnik"
    rehearsal.status = "CONFIRMED"
    rehearsal.sequence = 0
    rehearsal.categories = ["Glasba", "Odrasli"]
    rehearsal.classification = "PUBLIC"
    rehearsal.transparency = "OPAQUE"
    rehearsal.url = "https://prostor.kranj.si/golnik/rezervacije/12"

    var moved = Component.event(
        uid: "booking-12@prostor.kranj.si", timestamp: stamp, start: .zoned(civil("2027-03-18T18:00"), zone: zone))
    moved.recurrenceID = .zoned(civil("2027-03-16T18:00"), zone: zone)
    moved.end = .zoned(civil("2027-03-18T19:30"), zone: zone)
    moved.summary = "Vaje pevskega zbora Škrjanček (prestavljeno na četrtek)"
    moved.location = "KS Golnik, Mala dvorana, Golnik 54, 4204 Golnik"
    moved.status = "CONFIRMED"
    moved.sequence = 1

    var assembly = Component.event(
        uid: "booking-31@prostor.kranj.si", timestamp: stamp, start: .zoned(civil("2027-05-20T19:00"), zone: zone))
    assembly.duration = CalendarDuration(hours: 2)
    assembly.summary = "Zbor krajanov KS Golnik"
    assembly.status = "TENTATIVE"
    assembly.created = civil("2026-11-20T08:15")
    assembly.lastModified = civil("2026-11-24T16:40")

    let span = ljubljanaUTC("2027-01-12T18:00")...ljubljanaUTC("2027-06-15T19:30")
    var calendar = ICalendarDocument(productID: "-//Prostor//Prostor 1.0//SL", name: "KS Golnik")
    calendar.properties.append(Property(name: "METHOD", text: "PUBLISH"))
    calendar.components = [Component.timeZone(ljubljana, covering: span), rehearsal, moved, assembly]
    return calendar
}
