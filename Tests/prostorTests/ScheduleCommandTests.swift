import BookingStore
import BookingStorePostgres
import Bookings
import Foundation
import Testing

/// `prostor schedule` run as an administrator runs it, on the pilot data imported into a fresh file.
@Suite("prostor schedule")
struct ScheduleCommandTests {
    /// A database holding the pilot's setup file and requests spreadsheet.
    func pilotDatabase(_ backend: CLIBackend = .sqlite) throws -> String {
        let path = try backend.newDatabase(in: temporaryDirectory())
        let fixtures = repositoryRoot.appendingPathComponent("Fixtures/kranj")
        try #require(try prostor(["init", "--db", path]).status == 0)
        let imported = try prostor(["import", "--db", path, fixtures.appendingPathComponent("kranj.yaml").path,
                                    fixtures.appendingPathComponent("requests.csv").path])
        try #require(imported.status == 0, "\(imported.stderr)")
        return path
    }

    /// Everything the store holds, read through the same storage the commands use.
    struct Contents: Equatable {
        var venues: [Venue], rooms: [Room], closures: [Closure], groups: [Group], terms: [Term]
        var requests: [Request], bookings: [Booking]
    }

    func contents(_ path: String) throws -> Contents {
        let store: any BookingStorage = PostgresLocation.isPostgres(path)
            ? try PostgresAppDatabase(url: path, create: false) : try AppDatabase(path: path, create: false)
        return try store.read { reader in
            Contents(venues: try reader.venues(), rooms: try reader.rooms(in: nil), closures: try reader.closures(),
                     groups: try reader.groups(), terms: try reader.terms(), requests: try reader.requests(),
                     bookings: try reader.bookings())
        }
    }

    @Test func theFirstLineSummarisesThePlanAndEachUnplacedRequestHasASection() throws {
        let path = try pilotDatabase()
        let run = try prostor(["schedule", "--db", path, "--term", "spomlad-2027", "--iterations", "1000"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = try #require(lines.first)
        let match = try #require(header.wholeMatch(
            of: /Schedule for spomlad-2027: (\d+) sessions placed, (\d+) not placed; score hard=(\d+) soft=(\d+) \(\d+\.\d s, 2 searches, \d+ steps\)/))
        let notPlaced = try #require(Int(match.output.2))
        #expect(Int(match.output.3) == notPlaced)
        #expect(lines[1] == "Stored as tentative bookings: approve them with `prostor approve --term spomlad-2027 --tentative`, "
            + "or one by one with `prostor approve ID`; look with `prostor booking list --state tentative`.")
        #expect(lines[3].hasPrefix("BOOKING  REQUEST  TITLE"))
        let sections = lines.filter { $0.hasPrefix("Not placed: ") }
        #expect(sections.count == notPlaced)
        let crowd = try #require(lines.firstIndex {
            $0.hasPrefix("Not placed: request ") && $0.hasSuffix(" \"Javna predstavitev občinskega prostorskega načrta\" (mok-okolje) on 2027-03-11")
        })
        #expect(lines[crowd + 1].hasPrefix("  refused at all 50 rooms and times it can use: the room is too small for that many people (50); "))
        #expect(lines[crowd + 2] == "  no alternative found")
        #expect(lines.contains { $0.hasPrefix("Not placed: ") && $0.contains("\"Potopisna predavanja po nedeljskih izletih\" (pd-golnik)") })
        #expect(run.stdout.contains("\nScore by constraint:\nCONSTRAINT                   LEVEL  WEIGHT  PENALTY  COST\n"))
        // The pilot's Golnik weighs energy-aware clustering 3 in its own rooms.
        #expect(lines.contains { $0.hasPrefix("energy-aware clustering      soft   1*      ") })
        #expect(lines.contains("* the municipality's weight; some venues set their own, and the cost weighs each penalty with its venue's."))
        #expect(!lines.contains { $0.hasPrefix("day spread") && $0.contains("*") })
    }

    @Test func jsonHasTheTermScoreBookingsUnplacedAndConstraints() throws {
        let path = try pilotDatabase()
        let run = try prostor(["schedule", "--db", path, "--iterations", "500", "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["term", "dryRun", "hard", "soft", "elapsedSeconds", "iterations", "constraints", "placed", "unplaced"])
        #expect(object["term"] as? String == "spomlad-2027")
        #expect(object["dryRun"] as? Bool == false)
        #expect((object["iterations"] as? [Int])?.count == 2)
        let placed = try #require(object["placed"] as? [[String: Any]])
        let unplaced = try #require(object["unplaced"] as? [[String: Any]])
        #expect(object["hard"] as? Int == unplaced.count)
        #expect(object["soft"] is Int)
        #expect(placed.count > 20)
        #expect(placed.allSatisfy { $0["booking"] is Int && $0["room"] is String && $0["start"] is String })
        let crowd = try #require(unplaced.first { $0["group"] as? String == "mok-okolje" })
        let reasons = try #require(crowd["reasons"] as? [[String: Any]])
        #expect(reasons.first?["constraint"] as? String == "room capacity")
        #expect(reasons.first?["reason"] as? String == "the room is too small for that many people")
        let constraints = try #require(object["constraints"] as? [[String: Any]])
        #expect(constraints.contains { $0["name"] as? String == "room clash" && $0["level"] as? String == "hard" && $0["cost"] as? Int == 0 })
        #expect(constraints.first { $0["name"] as? String == "energy-aware clustering" }?["weightedByVenue"] as? Bool == true)
        #expect(constraints.first { $0["name"] as? String == "preferred times" }?["weightedByVenue"] as? Bool == false)
    }

    @Test(arguments: CLIBackend.available) func aDryRunLeavesTheDatabaseAsItWas(backend: CLIBackend) throws {
        let path = try pilotDatabase(backend)
        let before = try contents(path)
        let dry = try prostor(["schedule", "--db", path, "--iterations", "300", "--dry-run"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.split(separator: "\n").dropFirst().first == "Dry run: nothing was stored.")
        #expect(dry.stdout.contains("\n-        "))
        #expect(try contents(path) == before)
        let stored = try prostor(["schedule", "--db", path, "--iterations", "300"])
        #expect(stored.status == 0)
        let after = try contents(path)
        #expect(after != before)
        #expect(try prostor(["schedule", "--db", path, "--iterations", "300", "--dry-run", "--json"]).status == 0)
        #expect(try contents(path) == after)
    }

    @Test(arguments: CLIBackend.available) func aSecondRunWithTheSameSeedStoresTheSamePlan(backend: CLIBackend) throws {
        let path = try pilotDatabase(backend)
        let first = try prostor(["schedule", "--db", path, "--iterations", "300", "--seed", "7"])
        let stored = try contents(path)
        let second = try prostor(["schedule", "--db", path, "--iterations", "300", "--seed", "7"])
        #expect(first.status == 0 && second.status == 0)
        #expect(try contents(path) == stored)
        // The tables are the same but for the time the search took.
        #expect(first.stdout.split(separator: "\n").dropFirst() == second.stdout.split(separator: "\n").dropFirst())
    }

    @Test(arguments: [("0", "0.0"), ("-1", "-1.0"), ("inf", "inf"), ("nan", "nan")])
    func secondsMustBePositiveAndFinite(given: String, shown: String) throws {
        // The = form, so that "-1" is read as a value rather than as an option.
        let run = try prostor(["schedule", "--db", pilotDatabase(), "--seconds=\(given)"])
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(run.stderr.hasPrefix(
            "Error: --seconds must be a positive, finite number of seconds, got \(shown)\nUsage: prostor schedule [--term <term>]"))
    }

    @Test func iterationsMustBePositive() throws {
        let run = try prostor(["schedule", "--db", pilotDatabase(), "--iterations", "0"])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("Error: --iterations must be positive, got 0\n"))
    }

    @Test func anUnknownTermIsNotFoundWithASuggestion() throws {
        let run = try prostor(["schedule", "--db", pilotDatabase(), "--term", "spomlad-2028", "--iterations", "10"])
        #expect(run.status == 4)
        #expect(run.stdout == "")
        #expect(run.stderr == "error: no term \"spomlad-2028\" (did you mean \"spomlad-2027\"?)\n")
    }

    @Test func withoutADatabaseItSaysHowToCreateOne() throws {
        let run = try prostor(["schedule", "--iterations", "10"], in: temporaryDirectory())
        #expect(run.status == 1)
        #expect(run.stderr == "error: no database at prostor.sqlite: run `prostor init` first, or give another with --db or PROSTOR_DB\n")
    }
}
