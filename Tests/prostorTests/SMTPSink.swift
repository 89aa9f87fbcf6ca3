import Foundation
import Glibc
import Testing

/// A real SMTP server on 127.0.0.1 for the mail tests: Debian's python3-aiosmtpd, keeping every message
/// it receives in a Maildir, started and stopped by the test (so that a test can take it down and bring
/// it back). `.ci/run` installs it with msmtp and python3-icalendar and sets PROSTOR_REQUIRE_SMTP, so
/// that in CI a missing piece fails the tests instead of skipping them.
final class SMTPSink {
    static let python = "/usr/bin/python3"
    static let isRequired = ProcessInfo.processInfo.environment["PROSTOR_REQUIRE_SMTP"] == "1"
    /// Whether aiosmtpd, msmtp and python3-icalendar are installed here.
    static let isAvailable: Bool = {
        let check = Process()
        check.executableURL = URL(fileURLWithPath: python)
        check.arguments = ["-c", "import aiosmtpd, icalendar"]
        check.standardError = FileHandle.nullDevice
        guard (try? check.run()) != nil else { return false }
        check.waitUntilExit()
        let msmtp = ["/usr/bin/msmtp", "/usr/local/bin/msmtp"].contains { FileManager.default.isExecutableFile(atPath: $0) }
        return check.terminationStatus == 0 && msmtp
    }()
    static var enabled: Bool { isAvailable || isRequired }

    let port: Int
    let maildir: URL
    private var process: Process?

    init(maildir: URL) throws {
        self.maildir = maildir
        port = Int.random(in: 20_000...60_000)
        try start()
    }

    deinit { stop() }

    func start() throws {
        let server = Process()
        server.executableURL = URL(fileURLWithPath: Self.python)
        server.arguments = ["-m", "aiosmtpd", "-n", "-l", "127.0.0.1:\(port)", "-c", "aiosmtpd.handlers.Mailbox", maildir.path]
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        process = server
        for _ in 0..<100 where !Self.accepts(port) { usleep(50_000) }
        try #require(Self.accepts(port), "aiosmtpd did not start on 127.0.0.1:\(port)")
    }

    func stop() {
        guard let process, process.isRunning else { return }
        // SIGKILL, not SIGTERM: a child of the test runner inherits its blocked signals, SIGTERM among them.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        self.process = nil
        for _ in 0..<100 where Self.accepts(port) { usleep(20_000) }
    }

    /// What the server received, parsed by Python's own e-mail and icalendar packages, independently
    /// of how Prostor wrote it.
    func received() throws -> [ReceivedMail] {
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: Self.python)
        reader.arguments = ["-c", Self.readerScript, maildir.path]
        let out = Pipe()
        reader.standardOutput = out
        try reader.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        reader.waitUntilExit()
        try #require(reader.terminationStatus == 0, "reading the Maildir failed")
        return try JSONDecoder().decode([ReceivedMail].self, from: data)
    }

    static func accepts(_ port: Int) -> Bool {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { return false }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
    }

    static let readerScript = #"""
import email, email.header, email.policy, json, mailbox, sys
import icalendar
out = []
for key, raw in mailbox.Maildir(sys.argv[1], factory=None).items():
    message = email.message_from_bytes(raw.as_bytes(), policy=email.policy.default)
    entry = {"messageID": message["Message-ID"], "subject": str(message["Subject"]), "to": str(message["To"]),
             "from": str(message["From"]), "date": str(message["Date"]), "autoSubmitted": str(message["Auto-Submitted"]),
             "text": None, "calendar": None}
    for part in message.walk():
        if part.get_content_type() == "text/plain":
            entry["text"] = part.get_content()
        elif part.get_content_type() == "text/calendar":
            text = part.get_payload(decode=True).decode("utf-8")
            calendar = icalendar.Calendar.from_ical(text)
            events = [c for c in calendar.walk() if c.name == "VEVENT"]
            entry["calendar"] = {"method": str(calendar.get("METHOD")), "partMethod": part.get_param("method"),
                                 "uids": [str(e.get("UID")) for e in events],
                                 "sequences": [int(e.get("SEQUENCE")) for e in events],
                                 "statuses": [str(e.get("STATUS")) for e in events],
                                 "recurrenceIDs": [e.get("RECURRENCE-ID").dt.isoformat() if e.get("RECURRENCE-ID") else None for e in events],
                                 "attendees": [str(e.get("ATTENDEE")) for e in events],
                                 "timezones": len([c for c in calendar.walk() if c.name == "VTIMEZONE"])}
    out.append(entry)
print(json.dumps(out))
"""#
}

/// One message as the SMTP server received it.
struct ReceivedMail: Decodable {
    struct Calendar: Decodable {
        let method: String
        let partMethod: String?
        let uids: [String]
        let sequences: [Int]
        let statuses: [String]
        let recurrenceIDs: [String?]
        let attendees: [String]
        let timezones: Int
    }

    let messageID: String
    let subject: String
    let to: String
    let from: String
    let date: String
    let autoSubmitted: String
    let text: String?
    let calendar: Calendar?
}
