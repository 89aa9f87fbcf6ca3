import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc

/// A `prostor serve` process on a free loopback port, stopped when the test lets go of it.
final class LocalServer {
    let process = Process()
    let base: String
    let log: URL

    /// Starts `prostor serve --db database` with `options` and waits until it answers `/`.
    init(database: String, in directory: URL, options: [String] = []) async throws {
        let port = try freePort()
        base = "http://127.0.0.1:\(port)"
        log = directory.appendingPathComponent("serve-\(port).log")
        process.executableURL = productsDirectory.appendingPathComponent("prostor")
        process.arguments = ["serve", "--db", database, "--host", "127.0.0.1", "--port", String(port)] + options
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "PROSTOR_DB")
        process.environment = environment
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: log)
        try process.run()
        for _ in 0..<150 {
            if (try? await get("/"))?.status == 200 { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw ServerDidNotStart(log: (try? String(contentsOf: log, encoding: .utf8)) ?? "")
    }

    deinit {
        if process.isRunning { process.terminate() }
    }

    struct ServerDidNotStart: Error, CustomStringConvertible {
        var log: String
        var description: String { "prostor serve did not answer: \(log)" }
    }

    struct Answer {
        var status: Int
        var body: String
        var headers: [String: String]
        /// The path the answer came from, after redirects.
        var path: String
    }

    /// One request without cookies of URLSession's own, so that each test sets exactly those it means.
    func get(_ path: String, headers: [String: String] = [:]) async throws -> Answer {
        try await send(path, method: "GET", headers: headers)
    }

    func send(_ path: String, method: String, headers: [String: String] = [:], body: String? = nil) async throws -> Answer {
        var request = URLRequest(url: try unwrap(URL(string: base + path)))
        request.httpMethod = method
        request.httpShouldHandleCookies = false
        // A reader in Kranj: Foundation's client would otherwise ask for English.
        request.setValue("sl-SI,sl;q=0.9", forHTTPHeaderField: "Accept-Language")
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        request.httpBody = body.map { Data($0.utf8) }
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = try unwrap(response as? HTTPURLResponse)
        var fields: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            if let name = name as? String, let value = value as? String { fields[name.lowercased()] = value }
        }
        return Answer(status: http.statusCode, body: String(decoding: data, as: UTF8.self), headers: fields,
                      path: http.url?.path ?? "")
    }

    private func unwrap<T>(_ value: T?) throws -> T {
        guard let value else { throw URLError(.badServerResponse) }
        return value
    }
}

/// A port nothing listens on: bind port 0 on loopback and read which one the system chose.
func freePort() throws -> Int {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
    }
    guard bound == 0 else { throw POSIXError(.EADDRINUSE) }
    _ = withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
    }
    return Int(UInt16(bigEndian: address.sin_port))
}
#endif
