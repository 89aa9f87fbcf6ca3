import BookingStore
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

    /// A form post waiting for a database another program holds would keep the server for up to 30 s;
    /// SIGTERM stops it within the grace period (5 s) anyway, and nothing of the post is saved.
    @Test func stopsWithinItsGraceOnSIGTERMEvenMidRequest() async throws {
        let scratch = try Scratch.withSetup()
        let port = try freePort()
        let process = Process()
        process.executableURL = productsDirectory.appendingPathComponent("prostor")
        process.arguments = ["serve", "--db", scratch.db, "--host", "127.0.0.1", "--port", String(port)]
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        var tries = 0
        while tries < 100, (try? await get("http://127.0.0.1:\(port)/")) == nil {
            tries += 1
            try await Task.sleep(for: .milliseconds(100))
        }
        let holder = try AppDatabase(path: scratch.db, create: false)
        let release = DispatchSemaphore(value: 0)
        // The lock is held until the test lets go, never for a fixed time: on a loaded machine the steps
        // below once took over 30 s, the holder gave up first and the server's post was saved (CI, stop 19).
        // Should the post's own 30 s run out first, it is refused, and nothing is saved either.
        await withCheckedContinuation { (locked: CheckedContinuation<Void, Never>) in
            Thread {
                try? holder.write { _ in
                    locked.resume()
                    release.wait()
                }
            }.start()
        }
        defer { release.signal() }
        let token = String(repeating: "A", count: 32)
        let form = "csrf=\(token)&title=Vaje&groupName=Pobuda&email=a%40b.si&audience=10&duration=90m"
            + "&when=tor+17%3A00-19%3A00&term=spomlad-2027&venue=golnik&kind=initiative&repeats=weekly&sessions=1"
        let request = "POST /request HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            + "Cookie: prostor_csrf=\(token)\r\nContent-Length: \(form.utf8.count)\r\n\r\n\(form)"
        let socket = try connectedSocket(port: port)
        defer { close(socket) }
        #expect(send(socket, Array(request.utf8), request.utf8.count, Int32(MSG_NOSIGNAL)) == request.utf8.count)
        try await Task.sleep(for: .seconds(1))

        let signalled = ContinuousClock.now
        kill(process.processIdentifier, SIGTERM)
        for _ in 0..<150 where process.isRunning { try await Task.sleep(for: .milliseconds(100)) }
        let stopped = signalled.duration(to: .now)
        #expect(!process.isRunning)
        #expect(stopped < .seconds(8), "stopped \(stopped) after SIGTERM")
        release.signal()
        #expect(try holder.read { try $0.requests() }.allSatisfy { $0.title != "Vaje" })
    }

    private func connectedSocket(port: Int) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        try #require(connected == 0)
        return fd
    }

    private func get(_ url: String) async throws -> (Int, String) {
        let (data, response) = try await URLSession.shared.data(from: try #require(URL(string: url)))
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }
    #endif
}
