import BookingStore
import Bookings
import Foundation
import Testing

/// How the outbox is taken, tried, retried and given up on; the real path (msmtp to a real SMTP
/// server) is tested in prostorTests' MailDeliveryTests. Here the transport is a stand-in.
@Suite struct OutboxDeliveryTests {
    static let settings = MailSettings(host: "127.0.0.1", port: 25, startTLS: false, tls: false, user: nil, password: nil,
                                       from: "prostor@kranj.si", site: "https://prostor.kranj.si", sendmail: "msmtp")
    static let now = Date(timeIntervalSince1970: 1_799_139_600)

    final class Recorder: MailTransport, @unchecked Sendable {
        var sent: [String] = []
        var failing = false
        var during: (() throws -> Void)?
        func send(_ text: String, from sender: String, to recipient: String) throws {
            try during?()
            if failing { throw MailRefused("127.0.0.1:25 did not take the message (msmtp exit 69): connection refused") }
            sent.append(text)
        }
    }

    static func store(messages: Int) throws -> AppDatabase {
        let database = try AppDatabase()
        try database.write { writer in
            for index in 0..<messages {
                try writer.save(OutboxMessage(createdAt: now, event: .requestReceived, recipient: "zbor\(index)@primer.si",
                                              recipientName: "Ana Žagar", language: "sl", subject: "Prejeli smo vašo prošnjo št. \(index)",
                                              body: "Pozdravljeni!", pagePath: "/groups/AbCdEfGhIjKlMnOpQr"))
            }
        }
        return database
    }

    @Test func aMessageTakenByOneSenderIsLeftAloneByAnotherUntilItsLeaseRunsOut() throws {
        let database = try Self.store(messages: 2)
        let first = Recorder(), second = Recorder()
        var secondReport: OutboxDelivery.Report?
        first.during = {
            guard secondReport == nil else { return }
            secondReport = try OutboxDelivery(storage: database, transport: second, settings: Self.settings).sendDue(now: Self.now)
        }
        let report = try OutboxDelivery(storage: database, transport: first, settings: Self.settings).sendDue(now: Self.now)
        #expect(report.sent.count == 2)
        #expect(secondReport == OutboxDelivery.Report())
        #expect(second.sent.isEmpty)
        #expect(try database.read { try $0.outbox(status: .sent, group: nil) }.count == 2)
    }

    @Test func failuresBackOffThenFailAndARetrySendsAgain() throws {
        let database = try Self.store(messages: 1)
        let transport = Recorder()
        transport.failing = true
        let delivery = OutboxDelivery(storage: database, transport: transport, settings: Self.settings)
        var at = Self.now
        var waits: [TimeInterval] = []
        for _ in 1...8 {
            let report = try delivery.sendDue(now: at)
            #expect(report.sent.isEmpty)
            let message = try #require(try database.read { try $0.outboxMessage(id: 1) })
            if message.status == .pending {
                let next = try Date(message.nextAttemptAt, strategy: .iso8601)
                waits.append(next.timeIntervalSince(at))
                #expect(try delivery.sendDue(now: next.addingTimeInterval(-1)) == OutboxDelivery.Report())
                at = next
            }
        }
        #expect(waits == [60, 120, 240, 480, 960, 1920, 3840])
        let failed = try #require(try database.read { try $0.outboxMessage(id: 1) })
        #expect(failed.status == .failed && failed.attempts == 8)
        #expect(failed.lastError.contains("connection refused"))
        transport.failing = false
        _ = try database.write { writer in try OutboxDelivery.retry([1], in: writer, now: at) }
        #expect(try delivery.sendDue(now: at).sent == [1])
        #expect(throws: InvalidValue.self) { try database.write { writer in try OutboxDelivery.drop([1], in: writer) } }
    }

    @Test func theMessageIsMIMEWithEncodedHeadersShortLinesAndAStableMessageID() throws {
        let database = try Self.store(messages: 1)
        var message = try #require(try database.read { try $0.outboxMessage(id: 1) })
        message.subject = "Potrjeno: »Vaje mešanega pevskega zbora Žabnica« ob četrtkih 18.00–20.00, Velika dvorana, KS Stražišče"
        message.calendar = "BEGIN:VCALENDAR\r\nMETHOD:CANCEL\r\nEND:VCALENDAR\r\n"
        let text = MailComposer.compose(message, settings: Self.settings)
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(text.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 78 && $0.allSatisfy(\.isASCII) })
        #expect(text.contains("Message-ID: <prostor-request-received-1@kranj.si>"))
        #expect(text.contains("Content-Type: text/calendar; charset=utf-8; method=CANCEL"))
        let subject = text.components(separatedBy: "\r\n").drop { !$0.hasPrefix("Subject: ") }
            .prefix { $0.hasPrefix("Subject: ") || $0.hasPrefix(" ") }
        let words = subject.map { $0.replacingOccurrences(of: "Subject: ", with: "").trimmingCharacters(in: .whitespaces) }
        #expect(words.count > 1 && words.allSatisfy { $0.count <= 75 && $0.hasPrefix("=?UTF-8?B?") && $0.hasSuffix("?=") })
        let decoded = words.map { word in
            String(decoding: Data(base64Encoded: String(word.dropFirst(10).dropLast(2))) ?? Data(), as: UTF8.self)
        }.joined()
        #expect(decoded == message.subject)
        #expect(MailComposer.compose(message, settings: Self.settings) == text)
    }

    @Test func settingsComeFromTheFileAndTheEnvironmentWhichWins() throws {
        let file = (name: "mail.conf", text: "# Prostor\nhost = smtp.kranj.si\nfrom = prostor@kranj.si\nsite = https://prostor.kranj.si/\nuser = prostor\n")
        let settings = try #require(try MailSettings.resolve(file: file, environment: ["PROSTOR_SMTP_PASSWORD": "skrito", "PROSTOR_SMTP_PORT": "2525"]))
        #expect(settings.host == "smtp.kranj.si" && settings.port == 2525 && settings.startTLS && !settings.tls)
        #expect(settings.user == "prostor" && settings.password == "skrito" && settings.site == "https://prostor.kranj.si")
        #expect(try MailSettings.resolve(file: nil, environment: [:]) == nil)
        #expect(throws: InvalidValue.self) { try MailSettings.resolve(file: (name: "m", text: "hots = x\n"), environment: [:]) }
        #expect(throws: InvalidValue.self) { try MailSettings.resolve(file: nil, environment: ["PROSTOR_SMTP_HOST": "x"]) }
        let transport = MsmtpTransport(settings: settings)
        #expect(transport.msmtpConfiguration("prostor@kranj.si").contains("tls_starttls on"))
    }
}
