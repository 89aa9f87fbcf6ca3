@testable import BookingImport
@testable import BookingStore
import BookingStorePostgres
import BookingWeb
import Bookings
import CivilTime
import Foundation
import Hummingbird
import ICalendar
@testable import prostor
import Recurrence
import Testing
import Timetabling

/// Every public error type of Prostor's modules, with the exit code the CLI gives it (`ExitStatus`)
/// and the HTTP status the server answers it with (`HTTPError(answering:)`; nil means 500, logged,
/// message not shown). A new public error type fails `everyPublicErrorTypeIsListed` until it is
/// added here with both answers, and the mappings are checked against the table.
@Suite("Errors: one exit code and one HTTP status for each")
struct ErrorMappingTests {
    struct Expected {
        let name: String
        let sample: any Error
        let exitCode: Int32
        /// nil: the server answers 500, for an error only its own state can cause.
        let httpStatus: Int?
    }

    static let location = SourceLocation(file: "kranj.yaml", line: 3)
    // Valid by construction: a known kind and a fresh token.
    static let knownGroup = try! Group(slug: Slug(folding: "fs-golnik"), name: "FS Golnik", kind: "society", token: Group.newToken())
    static var table: [Expected] { [
        .init(name: "InvalidValue", sample: InvalidValue(record: "room \"Dvorana\"", field: "capacity", value: "-5", rule: "must be a positive number"),
              exitCode: 1, httpStatus: 400),
        .init(name: "NotFound", sample: NotFound(kind: "venue", key: "golnik"), exitCode: 4, httpStatus: 404),
        .init(name: "StoreConflict", sample: StoreConflict("group already asked under this title"), exitCode: 3, httpStatus: 409),
        .init(name: "StoreBusy", sample: StoreBusy(seconds: 30), exitCode: 5, httpStatus: 503),
        .init(name: "BookingClash", sample: BookingClash(subject: "booking 1", room: RoomRef(venue: Slug(folding: "golnik"), room: Slug(folding: "dvorana")), clashes: []),
              exitCode: 3, httpStatus: 409),
        .init(name: "WrongState", sample: WrongState(booking: 1, state: .cancelled, action: "approve", hint: "restore it first"),
              exitCode: 1, httpStatus: 409),
        .init(name: "GroupAlreadyKnown", sample: GroupAlreadyKnown(group: knownGroup, field: "name"), exitCode: 3, httpStatus: 409),
        .init(name: "PolicyViolation", sample: PolicyViolation(subject: "booking 1", venue: Slug(folding: "golnik"), rules: ["at most 4 hours a week"]),
              exitCode: 1, httpStatus: 409),
        .init(name: "ImportError", sample: ImportError(at: location, NotFound(kind: "room", key: "golnik/x")), exitCode: 4, httpStatus: 404),
        .init(name: "CivilTimeError", sample: CivilTimeError(message: "no 30 February"), exitCode: 1, httpStatus: 400),
        .init(name: "RecurrenceError", sample: RecurrenceError(message: "INTERVAL must be at most 1000"), exitCode: 1, httpStatus: nil),
        .init(name: "ICalendarError", sample: ICalendarError(line: 4, message: "no DTSTART"), exitCode: 1, httpStatus: nil),
        .init(name: "ProblemError", sample: ProblemError("no rooms"), exitCode: 1, httpStatus: nil),
        .init(name: "UnknownField", sample: UnknownField(record: "room", field: "capacty", known: ["capacity"]), exitCode: 1, httpStatus: nil),
        .init(name: "WrongShape", sample: WrongShape(record: "room", field: "features", expected: "a list"), exitCode: 1, httpStatus: nil),
        .init(name: "MalformedFile", sample: MalformedFile(problem: "unclosed quote"), exitCode: 1, httpStatus: nil),
        .init(name: "DatabaseMissing", sample: DatabaseMissing(path: "/tmp/none.sqlite"), exitCode: 1, httpStatus: nil),
        .init(name: "DatabaseUnusable", sample: DatabaseUnusable(path: "/tmp", reason: "it is a directory"), exitCode: 1, httpStatus: nil),
        .init(name: "CopyRefused", sample: CopyRefused("the target is not empty"), exitCode: 1, httpStatus: nil),
        .init(name: "PostgresStoreError", sample: PostgresStoreError.server("relation missing"), exitCode: 1, httpStatus: nil),
    ] }

    /// Public error types that neither `prostor` nor the server can meet, and why.
    static let unreachable: [String: String] = [
        "CTTError": "CurriculumTimetabling is linked only into prostor-bench",
        "MailRefused": "OutboxDelivery catches it and keeps it as the message's lastError; no command or page meets it",
    ]

    @Test func everyPublicErrorTypeIsListed() throws {
        let declared = try Self.declaredPublicErrorTypes()
        #expect(declared.count >= 20, "the source scan found too few error types: \(declared)")
        let listed = Set(Self.table.map(\.name)).union(Self.unreachable.keys)
        #expect(declared.subtracting(listed).sorted() == [], "public error types without an exit code and HTTP status here")
        #expect(listed.subtracting(declared).sorted() == [], "listed here but no longer declared")
    }

    @Test(arguments: ErrorMappingTests.table.map(\.name))
    func theCLIGivesTheListedExitCode(name: String) throws {
        let expected = try #require(Self.table.first { $0.name == name })
        #expect(ExitStatus(for: expected.sample)?.rawValue == expected.exitCode, "\(name)")
    }

    @Test(arguments: ErrorMappingTests.table.map(\.name))
    func theServerGivesTheListedStatus(name: String) throws {
        let expected = try #require(Self.table.first { $0.name == name })
        #expect(HTTPError(answering: expected.sample).map { Int($0.status.code) } == expected.httpStatus, "\(name)")
    }

    @Test func aBusyAnswerSaysWhenToTryAgain() throws {
        let answer = try #require(HTTPError(answering: StoreBusy(seconds: 30)))
        #expect(answer.headers[.retryAfter] == "10")
    }

    /// `public struct|enum|class NAME …: … Error …` in every file under Sources/, the executables excepted.
    static func declaredPublicErrorTypes() throws -> Set<String> {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Sources").standardized
        let pattern = try Regex(#"^public (?:final )?(?:struct|enum|class|actor) (\w+)[^{]*:[^{]*\bError\b"#).anchorsMatchLineEndings()
        var names: Set<String> = []
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        for case let file as URL in files where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in text.matches(of: pattern) {
                if let name = match.output[1].substring { names.insert(String(name)) }
            }
        }
        return names
    }
}
