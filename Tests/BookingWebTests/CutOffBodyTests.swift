import BookingWeb
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A client that announces a body and hangs up before it ends: its request, not our fault, so 400.
@Suite struct CutOffBodyTests {
    /// Sends `head` and `body` over a plain socket, closes the sending side, and returns the status line.
    static func statusLine(port: Int, head: String, body: String) throws -> String {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #expect(socket >= 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        #expect(connected == 0)
        let bytes = Array((head + body).utf8)
        #expect(send(socket, bytes, bytes.count, 0) == bytes.count)
        shutdown(socket, Int32(SHUT_WR))
        var response: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count <= 0 { break }
            response += buffer[0..<count]
        }
        return String(decoding: response, as: UTF8.self).split(separator: "\r\n").first.map(String.init) ?? ""
    }

    @Test func aBodyCutOffBeforeItsLengthIs400() async throws {
        let fixture = try WebFixture()
        let app = Application(router: fixture.server.router(), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let head = "POST /request HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Cookie: prostor_csrf=\(RequestFormTests.token)\r\nContent-Length: 1000\r\n\r\n"
            let line = try await OwnThread.run { try Self.statusLine(port: port, head: head, body: "csrf=\(RequestFormTests.token)&title=Jo") }
            #expect(line == "HTTP/1.1 400 Bad Request")
        }
        #expect(try fixture.database.read { try $0.requests() }.isEmpty)
    }
}
