import Foundation
import Glibc
import Testing

/// The outbox sent through the real path — `prostor notify send`, msmtp, SMTP — to a real server
/// (aiosmtpd) on 127.0.0.1, and what arrived read back with Python's e-mail and icalendar packages.
@Suite(.serialized, .enabled(if: SMTPSink.enabled, "needs python3-aiosmtpd, python3-icalendar and msmtp (.ci/run installs them)"))
struct MailDeliveryTests {
    /// The pilot with e-mail addresses: a venue administrator and groups that can be written to.
    static let setup = adding(adding(adding(Pilot.setup, after: "name: KS Golnik", ["admins: [tajnik@ks-golnik.si]"]),
                                     after: "name: Pevski zbor", ["contact: Ana Žagar", "email: zbor@primer.si"]),
                              after: "name: PGD Golnik", ["email: pgd@primer.si", "language: en"])

    /// The YAML with these lines added after the line holding `anchor`, at its indentation.
    static func adding(_ yaml: String, after anchor: String, _ lines: [String]) -> String {
        yaml.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line -> [String] in
            guard line.hasSuffix(anchor) else { return [String(line)] }
            let indent = String(line.prefix { $0 == " " || $0 == "-" }).replacingOccurrences(of: "-", with: " ")
            return [String(line)] + lines.map { indent + $0 }
        }.joined(separator: "\n")
    }

    static func mail(_ sink: SMTPSink) -> [String: String] {
        ["PROSTOR_SMTP_HOST": "127.0.0.1", "PROSTOR_SMTP_PORT": String(sink.port), "PROSTOR_SMTP_STARTTLS": "off",
         "PROSTOR_MAIL_FROM": "prostor@kranj.si", "PROSTOR_SITE_URL": "https://prostor.kranj.si"]
    }

    struct Listed: Decodable {
        let id: Int64
        let event: String
        let recipient: String
        let subject: String
        let body: String
        let pagePath: String?
        let bookingID: Int64?
        let status: String
        let attempts: Int
        let lastError: String
    }

    static func outbox(_ pilot: Pilot, _ which: String = "--all") throws -> [Listed] {
        let listed = try pilot.run(["notify", "list", which, "--json"])
        try #require(listed.status == 0, "\(listed.stderr)")
        return try JSONDecoder().decode([Listed].self, from: Data(listed.stdout.utf8))
    }

    /// A request, a booking approved, one date cancelled: messages of every kind of attachment.
    static func changes(_ pilot: Pilot) throws {
        for arguments in [["request", "add", "--group", "zbor", "--term", "pomlad-2027", "--title", "Pevske vaje", "--audience", "20",
                           "--duration", "2h", "--when", "wed 18:00-21:00", "--venue", "golnik"],
                          ["cancel", "1", "--date", "2027-01-19", "--reason", "Občni zbor društva"]] {
            let run = try pilot.run(arguments)
            try #require(run.status == 0, "\(arguments): \(run.stderr)")
        }
        let id = try pilot.book(["--room", "golnik/dvorana", "--group", "zbor", "--title", "Vaje zbora", "--start", "2027-01-13T18:00",
                                 "--duration", "2h", "--rrule", "FREQ=WEEKLY;COUNT=10"])
        let approved = try pilot.run(["approve", String(id)])
        try #require(approved.status == 0, "\(approved.stderr)")
    }

    @Test func everyMessageArrivesWithItsWordsItsEncodedSubjectAndAValidCalendar() throws {
        let pilot = try Pilot(setup: Self.setup)
        let sink = try SMTPSink(maildir: pilot.directory.appendingPathComponent("maildir"))
        try Self.changes(pilot)
        let written = try Self.outbox(pilot)
        #expect(written.map(\.event) == ["request-received", "request-for-venue", "date-cancelled", "placed", "approved"])
        let sent = try pilot.run(["notify", "send"], environment: Self.mail(sink))
        #expect(sent.status == 0, "\(sent.stderr)")
        #expect(sent.stdout.contains("Sent 5, to be tried again later 0, failed 0."))
        let received = try sink.received()
        #expect(received.count == written.count)
        for message in written {
            let mail = try #require(received.first { $0.messageID.contains("-\(message.id)@kranj.si>") }, "message \(message.id)")
            #expect(mail.subject == message.subject)
            #expect(mail.to.contains(message.recipient))
            #expect(mail.from.contains("<prostor@kranj.si>"))
            #expect(mail.autoSubmitted == "auto-generated")
            let text = try #require(mail.text)
            #expect(text.contains(message.body.split(separator: "\n").first.map(String.init) ?? "—"))
            if let path = message.pagePath { #expect(text.contains("https://prostor.kranj.si" + path)) }
            if let bookingID = message.bookingID {
                let calendar = try #require(mail.calendar)
                #expect(calendar.uids.allSatisfy { $0 == "booking-\(bookingID)@prostor.local" })
                #expect(calendar.partMethod == calendar.method)
                #expect(calendar.timezones == 1)
                #expect(calendar.attendees.allSatisfy { $0 == "mailto:\(message.recipient)" })
            }
        }
        let byEvent = Dictionary(grouping: written, by: \.event)
        let cancelled = try #require(received.first { $0.messageID.contains("-\(byEvent["date-cancelled"]?.first?.id ?? 0)@") })
        #expect(cancelled.calendar?.method == "CANCEL")
        #expect(cancelled.calendar?.recurrenceIDs == ["2027-01-19T18:00:00+01:00"])
        #expect(cancelled.to.contains("pgd@primer.si"))
        #expect(cancelled.subject.hasPrefix("Cancelled: “Vaje gasilcev”, Tuesday, 19 January 2027"))
        let approval = try #require(received.first { $0.messageID.contains("-\(byEvent["approved"]?.first?.id ?? 0)@") })
        #expect(approval.calendar?.method == "REQUEST")
        #expect(approval.calendar?.statuses == ["CONFIRMED"])
        #expect(approval.calendar?.sequences == [1])
        #expect(approval.subject.hasPrefix("Potrjeno: »Vaje zbora«, ob sredah 18.00–20.00"))
        let forVenue = try #require(received.first { $0.messageID.contains("-\(byEvent["request-for-venue"]?.first?.id ?? 0)@") })
        #expect(forVenue.to.contains("tajnik@ks-golnik.si"))
        #expect(try Self.outbox(pilot, "--sent").count == written.count)
        #expect(try Self.outbox(pilot, "--all").allSatisfy { $0.status == "sent" })
    }

    @Test func withTheServerDownMessagesWaitThenFailAndGoOutWhenRetried() throws {
        let pilot = try Pilot(setup: Self.setup)
        let sink = try SMTPSink(maildir: pilot.directory.appendingPathComponent("maildir"))
        try Self.changes(pilot)
        sink.stop()
        let down = try pilot.run(["notify", "send"], environment: Self.mail(sink))
        #expect(down.status == 0, "\(down.stderr)")
        #expect(down.stdout.contains("Sent 0, to be tried again later 5, failed 0."))
        let waiting = try Self.outbox(pilot, "--all")
        #expect(waiting.allSatisfy { $0.status == "pending" && $0.attempts == 1 && $0.lastError.contains("127.0.0.1:\(sink.port)") })
        // Back up, but each message waits out its back-off first: a minute after the first failure.
        try sink.start()
        let early = try pilot.run(["notify", "send"], environment: Self.mail(sink))
        #expect(early.stdout.contains("Sent 0, to be tried again later 0, failed 0."))
        var later = Self.mail(sink)
        later["PROSTOR_NOW"] = "2027-01-05T09:02:00Z"
        sink.stop()
        // Down for a day: the tries run out after the eighth, and the messages are kept as failed.
        for step in 1...8 {
            later["PROSTOR_NOW"] = Date(timeIntervalSince1970: 1_799_139_600 + Double(step) * 3 * 3600).formatted(.iso8601)
            _ = try pilot.run(["notify", "send"], environment: later)
        }
        let failed = try Self.outbox(pilot, "--failed")
        #expect(failed.count == 5)
        #expect(failed.allSatisfy { $0.attempts == 8 })
        try sink.start()
        let retried = try pilot.run(["notify", "retry", "--all-failed"])
        #expect(retried.stdout.contains("5 messages will be sent again."))
        let sent = try pilot.run(["notify", "send"], environment: later)
        #expect(sent.stdout.contains("Sent 5,"), "\(sent.stdout)\(sent.stderr)")
        #expect(try sink.received().count == 5)
    }

    @Test func aSenderKilledWhileSendingLosesNoMessageAndARepeatKeepsItsMessageID() throws {
        let pilot = try Pilot(setup: Self.setup)
        let sink = try SMTPSink(maildir: pilot.directory.appendingPathComponent("maildir"))
        var kills = 0
        for round in 0..<20 {
            for index in 0..<2 {
                let run = try pilot.run(["request", "add", "--group", "zbor", "--term", "pomlad-2027", "--title", "Vaje \(round)-\(index)",
                                         "--audience", "20", "--duration", "1h", "--when", "wed 18:00-21:00", "--venue", "golnik"])
                try #require(run.status == 0, "\(run.stderr)")
            }
            let sender = try spawnProstor(["notify", "send", "--db", pilot.database], in: pilot.directory,
                                          environment: Self.mail(sink).merging(["PROSTOR_NOW": "2027-01-05T09:00:00Z"]) { $1 })
            usleep(UInt32.random(in: 0...250_000))
            if sender.isRunning {
                kill(sender.processIdentifier, SIGKILL)
                kills += 1
            }
            sender.waitUntilExit()
        }
        // Past the lease of the killed senders: whatever they took and did not record is sent now.
        var later = Self.mail(sink)
        later["PROSTOR_NOW"] = "2027-01-05T10:00:00Z"
        let finished = try pilot.run(["notify", "send"], environment: later)
        #expect(finished.status == 0, "\(finished.stderr)")
        let written = try Self.outbox(pilot, "--all")
        #expect(written.count == 80)
        #expect(written.allSatisfy { $0.status == "sent" }, "\(written.filter { $0.status != "sent" }.map(\.id))")
        let received = try sink.received()
        let ids = Set(received.map(\.messageID))
        for message in written {
            #expect(ids.contains { $0.contains("-\(message.id)@kranj.si>") }, "message \(message.id) never arrived")
        }
        // A message sent twice (its sender killed after the server took it) arrives under one Message-ID.
        #expect(ids.count == written.count)
        #expect(kills > 0)
    }
}

/// Starts `prostor` without waiting for it, for tests that kill it.
func spawnProstor(_ arguments: [String], in directory: URL, environment: [String: String]) throws -> Process {
    let process = Process()
    process.executableURL = productsDirectory.appendingPathComponent("prostor")
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env.removeValue(forKey: "PROSTOR_DB")
    env.merge(environment) { _, new in new }
    process.environment = env
    process.currentDirectoryURL = directory
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
}
