import Foundation
import Testing

/// `prostor --version`, `holidays`, `free`, `venue edit --public-holidays` and the usage report's
/// JSON and Slovenian CSV, run as real processes on the small pilot (`Pilot`).
@Suite struct TransparencyCommandTests {
    @Test func versionIsPrinted() throws {
        let result = try prostor(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == "0.1.0\n")
    }

    @Test func holidaysOfAYearAreListedDayByDay() throws {
        let result = try prostor(["holidays", "2027"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "DATE        DAY         HOLIDAY                         IN ENGLISH")
        #expect(lines.count == 1 + 15)
        #expect(lines.contains("2027-03-29  ponedeljek  Velikonočni ponedeljek          Easter Monday"))
        #expect(lines.contains("2027-05-16  nedelja     Binkoštna nedelja               Whit Sunday"))
        let json = try prostor(["holidays", "2028", "--json"])
        let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(decoded?.first { $0["name"] as? String == "Velikonočna nedelja" }?["firstDay"] as? String == "2028-04-16")
        let refused = try prostor(["holidays", "1900"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("the year must be 1970 to 2199, got 1900"))
    }

    /// Tuesdays: the approved booking 18:00–20:00 with the venue's 15 minutes either side; 27 April is a
    /// holiday, so 22 of the term's 23 Tuesdays; the kitchen is reserved to societies.
    @Test func freeWeeklyTimesCountTheBufferHolidaysAndPolicies() throws {
        let pilot = try Pilot()
        let result = try pilot.run(["free", "--venue", "golnik", "--days", "tue", "--duration", "1h"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == """
            Free every week 2027-01-11 to 2027-06-20, for 1h or more:
            ROOM            SEATS  DAY    FREE         DATES  ONLY FOR
            golnik/dvorana  100    torek  16:00-17:45  22
            golnik/dvorana  100    torek  20:15-22:00  22
            golnik/kuhinja  10     torek  15:00-21:00  22     society

            """)
        let narrow = try pilot.run(["free", "--capacity", "50", "--features", "piano", "--days", "tue,wed", "--between", "17:00-21:00",
                                    "--duration", "2h", "--json"])
        let decoded = try JSONSerialization.jsonObject(with: Data(narrow.stdout.utf8)) as? [String: Any]
        let times = decoded?["times"] as? [[String: Any]] ?? []
        #expect(times.map { "\($0["room"] ?? "") \($0["weekday"] ?? "") \($0["hours"] ?? "")" } == ["golnik/dvorana 3 17:00-21:00"])
        let onDate = try pilot.run(["free", "--date", "2027-04-27", "--venue", "golnik"])
        #expect(onDate.stdout == "Free on 2027-04-27, for 1h or more:\nnone.\n")
    }

    @Test func freeRefusesWhatItCannotRead() throws {
        let pilot = try Pilot()
        let both = try pilot.run(["free", "--weekly", "--date", "2027-03-01"])
        #expect(both.status == 2)
        let days = try pilot.run(["free", "--days", "tue,xyz"])
        #expect(days.status == 1)
        #expect(days.stderr == "error: free times: days must name days like mon-fri, tue,thu or daily, got \"tue,xyz\"\n", "\(days.stderr)")
        let duration = try pilot.run(["free", "--duration", "5m"])
        #expect(duration.status == 1)
        #expect(duration.stderr == "error: free times: duration must be from 15 minutes to 24 hours, got \"5m\"\n")
    }

    /// A venue that opts out of the holidays holds its 27 April date again, and says so in its policy.
    @Test func aVenueMayStayOpenOnPublicHolidays() throws {
        let pilot = try Pilot()
        let before = try pilot.run(["agenda", "--venue", "golnik", "--from", "2027-04-27", "--to", "2027-04-27"])
        #expect(!before.stdout.contains("27. 4. 2027"), "\(before.stdout)")
        let edited = try pilot.run(["venue", "edit", "golnik", "--public-holidays", "open"])
        #expect(edited.status == 0, "\(edited.stderr)")
        let after = try pilot.run(["agenda", "--venue", "golnik", "--from", "2027-04-27", "--to", "2027-04-27"])
        #expect(after.stdout.contains("torek, 27. 4. 2027, 18.00–20.00"), "\(after.stdout)")
        let policy = try pilot.run(["venue", "policy", "golnik"])
        #expect(policy.stdout.contains("public holidays:  open (the venue does not close on them)"))
        let history = try pilot.run(["history"])
        #expect(history.stdout.contains("venue golnik stays open on public holidays"), "\(history.stdout)")
        let wrong = try pilot.run(["venue", "edit", "golnik", "--public-holidays", "sometimes"])
        #expect(wrong.status == 1)
        #expect(wrong.stderr == "error: policy of venue golnik: --public-holidays must be \"closed\" (the venue closes on public holidays) or \"open\", got \"sometimes\"\n")
    }

    @Test func usageAsJSONAndAsASlovenianSpreadsheet() throws {
        let pilot = try Pilot()
        let csv = try pilot.run(["report", "usage", "--from", "2027-02-01", "--to", "2027-02-14", "--csv", "--decimal-comma", "--totals-only"])
        #expect(csv.status == 0, "\(csv.stderr)")
        #expect(csv.stdout == """
            room;week;open_hours;booked_hours;share;groups;activities
            golnik/dvorana;total;42,0;4,0;10%;1;1
            golnik/kuhinja;total;18,0;0,0;0%;0;0

            """)
        let json = try pilot.run(["report", "usage", "--from", "2027-02-01", "--to", "2027-02-14", "--json", "--totals-only"])
        let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let rows = decoded?["rows"] as? [[String: Any]] ?? []
        #expect(rows.map { $0["bookedMinutes"] as? Int } == [240, 0])
        let maps = decoded?["heatMaps"] as? [String: [String: Any]]
        let tuesday = (maps?["golnik/dvorana"]?["taken"] as? [[Int]])?[1]
        // Two Tuesdays, 18:00–20:00: the hours 18 and 19 taken in both weeks.
        #expect(tuesday?[18] == 2 && tuesday?[19] == 2 && tuesday?[17] == 0 && tuesday?[20] == 0)
        let wrong = try pilot.run(["report", "usage", "--decimal-comma"])
        #expect(wrong.status == 2)
    }

    /// Nothing scheduled yet: the stored plan places nothing; first come, first fit puts the choir in
    /// the hall on Mondays 16–18 (21 of the term's 23 Mondays: 8 February and Easter Monday are
    /// holidays). Blocks count the hand-made Tuesday booking too.
    @Test func planBesideFirstComeFirstFit() throws {
        let pilot = try Pilot()
        let result = try pilot.run(["report", "plan"])
        #expect(result.status == 0, "\(result.stderr)")
        // Columns collapsed to single spaces, so that the figures are compared rather than the padding.
        let lines = result.stdout.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        #expect(lines.first == "Plan figures for Pomlad 2027 (2027-01-11 to 2027-06-20): the stored plan beside first come, first fit:")
        #expect(lines.contains("placed 0 1"), "\(result.stdout)")
        #expect(lines.contains("no room and time fits the days and hours asked for 1 0"))
        #expect(lines.contains("hours placed in the term 0.0 42.0"))
        #expect(lines.contains("for society 0.0 42.0"))
        #expect(lines.contains("worst-off group's share 0% (society) 100% (society)"))
        #expect(lines.contains("blocks of room use a week 1.0 1.9"))
        #expect(!result.stdout.contains("zbor") && !result.stdout.contains("Pevski"), "no group is named")
        let json = try pilot.run(["report", "plan", "--json"])
        let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((decoded?["firstFit"] as? [String: Any])?["requestsPlaced"] as? Int == 1)
    }
}
