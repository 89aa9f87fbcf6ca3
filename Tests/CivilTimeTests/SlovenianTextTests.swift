import CivilTime
import Testing

@Suite("Slovenian display: dates and times as people here write them")
struct SlovenianTextTests {
    @Test func dateTimeReadsLikeAPoster() throws {
        #expect(try LocalDateTime(iso: "2027-01-12T18:00").slovenianText == "torek, 12. 1. 2027, 18.00")
        #expect(try LocalDateTime(iso: "2027-10-07T09:05:30").slovenianText == "četrtek, 7. 10. 2027, 9.05.30")
    }

    @Test func datesStrideByDays() throws {
        let first = try LocalDate(iso: "2027-02-27")
        let days = Array(first...first.adding(days: 3)).map(\.description)
        #expect(days == ["2027-02-27", "2027-02-28", "2027-03-01", "2027-03-02"])
        #expect(first.distance(to: first.adding(days: 10)) == 10)
    }
}
