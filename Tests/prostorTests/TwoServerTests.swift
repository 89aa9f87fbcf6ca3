import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// A municipality that runs several web servers behind a proxy, on one PostgreSQL database: two real
/// `prostor serve` processes must serve the same pages and feeds (the same ETags), and a change made
/// through the CLI or through either server's request form must show on both within the cache time.
@Suite struct TwoServerTests {
    static let cacheSeconds = 2.0

    /// The pilot's public pages and feeds, in the weeks its approved booking holds.
    static let paths = [
        "/", "/venues/golnik?week=2027-W09", "/venues/golnik/month?month=2027-03", "/venues/golnik/print?week=2027-W09",
        "/venues/golnik/rooms/dvorana?week=2027-W09", "/feeds/all.ics", "/feeds/venues/golnik.ics",
        "/feeds/rooms/golnik/dvorana.ics",
    ]

    #if canImport(Glibc)
    @Test(.enabled(if: CLIBackend.hasPostgres, "PROSTOR_TEST_POSTGRES names no server"))
    func twoServersOnOneDatabaseAgreeAndShowEveryChangeWithinTheCacheTime() async throws {
        let pilot = try Pilot(backend: .postgres)
        // Behind one proxy both servers are known by one address, which their subscribe links show.
        let options = ["--cache-seconds", String(Self.cacheSeconds), "--public-url", "https://prostor.kranj.si"]
        let a = try await LocalServer(database: pilot.database, in: pilot.directory, options: options)
        let b = try await LocalServer(database: pilot.database, in: pilot.directory, options: options)
        let before = try await Self.expectSameAnswers(a, b)

        // A change through the CLI: a cancelled Tuesday, with its reason on the week page.
        let cancelled = try pilot.run(["cancel", "1", "--date", "2027-03-02", "--reason", "Občni zbor gasilcev"])
        #expect(cancelled.status == 0, "\(cancelled.stderr)")
        let changedAt = ContinuousClock.now
        for server in [a, b] {
            try await Self.waitUntil(server, "/venues/golnik?week=2027-W09", since: changedAt) { $0.body.contains("Občni zbor gasilcev") }
            try await Self.waitUntil(server, "/feeds/all.ics", since: changedAt) { $0.headers["etag"] != before["/feeds/all.ics"] }
        }
        let after = try await Self.expectSameAnswers(a, b)
        #expect(after["/feeds/all.ics"] != before["/feeds/all.ics"])

        // A request filed through one server's form is at once in the database both read: the other
        // server's form knows the group it created (and sends its members to the group's own page), and
        // the CLI lists the request. The CSRF
        // token is a double submission, so a form shown by one server may be sent to the other.
        let form = try await a.get("/request")
        let token = try #require(form.headers["set-cookie"]?.split(separator: ";").first?.split(separator: "=").last.map(String.init))
        let fields = [("csrf", token), ("title", "Joga za starejše"), ("groupName", "Pobuda Zdravo Golnik"),
                      ("contactName", "Ana Novak"), ("email", "ana@primer.si"), ("kind", "initiative"), ("audience", "12"),
                      ("duration", "90m"), ("sessions", "1"), ("repeats", "weekly"), ("when", "sre 17:00-21:00"),
                      ("term", "pomlad-2027"), ("venue", "golnik")]
        let body = fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }
            .joined(separator: "&")
        let headers = ["Content-Type": "application/x-www-form-urlencoded", "Cookie": "prostor_csrf=\(token)"]
        let sent = try await b.send("/request", method: "POST", headers: headers, body: body)
        #expect(sent.status == 200 && sent.path == "/request/sent", "\(sent.status) \(sent.body.prefix(300))")
        let again = try await a.send("/request", method: "POST", headers: headers, body: body)
        #expect(again.status == 422)
        #expect(again.body.contains("Skupina s tem imenom je že prijavljena."))
        let listed = try pilot.run(["request", "list"])
        #expect(listed.stdout.contains("Joga za starejše"), "\(listed.stdout)\(listed.stderr)")

        // Approving what the form asked for shows on both servers, through the other server's cache.
        let booked = try pilot.book(["--room", "golnik/dvorana", "--group", "pobuda-zdravo-golnik", "--title", "Joga za starejše",
                                     "--duration", "90m", "--start", "2027-03-03T17:00", "--rrule", "FREQ=WEEKLY;COUNT=4"])
        let approved = try pilot.run(["approve", String(booked)])
        #expect(approved.status == 0, "\(approved.stderr)")
        let approvedAt = ContinuousClock.now
        for server in [a, b] {
            try await Self.waitUntil(server, "/feeds/venues/golnik.ics", since: approvedAt) { $0.body.contains("Joga za starejše") }
        }
        _ = try await Self.expectSameAnswers(a, b)
    }

    /// Fetches every path from both servers: the same status and body, and for feeds the same ETag.
    /// Returns the ETags by path.
    static func expectSameAnswers(_ a: LocalServer, _ b: LocalServer) async throws -> [String: String] {
        var etags: [String: String] = [:]
        for path in paths {
            let x = try await a.get(path), y = try await b.get(path)
            #expect(x.status == 200 && y.status == 200, "\(path): \(x.status), \(y.status)")
            #expect(x.body == y.body, "\(path) differs between the servers")
            if path.hasPrefix("/feeds/") {
                let etag = try #require(x.headers["etag"], "\(path) has no ETag")
                #expect(y.headers["etag"] == etag, "\(path): ETag \(etag) and \(y.headers["etag"] ?? "none")")
                // A client that polls with the one server's ETag is told by the other that nothing changed.
                #expect(try await b.get(path, headers: ["If-None-Match": etag]).status == 304, "\(path)")
                etags[path] = etag
            }
        }
        return etags
    }

    /// Polls `path` until `shows` holds, and expects that within the cache time (and a second for the
    /// requests themselves) from `since`.
    static func waitUntil(_ server: LocalServer, _ path: String, since: ContinuousClock.Instant,
                          sourceLocation: SourceLocation = #_sourceLocation,
                          _ shows: (LocalServer.Answer) -> Bool) async throws {
        let limit = Duration.seconds(cacheSeconds + 1)
        while true {
            let answer = try await server.get(path)
            if shows(answer) { break }
            guard ContinuousClock.now - since < limit + .seconds(5) else { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        let waited = ContinuousClock.now - since
        #expect(waited <= limit, "\(server.base)\(path) showed the change after \(waited)", sourceLocation: sourceLocation)
    }
    #endif
}
