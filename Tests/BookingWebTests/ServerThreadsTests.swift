import BookingStore
import BookingWeb
import Bookings
import CivilTime
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The server's own limits, against a real server on 127.0.0.1 and a real SQLite file: a form post
/// waiting out another writer's lock does not hold up readers, and slow or idle connections are closed.
@Suite struct ServerThreadsTests {
    /// A file database with one venue and one term, and a second handle on it that can hold its write lock.
    static func fileDatabase(busySeconds: Double) throws -> (AppDatabase, AppDatabase) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("prostor-threads-\(UUID().uuidString).sqlite").path
        let database = try AppDatabase(path: path, busyTimeout: busySeconds)
        try database.write { writer in
            try writer.save(Venue(slug: Slug(folding: "golnik"), name: "KS Golnik", address: "Golnik 45"))
            try writer.save(Term(slug: Slug(folding: "spomlad-2027"), name: "Pomlad 2027",
                                 firstDay: LocalDate(iso: "2027-01-11"), lastDay: LocalDate(iso: "2027-06-20")))
        }
        return (database, try AppDatabase(path: path, create: false, busyTimeout: busySeconds))
    }

    @Test func postsWaitingForALockedDatabaseDoNotHoldUpReaders() async throws {
        let (database, other) = try Self.fileDatabase(busySeconds: 4)
        let server = try WebServer(storage: database, feeds: StoreFeedSource(storage: database, host: "localhost"))
        let app = Application(router: server.router(), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        // More waiting posts than the machine has cores, so that on the request threads they would block every one.
        let posts = ProcessInfo.processInfo.activeProcessorCount + 2
        try await app.test(.live) { client in
            let port = try #require(client.port)
            await withCheckedContinuation { (locked: CheckedContinuation<Void, Never>) in
                Thread {
                    try? other.write { _ in
                        locked.resume()
                        Thread.sleep(forTimeInterval: 3)
                    }
                }.start()
            }
            let waiting = (0..<posts).map { index in
                Task {
                    let form = "csrf=\(RequestFormTests.token)&title=Vaje+\(index)&groupName=Pobuda+\(index)&email=pobuda\(index)%40primer.si&audience=10"
                        + "&duration=90m&when=tor+17%3A00-19%3A00&term=spomlad-2027&venue=golnik&kind=initiative&repeats=weekly&sessions=1"
                    let head = "POST /request HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                        + "Cookie: prostor_csrf=\(RequestFormTests.token)\r\nContent-Length: \(form.utf8.count)\r\n\r\n"
                    return try await OwnThread.run { try CutOffBodyTests.statusLine(port: port, head: head, body: form) }
                }
            }
            try await Task.sleep(for: .milliseconds(300))
            let started = ContinuousClock.now
            let page = try await OwnThread.run { try Self.get(port: port, path: "/") }
            let waited = started.duration(to: .now)
            #expect(page.hasPrefix("HTTP/1.1 200"))
            #expect(waited < .seconds(1), "a reader waited \(waited) while posts waited for the lock")
            for post in waiting {
                // The lock is released after 3 s, within the 4 s the store waits: every post is saved.
                #expect(try await post.value == "HTTP/1.1 303 See Other")
            }
        }
        #expect(try database.read { try $0.requests() }.count == posts)
    }

    @Test func aTrickledBodyAndAnIdleConnectionAreClosed() async throws {
        let fixture = try WebFixture()
        var options = WebServer.Options()
        options.idleSeconds = 1
        options.requestReadSeconds = 2
        let server = try WebServer(storage: fixture.database, feeds: StoreFeedSource(storage: fixture.database, host: "localhost"),
                                   options: options)
        let app = server.application(host: "127.0.0.1", port: 0, logger: Logger(label: "test"))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let trickled = try await OwnThread.run {
                try Self.secondsUntilClosed(port: port, opening: "POST /request HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n",
                                            trickle: true)
            }
            // A byte every 0.2 s keeps the idle timer from firing; the read deadline (2 s) closes it.
            #expect(trickled >= 1.8 && trickled < 4, "closed after \(trickled) s")
            let idle = try await OwnThread.run { try Self.secondsUntilClosed(port: port, opening: "", trickle: false) }
            #expect(idle >= 0.8 && idle < 3, "closed after \(idle) s")
            let halfHead = try await OwnThread.run {
                try Self.secondsUntilClosed(port: port, opening: "GET / HTTP/1.1\r\nHost: x\r\n", trickle: false)
            }
            #expect(halfHead >= 0.8 && halfHead < 3, "closed after \(halfHead) s")
        }
    }

    static func connected(port: Int) throws -> Int32 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        #expect(result == 0)
        return socket
    }

    static func get(port: Int, path: String) throws -> String {
        try CutOffBodyTests.statusLine(port: port, head: "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", body: "")
    }

    /// Sends `opening`, then (when `trickle`) a byte every 0.2 s, until the server closes; gives up after 10 s.
    static func secondsUntilClosed(port: Int, opening: String, trickle: Bool) throws -> Double {
        let socket = try connected(port: port)
        defer { close(socket) }
        let started = Date()
        if !opening.isEmpty { _ = send(socket, Array(opening.utf8), opening.utf8.count, Int32(MSG_NOSIGNAL)) }
        var buffer = [UInt8](repeating: 0, count: 4096)
        while Date().timeIntervalSince(started) < 10 {
            var poller = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            if poll(&poller, 1, 200) > 0 {
                let count = recv(socket, &buffer, buffer.count, 0)
                if count <= 0 { return Date().timeIntervalSince(started) }
                continue
            }
            if trickle, send(socket, [UInt8(ascii: "a")], 1, Int32(MSG_NOSIGNAL)) < 0 { return Date().timeIntervalSince(started) }
        }
        return 10
    }
}
