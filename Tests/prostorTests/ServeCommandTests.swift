import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// `prostor serve` as a user runs it: options checked, pages served while the CLI writes, and a clean
/// stop on SIGTERM.
@Suite struct ServeCommandTests {
    @Test func badOptionsAreUsageErrors() throws {
        let scratch = try Scratch()
        let port = try scratch.run("serve", "--port", "70000")
        #expect(port.status == 2)
        #expect(port.stderr.contains("--port must be between 1 and 65535, got 70000"))
        let url = try scratch.run("serve", "--public-url", "ftp://prostor.kranj.si")
        #expect(url.status == 2)
        #expect(url.stderr.contains("--public-url must start with http:// or https://, got \"ftp://prostor.kranj.si\""))
    }

    @Test func aMissingDatabaseIsAnInputError() throws {
        let directory = try temporaryDirectory()
        let run = try prostor(["serve", "--db", directory.appendingPathComponent("nothing.sqlite").path])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("error: "))
    }

    #if canImport(Glibc)
    @Test func servesWhileTheCLIWritesAndStopsOnSIGTERM() async throws {
        let scratch = try Scratch.withSetup()
        let port = try freePort()
        let process = Process()
        process.executableURL = productsDirectory.appendingPathComponent("prostor")
        process.arguments = ["serve", "--db", scratch.db, "--host", "127.0.0.1", "--port", String(port), "--cache-seconds", "0"]
        let log = scratch.directory.appendingPathComponent("serve.log")
        #expect(FileManager.default.createFile(atPath: log.path, contents: nil))
        process.standardError = try FileHandle(forWritingTo: log)
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        let base = "http://127.0.0.1:\(port)"
        var first: (Int, String)?
        for _ in 0..<100 where first == nil {
            first = try? await get(base + "/")
            if first == nil { try await Task.sleep(for: .milliseconds(100)) }
        }
        #expect(first?.0 == 200)
        try scratch.ok("venue", "add", "KS Primskovo", "--slug", "primskovo", "--address", "Primskovo 1, Kranj")
        let after = try await get(base + "/")
        #expect(after.1.contains("KS Primskovo"))

        kill(process.processIdentifier, SIGTERM)
        for _ in 0..<100 where process.isRunning { try await Task.sleep(for: .milliseconds(100)) }
        #expect(!process.isRunning)
        #expect(process.terminationStatus == 0)
        let lines = try String(contentsOf: log, encoding: .utf8)
        #expect(lines.contains("GET / 200"))
    }

    private func get(_ url: String) async throws -> (Int, String) {
        let (data, response) = try await URLSession.shared.data(from: try #require(URL(string: url)))
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }
    #endif
}
