import Foundation
import Testing

/// The `prostor` executable run as a user runs it, with its output and exit code.
struct ProstorRun {
    var stdout: String
    var stderr: String
    var status: Int32
}

/// Runs the built `prostor` binary with these arguments in `directory`, with PROSTOR_DB unset
/// so that only the arguments choose the database.
func prostor(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> ProstorRun {
    let process = Process()
    process.executableURL = productsDirectory.appendingPathComponent("prostor")
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env.removeValue(forKey: "PROSTOR_DB")
    env.merge(environment) { _, new in new }
    process.environment = env
    if let directory { process.currentDirectoryURL = directory }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Read before waiting, so a large output cannot fill the pipe and block the child.
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return ProstorRun(stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self),
                      status: process.terminationStatus)
}

/// Where SwiftPM put the executables: beside the test bundle.
let productsDirectory: URL = {
    let bundle = Bundle.main.bundleURL
    return bundle.pathExtension == "xctest" ? bundle.deletingLastPathComponent() : bundle
}()

/// The repository's root, found from this source file, for reading Fixtures/.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// A fresh empty directory for one test's database and files.
func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("prostor-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

@Suite struct ProstorProcessTests {
    @Test func helpListsTheCommandsAndExitsZero() throws {
        let run = try prostor(["--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("USAGE: prostor <subcommand>"))
        #expect(run.stdout.contains("import"))
    }

    @Test func anUnknownOptionIsAUsageErrorWithExitTwo() throws {
        let run = try prostor(["venue", "list", "--colour"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("Unknown option '--colour'"))
    }

    @Test func aMissingDatabaseSaysHowToCreateOne() throws {
        let directory = try temporaryDirectory()
        let run = try prostor(["venue", "list"], in: directory)
        #expect(run.status == 1)
        #expect(run.stderr == "error: no database at prostor.sqlite: run `prostor init` first, or give another with --db or PROSTOR_DB\n")
    }
}
