import Bookings
import CivilTime
import Foundation
import Testing

/// When bookings were created and changed, and values that a store could easily get wrong:
/// text outside ASCII, time zones, local times across a change of daylight-saving time.
extension StorageContract {
    func bookingTimesKeepCreatedAndMoveModified() throws {
        let storage = try makeStorage(), sample = try Sample()
        let before = LocalDateTime(secondsSinceEpoch: Int64(Date().timeIntervalSince1970) - 1)
        let saved = try storage.write { try sample.save(into: $0) }
        let first = try storage.read { try $0.bookingTimes() }
        #expect(Set(first.keys) == Set(saved.bookings.compactMap(\.id)))
        let id = try #require(saved.bookings[0].id)
        let times = try #require(first[id])
        let after = LocalDateTime(secondsSinceEpoch: Int64(Date().timeIntervalSince1970) + 1)
        #expect(times.created >= before && times.created <= after && times.modified == times.created)
        Thread.sleep(forTimeInterval: 1.05)
        var changed = saved.bookings[0]
        changed.title = "Vaje gasilske mladine (jesen)"
        _ = try storage.write { try $0.save(changed) }
        let second = try #require(try storage.read { try $0.bookingTimes() }[id])
        #expect(second.created == times.created)
        #expect(second.modified > times.modified)
        try storage.write { try $0.removeBooking(id: id) }
        #expect(try storage.read { try $0.bookingTimes() }[id] == nil)
    }

    func textZonesAndLocalTimesComeBackAsWritten() throws {
        let storage = try makeStorage()
        let names = "Šentjošt — čšž ČŠŽ ćđ Ćđ, „narekovaji“, 'enojni', \"dvojni\", \\ poševnica, 100 %, emoji 🎻, 中文"
        let venue = try Venue(slug: slug("sentjost"), name: names, address: "Čežsoča 1\nnova vrstica", timeZone: "America/St_Johns")
        let room = try Room(venue: venue.slug, name: "Mala dvorana Žiga", capacity: 1,
                            features: ["klavir", "dostop-brez-stopnic"], openingHours: .daily(hours("00:00-24:00")))
        let group = try Group(name: "Društvo Čebelarjev Šenčur", kind: "society", contactName: "Žiga Čeč",
                              email: "žiga@čebelarji.si", phone: "", token: Group.newToken())
        // 2027-03-28 02:30 does not exist in Europe; 31 October 02:30 happens twice. Stored as written.
        let booking = try Booking(room: room.ref, group: group.slug, title: names, description: names,
                                  start: dateTime("2027-03-28T02:30"), durationMinutes: 24 * 60,
                                  recurrence: "FREQ=WEEKLY;BYDAY=SU;COUNT=32", exceptions: [
                                      OccurrenceException(originalDate: try date("2027-10-31"),
                                                          change: .moved(to: try dateTime("2027-10-31T02:30"), room: nil),
                                                          reason: names),
                                  ])
        let saved = try storage.write { writer throws in
            try writer.save(venue)
            try writer.save(room)
            try writer.save(group)
            return try writer.save(booking)
        }
        #expect(try storage.read { try $0.venues() } == [venue])
        #expect(try storage.read { try $0.rooms(in: venue.slug) } == [room])
        #expect(try storage.read { try $0.group(group.slug) } == group)
        #expect(try storage.read { try $0.booking(id: #require(saved.id)) } == saved)
    }

    func listsAreSortedByBytesAsSQLiteSortsThem() throws {
        let storage = try makeStorage()
        // Locale-aware orders put "a-c" after "ab" (hyphens ignored) and "Z" after "a"; byte order does not.
        let slugs = ["ab", "a-c", "a0", "aa"]
        try storage.write { writer throws in
            for name in slugs { try writer.save(Venue(slug: slug(name), name: name, address: "")) }
        }
        #expect(try storage.read { try $0.venues() }.map(\.slug.value) == slugs.sorted())
    }
}
