import Foundation
import Testing

@Suite struct GroupCommandTests {
    @Test func addedGroupsAreListedWithoutTokens() throws {
        let scratch = try Scratch.withSetup()
        #expect(try scratch.ok("group", "add", "Rdeči križ Stražišče", "--kind", "ngo", "--contact", "Stanislava Šter",
                               "--email", "ko.strazisce@rks-kranj.si") == "Added group rdeci-kriz-strazisce.\n")
        #expect(try scratch.ok("group", "list") == """
            GROUP                 NAME                      KIND     CONTACT          EMAIL
            fs-golnik             Folklorna skupina Golnik  society  Janez Rozman     folklora@fs-golnik.si
            rdeci-kriz-strazisce  Rdeči križ Stražišče      ngo      Stanislava Šter  ko.strazisce@rks-kranj.si
            sk-strazisce          Šahovski klub Stražišče   club     Matjaž Čebašek   info@sah-strazisce.si

            """)
        let groups = try #require(try scratch.json("group", "list") as? [[String: Any]])
        #expect(groups.map { $0["slug"] as? String } == ["fs-golnik", "rdeci-kriz-strazisce", "sk-strazisce"])
        #expect(groups.allSatisfy { $0["token"] == nil })
        #expect(groups[2]["phone"] as? String == "+386 51 208 644")
    }

    @Test func showPrintsTheTokenOnlyWhenAsked() throws {
        let scratch = try Scratch.withSetup()
        let plain = """
            Šahovski klub Stražišče (sk-strazisce)
            kind:    club
            contact: Matjaž Čebašek
            email:   info@sah-strazisce.si
            phone:   +386 51 208 644
            language: sl

            """
        #expect(try scratch.ok("group", "show", "sk-strazisce") == plain)
        let withToken = try prostor(["group", "show", "sk-strazisce", "--show-token", "--db", scratch.db],
                                    environment: ["PROSTOR_SITE_URL": "https://prostor.kranj.si/"]).stdout
        #expect(withToken.hasPrefix(plain + "token:   "))
        let lines = withToken.dropFirst(plain.count).split(separator: "\n").map(String.init)
        let token = String(lines[0].dropFirst("token:   ".count))
        // The group's page and feed, at the site's address: what the group is sent.
        #expect(lines.dropFirst() == ["page:    https://prostor.kranj.si/groups/\(token)",
                                      "feed:    https://prostor.kranj.si/feeds/groups/\(token).ics"])
        #expect(token.count == 32)
        #expect(token.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) })
        #expect((try scratch.json("group", "show", "sk-strazisce") as? [String: Any])?["token"] == nil)
        #expect((try scratch.json("group", "show", "sk-strazisce", "--show-token") as? [String: Any])?["token"] as? String == token)
        #expect(try scratch.ok("group", "list").contains(token) == false)
    }

    @Test func editChangesContactAndNewTokenReplacesTheSecret() throws {
        let scratch = try Scratch.withSetup()
        let before = try #require((try scratch.json("group", "show", "fs-golnik", "--show-token") as? [String: Any])?["token"] as? String)
        #expect(try scratch.ok("group", "edit", "fs-golnik", "--phone", "+386 41 307 119", "--kind", "club") == "Updated group fs-golnik.\n")
        let kept = try #require(try scratch.json("group", "show", "fs-golnik", "--show-token") as? [String: Any])
        #expect(kept["token"] as? String == before)
        #expect(kept["phone"] as? String == "+386 41 307 119")
        #expect(kept["kind"] as? String == "club")
        try scratch.ok("group", "edit", "fs-golnik", "--new-token")
        let renewed = try #require((try scratch.json("group", "show", "fs-golnik", "--show-token") as? [String: Any])?["token"] as? String)
        #expect(renewed != before)
        #expect(renewed.count == 32)
    }

    @Test func removeDeletesAGroupWithoutRequests() throws {
        let scratch = try Scratch.withSetup()
        #expect(try scratch.ok("group", "remove", "sk-strazisce") == "Removed group sk-strazisce.\n")
        #expect(try scratch.ok("group", "list").contains("sk-strazisce") == false)
    }

    @Test func anUnknownGroupIsNotFoundWithASuggestion() throws {
        let scratch = try Scratch.withSetup()
        try scratch.fails("group", "show", "fs-golnk", status: 4, stderr: "error: no group \"fs-golnk\" (did you mean \"fs-golnik\"?)\n")
        try scratch.fails("group", "edit", "sk-strazice", "--contact", "Ana", status: 4,
                          stderr: "error: no group \"sk-strazice\" (did you mean \"sk-strazisce\"?)\n")
        try scratch.fails("group", "remove", "pd-golnik", status: 4, stderr: "error: no group \"pd-golnik\" (did you mean \"fs-golnik\"?)\n")
    }

    @Test func invalidValuesNameTheFieldAndChangeNothing() throws {
        let scratch = try Scratch.withSetup()
        try scratch.fails("group", "add", "Planinsko društvo Golnik", "--email", "info.pd-golnik.si", status: 1,
                          stderr: "error: group \"Planinsko društvo Golnik\": email must be an e-mail address like \"ime@primer.si\", got \"info.pd-golnik.si\"\n")
        try scratch.fails("group", "add", "Planinsko društvo", "--slug", "PD", status: 1,
                          stderr: "error: group \"Planinsko društvo\": slug must be lower-case letters, digits and hyphens, like \"pd\", got \"PD\"\n")
        try scratch.fails("group", "add", "!!!", status: 1,
                          stderr: "error: group \"!!!\": name must contain a letter or digit to make a slug from, got \"!!!\"\n")
        try scratch.fails("group", "edit", "fs-golnik", "--email", "folklora@", status: 1,
                          stderr: "error: group \"Folklorna skupina Golnik\": email must be an e-mail address like \"ime@primer.si\", got \"folklora@\"\n")
        let run = try scratch.run("group", "add", "Klub", "--kind", "party")
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("Error: The value 'party' is invalid for '--kind <kind>'. "))
    }

    @Test func aDuplicateOrStillUsedGroupIsAConflict() throws {
        let scratch = try Scratch.withSetup()
        try scratch.fails("group", "add", "FS Golnik", "--slug", "fs-golnik", status: 3, stderr: "error: group fs-golnik already exists\n")
        try scratch.fails("group", "remove", "fs-golnik", status: 3, stderr: "error: group fs-golnik still has requests: remove them first\n")
        try scratch.ok("request", "remove", "1")
        try scratch.fails("group", "remove", "fs-golnik", status: 3, stderr: "error: group fs-golnik still has bookings: remove them first\n")
    }
}
