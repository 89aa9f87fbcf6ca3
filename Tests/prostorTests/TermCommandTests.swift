import Foundation
import Testing

@Suite struct TermCommandTests {
    @Test func addedTermsAreListedByStartAndShown() throws {
        let scratch = try Scratch.withSetup()
        #expect(try scratch.ok("term", "add", "Jesen 2027", "--start", "2027-09-01", "--end", "2027-12-23") == "Added term jesen-2027.\n")
        #expect(try scratch.ok("term", "list") == """
            TERM          NAME         START       END         WEEKS
            spomlad-2027  Pomlad 2027  2027-01-11  2027-06-20  23
            jesen-2027    Jesen 2027   2027-09-01  2027-12-23  17

            """)
        #expect(try scratch.ok("term", "show", "spomlad-2027") == """
            Pomlad 2027 (spomlad-2027)
            start: 2027-01-11
            end:   2027-06-20
            weeks: 23

            """)
        let terms = try #require(try scratch.json("term", "list") as? [[String: Any]])
        #expect(terms.map { $0["slug"] as? String } == ["spomlad-2027", "jesen-2027"])
        let term = try #require(try scratch.json("term", "show", "jesen-2027") as? [String: Any])
        #expect(term["start"] as? String == "2027-09-01")
        #expect(term["end"] as? String == "2027-12-23")
        #expect(term["weeks"] as? Int == 17)
    }

    @Test func editChangesDaysAndRemoveDeletesAnUnusedTerm() throws {
        let scratch = try Scratch.withSetup()
        try scratch.ok("term", "add", "Jesen 2027", "--slug", "jesen", "--start", "2027-09-01", "--end", "2027-12-23")
        #expect(try scratch.ok("term", "edit", "jesen", "--end", "2028-01-31", "--name", "Jesen in zima") == "Updated term jesen.\n")
        #expect(try scratch.ok("term", "show", "jesen") == "Jesen in zima (jesen)\nstart: 2027-09-01\nend:   2028-01-31\nweeks: 23\n")
        #expect(try scratch.ok("term", "remove", "jesen") == "Removed term jesen.\n")
    }

    @Test func anUnknownTermIsNotFoundWithASuggestion() throws {
        let scratch = try Scratch.withSetup()
        try scratch.fails("term", "show", "pomlad-2027", status: 4, stderr: "error: no term \"pomlad-2027\" (did you mean \"spomlad-2027\"?)\n")
        try scratch.fails("term", "edit", "spomlad-2072", "--name", "Pomlad", status: 4,
                          stderr: "error: no term \"spomlad-2072\" (did you mean \"spomlad-2027\"?)\n")
        try scratch.fails("term", "remove", "jesen-2027", status: 4, stderr: "error: no term \"jesen-2027\"\n")
    }

    @Test func invalidDatesNameTheFieldAndChangeNothing() throws {
        let scratch = try Scratch.withSetup()
        try scratch.fails("term", "add", "Jesen 2027", "--start", "2027-09-31", "--end", "2027-12-23", status: 1,
                          stderr: "error: term \"Jesen 2027\": start must be a date written YYYY-MM-DD, like \"2027-01-12\", got \"2027-09-31\"\n")
        try scratch.fails("term", "add", "Jesen 2027", "--start", "2027-09-01", "--end", "2027-08-01", status: 1,
                          stderr: "error: term \"Jesen 2027\": end must be after the start 2027-09-01, got \"2027-08-01\"\n")
        try scratch.fails("term", "edit", "spomlad-2027", "--end", "2026-12-31", status: 1,
                          stderr: "error: term \"Pomlad 2027\": end must be after the start 2027-01-11, got \"2026-12-31\"\n")
    }

    @Test func aDuplicateOrStillUsedTermIsAConflict() throws {
        let scratch = try Scratch.withSetup()
        try scratch.fails("term", "add", "Spomlad 2027", "--start", "2027-01-11", "--end", "2027-06-20", status: 3,
                          stderr: "error: term spomlad-2027 already exists\n")
        try scratch.fails("term", "remove", "spomlad-2027", status: 3,
                          stderr: "error: term spomlad-2027 still has requests: remove them first\n")
    }
}
