import BookingStore
import Bookings
import CivilTime
import Testing

@Suite struct PublicHolidaysTests {
    typealias F = WorkflowFixture

    /// Published Easter dates (Gregorian), including the earliest and latest a Sunday can be.
    @Test(arguments: [(1970, "1970-03-29"), (2000, "2000-04-23"), (2008, "2008-03-23"), (2011, "2011-04-24"),
                      (2024, "2024-03-31"), (2025, "2025-04-20"), (2026, "2026-04-05"), (2027, "2027-03-28"),
                      (2038, "2038-04-25"), (2285, "2285-03-22")])
    func easterIsTheGregorianComputus(year: Int, expected: String) throws {
        #expect(PublicHolidays.easterSunday(year: year) == (try F.date(expected)))
    }

    /// The list the pilot's setup file used to type in for 2027 (checked there against the official calendar).
    @Test func the2027ListIsTheOneThePilotTypedIn() throws {
        let typed: [(String, String, String)] = [
            ("Novo leto", "2027-01-01", "2027-01-02"), ("Prešernov dan", "2027-02-08", "2027-02-08"),
            ("Velikonočna nedelja", "2027-03-28", "2027-03-28"), ("Velikonočni ponedeljek", "2027-03-29", "2027-03-29"),
            ("Dan upora proti okupatorju", "2027-04-27", "2027-04-27"), ("Praznik dela", "2027-05-01", "2027-05-02"),
            ("Binkoštna nedelja", "2027-05-16", "2027-05-16"), ("Dan državnosti", "2027-06-25", "2027-06-25"),
            ("Marijino vnebovzetje", "2027-08-15", "2027-08-15"), ("Dan reformacije", "2027-10-31", "2027-10-31"),
            ("Dan spomina na mrtve", "2027-11-01", "2027-11-01"), ("Božič", "2027-12-25", "2027-12-25"),
            ("Dan samostojnosti in enotnosti", "2027-12-26", "2027-12-26"),
        ]
        let computed = PublicHolidays.of(year: 2027)
        #expect(computed.map(\.name) == typed.map(\.0))
        #expect(computed.map(\.firstDay) == (try typed.map { try F.date($0.1) }))
        #expect(computed.map(\.lastDay) == (try typed.map { try F.date($0.2) }))
        // 2026: Easter 5 April, Whit Sunday 24 May.
        let of2026 = PublicHolidays.of(year: 2026)
        #expect(of2026.first { $0.name == "Binkoštna nedelja" }?.firstDay == (try F.date("2026-05-24")))
    }

    @Test func secondOfJanuaryWasNotWorkFreeIn2013To2016() throws {
        #expect(PublicHolidays.of(year: 2015).first?.lastDay == (try F.date("2015-01-01")))
        #expect(PublicHolidays.of(year: 2017).first?.lastDay == (try F.date("2017-01-02")))
        #expect(PublicHolidays.of(year: 2012).first?.lastDay == (try F.date("2012-01-02")))
    }

    /// A holiday closes the venue's dates in every view that reads `BookingDates` with the closures in
    /// force, and a venue that opts out keeps them.
    @Test func holidaysCloseEveryVenueUnlessItOptsOut() throws {
        let store = try F.store()
        // Tuesdays from 20 April 2027: 27 April is Dan upora proti okupatorju.
        let booking = try F.booking("zbor", "2027-04-20T18:00", state: .approved)
        let saved = try store.write { try $0.save(booking) }
        func dates() throws -> [BookingDate] {
            try store.read { reader in
                try BookingDates(saved, closures: try reader.closuresInForce(), zone: nil)
                    .dates(from: F.date("2027-04-19"), through: F.date("2027-05-16"))
            }
        }
        let closed = try dates().filter { !$0.takesPlace }
        #expect(closed.map(\.occurrence.originalDate) == [try F.date("2027-04-27")])
        #expect(closed.first?.closure?.reason == "Dan upora proti okupatorju")
        #expect(try store.read { try $0.closures() }.isEmpty, "holidays are computed, never stored")
        // The conflict finder sees the same dates.
        let found = try store.read { reader in
            try ConflictFinder(reader).occurrences(of: [saved], from: F.date("2027-04-19"), through: F.date("2027-05-16"))
        }
        #expect(!found.map(\.occurrence.originalDate).contains(try F.date("2027-04-27")))
        try store.write { writer in
            var policy = try writer.policy(of: F.golnik)
            policy.closedOnPublicHolidays = false
            try writer.save(policy)
        }
        #expect(try dates().allSatisfy(\.takesPlace))
    }

    @Test func theYearsComeFromTermsAndBookings() throws {
        let store = try F.store()
        let closures = try store.read { try $0.closuresInForce() }
        // The fixture's term is spring 2027 and it has no bookings: one year of 13 holidays, one venue.
        #expect(Set(closures.map(\.firstDay.year)) == [2027])
        #expect(closures.count == 13)
        let later = try store.read { try $0.closuresInForce(alsoYears: 2030...2030) }
        #expect(Set(later.map(\.firstDay.year)) == [2027, 2028, 2029, 2030])
    }
}
