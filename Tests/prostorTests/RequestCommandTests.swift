import Foundation
import Testing

@Suite struct RequestCommandTests {
    /// `request add` with the required options for the setup's group and term, followed by `extra`.
    static func add(_ title: String, _ extra: String...) -> [String] {
        ["request", "add", "--group", "sk-strazisce", "--term", "spomlad-2027", "--title", title, "--audience", "12",
         "--duration", "90m", "--when", "tue,thu 17:00-21:00"] + extra
    }

    @Test func addedRequestsAreListedAndShown() throws {
        let scratch = try Scratch.withSetup()
        let add = Self.add("Šahovski trening", "--sessions", "2", "--prefer", "tue 18:00-20:00", "--venue", "golnik",
                           "--prefer-room", "golnik/sejna-soba", "--features", "projector", "--private", "--description", "Za mlade šahiste.")
        #expect(try scratch.ok(add) == "Added request 2.\n")
        #expect(try scratch.ok(Self.add("Turnir", "--dates", "2027-04-12,2027-03-08", "--when", "mon 16:00-22:00")) == "Added request 3.\n")
        #expect(try scratch.ok(Self.add("Simultanka", "--repeats", "first-of-month")) == "Added request 4.\n")
        #expect(try scratch.ok("request", "list") == """
            ID  GROUP         TITLE                   AUDIENCE  DURATION  HOW-OFTEN         WHEN                                  STATUS
            1   fs-golnik     Vaje folklorne skupine  24        2h        weekly            tue 18:00-22:00                       pending
            2   sk-strazisce  Šahovski trening        12        1h30      2 a week, weekly  tue,thu 17:00-21:00                   pending
            3   sk-strazisce  Turnir                  12        1h30      2 dates           tue,thu 17:00-21:00; mon 16:00-22:00  pending
            4   sk-strazisce  Simultanka              12        1h30      first-of-month    tue,thu 17:00-21:00                   pending

            """)
        #expect(try scratch.ok("request", "show", "2") == """
            request 2: Šahovski trening
            group:       sk-strazisce
            term:        spomlad-2027
            status:      pending
            audience:    12
            duration:    1h30
            how often:   2 a week, weekly
            when:        tue,thu 17:00-21:00
            preferred:   tue 18:00-20:00
            venues:      golnik
            rooms:       golnik/sejna-soba
            features:    projector
            public:      no
            description: Za mlade šahiste.
            last plan:   none yet

            """)
    }

    @Test func windowsAcceptSlovenianDaysSpacesAndSpansAndPrintInOneForm() throws {
        let scratch = try Scratch.withSetup()
        try scratch.ok("request", "add", "--group", "sk-strazisce", "--term", "spomlad-2027", "--title", "Pouk", "--audience", "8",
                       "--duration", "1h", "--when", "tor, čet 16.00 - 19.00", "--when", "daily 09:00-11:00",
                       "--when", "pon-sre,pet 18:00-20:00", "--prefer", "sob 09:00-10:00")
        let show = try scratch.ok("request", "show", "2")
        #expect(show.contains("\nwhen:        tue,thu 16:00-19:00; daily 09:00-11:00; mon-wed,fri 18:00-20:00\npreferred:   sat 09:00-10:00\n"))
    }

    @Test func listAndShowPrintJSON() throws {
        let scratch = try Scratch.withSetup()
        try scratch.ok(Self.add("Turnir", "--dates", "2027-04-13,2027-03-09"))
        let requests = try #require(try scratch.json("request", "list") as? [[String: Any]])
        #expect(requests.map { $0["id"] as? Int } == [1, 2])
        let request = try #require(try scratch.json("request", "show", "2") as? [String: Any])
        #expect(request["repeats"] as? String == "dates")
        #expect(request["dates"] as? [String] == ["2027-03-09", "2027-04-13"])
        #expect(request["when"] as? [String] == ["tue,thu 17:00-21:00"])
        #expect(request["durationMinutes"] as? Int == 90)
        #expect(request["group"] as? String == "sk-strazisce")
        #expect(request["isPublic"] as? Bool == true)
        #expect(request["status"] as? String == "pending")
    }

    @Test func listFiltersByGroupTermVenueAndStatus() throws {
        let scratch = try Scratch.withSetup()
        try scratch.ok(Self.add("Šahovski trening", "--venue", "zlato-polje"))
        try scratch.ok(Self.add("Turnir"))
        let ids = { (arguments: [String]) throws -> [Int] in
            try #require(try scratch.json(arguments) as? [[String: Any]]).compactMap { $0["id"] as? Int }
        }
        #expect(try ids(["request", "list", "--group", "sk-strazisce"]) == [2, 3])
        #expect(try ids(["request", "list", "--venue", "golnik"]) == [1, 3])
        #expect(try ids(["request", "list", "--venue", "zlato-polje", "--term", "spomlad-2027"]) == [2, 3])
        #expect(try scratch.ok("request", "edit", "3", "--status", "withdrawn") == "Updated request 3.\n  It held no rooms.\n")
        #expect(try ids(["request", "list", "--status", "pending"]) == [1, 2])
        #expect(try scratch.ok("request", "list", "--status", "scheduled") == "No requests.\n")
    }

    @Test func editReplacesTheOptionsGivenAndRemoveDeletes() throws {
        let scratch = try Scratch.withSetup()
        #expect(try scratch.ok("request", "edit", "1", "--when", "mon,wed 18:00-21:00", "--prefer", "wed 19:00-21:00",
                               "--audience", "30", "--repeats", "fortnightly", "--private") == "Updated request 1.\n")
        let show = try scratch.ok("request", "show", "1")
        #expect(show.contains("audience:    30\nduration:    2h\nhow often:   fortnightly\nwhen:        mon,wed 18:00-21:00\npreferred:   wed 19:00-21:00\nvenues:      golnik\n"))
        #expect(show.contains("public:      no\n"))
        #expect(try scratch.ok("request", "remove", "1") == "Removed request 1.\n")
        #expect(try scratch.ok("request", "list") == "No requests.\n")
    }

    @Test func unknownReferencesAreNotFoundWithASuggestion() throws {
        let scratch = try Scratch.withSetup()
        try scratch.fails("request", "add", "--group", "sk-strazice", "--term", "spomlad-2027", "--title", "Trening", "--audience", "12",
                          "--duration", "90m", "--when", "tue 17:00-21:00", status: 4,
                          stderr: "error: no group \"sk-strazice\" (did you mean \"sk-strazisce\"?)\n")
        try scratch.fails(Self.add("Trening", "--prefer-room", "golnik/sejna"), status: 4,
                          stderr: "error: no room \"golnik/sejna\" (did you mean \"golnik/sejna-soba\"?)\n")
        try scratch.fails("request", "show", "5", status: 4, stderr: "error: no request \"5\"\n")
        try scratch.fails("request", "remove", "11", status: 4, stderr: "error: no request \"11\"\n")
        try scratch.fails(Self.add("Trening", "--venue", "zlato-polj"), status: 4,
                          stderr: "error: no venue \"zlato-polj\" (did you mean \"zlato-polje\"?)\n")
        try scratch.fails("request", "add", "--group", "sk-strazisce", "--term", "jesen", "--title", "Trening", "--audience", "12",
                          "--duration", "90m", "--when", "tue 17:00-21:00", status: 4, stderr: "error: no term \"jesen\"\n")
        try scratch.fails("request", "edit", "9", "--audience", "5", status: 4, stderr: "error: no request \"9\"\n")
        try scratch.fails("request", "edit", "1", "--features", "projektor", status: 4,
                          stderr: "error: no feature \"projektor\" (did you mean \"projector\"?)\n")
        try scratch.fails("request", "list", "--term", "spomlad", status: 4, stderr: "error: no term \"spomlad\" (did you mean \"spomlad-2027\"?)\n")
    }

    @Test func malformedValuesNameTheFieldAndChangeNothing() throws {
        let scratch = try Scratch.withSetup()
        let record = "error: request \"Trening\": "
        try scratch.fails(Self.add("Trening", "--audience", "-5"), status: 1, stderr: record + "audience must be a positive number, got \"-5\"\n")
        try scratch.fails(Self.add("Trening", "--duration", "90x"), status: 1,
                          stderr: record + "duration must be a duration like \"90m\", \"2h\" or \"1h30\", got \"90x\"\n")
        try scratch.fails(Self.add("Trening", "--when", "fri 21:00-17:00"), status: 1,
                          stderr: record + "when must end after it starts, got \"21:00-17:00\"\n")
        try scratch.fails(Self.add("Trening", "--when", "tue;thu 17:00-21:00"), status: 1,
                          stderr: record + "when must name days like mon-fri, tue,thu or daily, got \"tue;thu\"\n")
        try scratch.fails(Self.add("Trening", "--when", "17:00-21:00"), status: 1,
                          stderr: record + "when must be days and a time range, like \"tue,thu 17:00-21:00\", got \"17:00-21:00\"\n")
        try scratch.fails(Self.add("Trening", "--prefer", "tue 18.00-26.00"), status: 1,
                          stderr: record + "prefer must be a time range like \"16:00-22:00\", got \"18.00-26.00\"\n")
        try scratch.fails(Self.add("Trening", "--dates", "2027-03-08,2027-13-01"), status: 1,
                          stderr: record + "dates must be a date written YYYY-MM-DD, like \"2027-01-12\", got \"2027-13-01\"\n")
        try scratch.fails(Self.add("Trening", "--repeats", "monthly"), status: 1,
                          stderr: record + "repeats must be weekly, fortnightly, first-of-month … fourth-of-month, last-of-month or dates, got \"monthly\"\n")
        try scratch.fails(Self.add("Trening", "--repeats", "dates"), status: 1,
                          stderr: record + "dates must list the dates when repeats is dates, got \"\"\n")
        try scratch.fails(Self.add("Trening", "--sessions", "3"), status: 1,
                          stderr: record + "when must offer at least 3 different days for 3 sessions a week, got \"TU,TH 17:00-21:00\"\n")
        try scratch.fails(Self.add("Trening", "--duration", "5h"), status: 1,
                          stderr: record + "when must be at least as long as the duration of 300 minutes, got \"TU,TH 17:00-21:00\"\n")
        try scratch.fails("request", "edit", "1", "--audience", "0", status: 1,
                          stderr: "error: request \"Vaje folklorne skupine\": audience must be a positive number, got \"0\"\n")
    }
}
