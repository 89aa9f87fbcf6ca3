import BookingStore
import Bookings
import Foundation
import Testing

/// What a user sees when `--db` is wrong or the database is busy: a sentence, never "SQLite error 14",
/// and for a busy database an exit code of its own (5), so that a script knows to try again.
@Suite("prostor: unusable and busy databases")
struct DatabaseErrorTests {
    @Test func aDirectoryAsTheDatabaseIsNamedAsSuch() throws {
        let directory = try temporaryDirectory()
        let run = try prostor(["venue", "list", "--db", directory.path])
        #expect(run.status == 1)
        #expect(run.stderr == "error: cannot use \(directory.path) as the database: it is a directory, not a file\n")
    }

    @Test func aFileThatIsNotADatabaseIsNamedAsSuch() throws {
        let file = try temporaryDirectory().appendingPathComponent("notes.txt")
        try String(repeating: "garbage\n", count: 100).write(to: file, atomically: true, encoding: .utf8)
        let run = try prostor(["venue", "list", "--db", file.path])
        #expect(run.status == 1)
        #expect(run.stderr == "error: cannot use \(file.path) as the database: it is not an SQLite database\n")
    }

    @Test func anEmptyFileIsNotWrittenInto() throws {
        let file = try temporaryDirectory().appendingPathComponent("empty.sqlite")
        _ = FileManager.default.createFile(atPath: file.path, contents: Data())
        let run = try prostor(["venue", "add", "KS Golnik", "--db", file.path])
        #expect(run.status == 1)
        #expect(run.stderr == "error: cannot use \(file.path) as the database: it is an empty file; "
                + "run `prostor init --db \(file.path)` to make it one\n")
        #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int == 0)
    }

    @Test func aBusyDatabaseExitsFiveWithAPlainMessageAndChangesNothing() throws {
        let scratch = try Scratch()
        let database = try AppDatabase(path: scratch.db, create: false)
        // This process holds the write lock (BEGIN IMMEDIATE) while the command tries to write.
        let run = try database.write { _ in
            try prostor(["venue", "add", "KS Golnik", "--db", scratch.db], environment: ["PROSTOR_BUSY_SECONDS": "0.2"])
        }
        #expect(run.status == 5)
        #expect(run.stderr == "error: the database is busy: another program kept it locked for more than 0.2 seconds; "
                + "nothing was changed, try again\n")
        #expect(try scratch.ok("venue", "list").hasPrefix("No venues yet"))
    }

    @Test func aBadBusyTimeoutIsRefused() throws {
        let scratch = try Scratch()
        let run = try prostor(["venue", "list", "--db", scratch.db], environment: ["PROSTOR_BUSY_SECONDS": "inf"])
        #expect(run.status == 1)
        #expect(run.stderr == "error: PROSTOR_BUSY_SECONDS must be a number of seconds from 0 to 3600, got \"inf\"\n")
    }

    @Test func exportingToADirectorySaysSoInsteadOfAFoundationDump() throws {
        let scratch = try Scratch.withSetup()
        let run = try scratch.run("export", "ics", "--all", "-o", "/")
        #expect(run.status == 1)
        #expect(run.stderr == "error: cannot write /: Is a directory\n")
    }
}

@Suite("prostor: numbers and dates past a hall's needs, refused at the door")
struct CommandBoundsTests {
    @Test func roomAddRefusesACapacityAboveTenThousand() throws {
        let scratch = try Scratch.withSetup()
        try scratch.fails("room", "add", "golnik", "Velika", "--capacity", "3000000000", "--hours", "MO-SU 08:00-22:00",
                          status: 1, stderr: "error: room \"Velika\": capacity must be at most 10000, got \"3000000000\"\n")
    }

    @Test func venuePolicyRefusesLimitsNearTwoToTheSixtyThird() throws {
        let scratch = try Scratch.withSetup()
        try scratch.fails("venue", "policy", "golnik", "--max-hours-per-group-per-week", "9223372036854775807", status: 1,
                          stderr: "error: policy of venue golnik: max_hours_per_group_per_week must be at most 168, "
                              + "got \"9223372036854775807\"\n")
        try scratch.fails("venue", "policy", "golnik", "--min-notice-hours", "9223372036854775807", status: 1,
                          stderr: "error: policy of venue golnik: min_notice_hours must be at most 8784, got \"9223372036854775807\"\n")
    }

    @Test func aWindowInYearZeroIsRefused() throws {
        let scratch = try Scratch.withSetup()
        try scratch.fails("agenda", "--all", "--from", "0000-01-01", "--to", "9999-12-31", status: 1,
                          stderr: "error: --from must be in the years 1970 to 2199, got \"0000-01-01\"\n")
    }

    @Test func roomKindsRefuseAnUndocumentedKind() throws {
        let scratch = try Scratch.withSetup()
        try scratch.fails("venue", "policy", "golnik", "--room-kinds", "sejna-soba=society,cult", status: 1,
                          stderr: "error: policy of venue golnik: room_kinds.sejna-soba must be one of society, club, school, "
                              + "ngo, initiative, public-body, got \"cult\"\n")
    }
}
