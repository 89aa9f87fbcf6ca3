import Bookings
import CivilTime
import Testing

/// The validation `prostor request add` and the web form share: each error names the field to fix.
@Suite struct RequestSubmissionTests {
    func submission() -> RequestSubmission {
        RequestSubmission(group: "fs-golnik", term: "spomlad-2027", title: "Vaje", audience: 20,
                          duration: "90m", when: ["tor, čet 17.00-21.00"])
    }

    @Test func aValidSubmissionBecomesAPendingRequest() throws {
        let request = try submission().request()
        #expect(request.status == .pending)
        #expect(request.durationMinutes == 90)
        #expect(request.windows.map(\.line) == ["tue,thu 17:00-21:00"])
        #expect(request.pattern == .weekly)
    }

    @Test func aBadDurationNamesTheDurationField() {
        var bad = submission()
        bad.duration = "dolgo"
        #expect(throws: InvalidValue.self) { try bad.request() }
        #expect(field(of: bad) == "duration")
    }

    @Test func aWindowWithoutHoursNamesTheWhenField() {
        var bad = submission()
        bad.when = ["torek"]
        #expect(field(of: bad) == "when")
    }

    @Test func datesNeedRepeatsToBeDates() {
        var bad = submission()
        bad.dates = "2027-03-08"
        bad.repeats = "weekly"
        #expect(field(of: bad) == "repeats")
        bad.repeats = nil
        bad.dates = "8. 3. 2027"
        #expect(field(of: bad) == "dates")
    }

    @Test func singleDatesAreSortedAndUnique() throws {
        var dated = submission()
        dated.dates = "2027-04-12, 2027-03-08,2027-04-12"
        let request = try dated.request()
        #expect(request.pattern == .dates([try LocalDate(iso: "2027-03-08"), try LocalDate(iso: "2027-04-12")]))
    }

    @Test func aRoomMustBeWrittenVenueSlashRoom() {
        var bad = submission()
        bad.preferredRooms = ["velika-dvorana"]
        #expect(field(of: bad) == "prefer-room")
    }

    private func field(of submission: RequestSubmission) -> String? {
        do {
            _ = try submission.request()
            return nil
        } catch {
            return error.field
        }
    }
}
