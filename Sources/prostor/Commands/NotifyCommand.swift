import ArgumentParser
import Bookings
import Foundation

struct NotifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notify",
        abstract: "The outbox: messages to groups and administrators, and sending them by e-mail.",
        discussion: """
            Every change a group or a KS administrator should hear of (a request received, placed, approved, \
            rejected or not placed, a date cancelled, moved or restored, a closure, a request withdrawn) writes \
            a message to the outbox in the same transaction as the change. `prostor notify send` (and \
            `prostor serve`, every minute) sends what is due through msmtp. Mail settings come from \
            --mail-config FILE or PROSTOR_MAIL_CONFIG and the environment (PROSTOR_SMTP_HOST, PROSTOR_SMTP_PORT, \
            PROSTOR_SMTP_STARTTLS, PROSTOR_SMTP_TLS, PROSTOR_SMTP_USER, PROSTOR_SMTP_PASSWORD, PROSTOR_MAIL_FROM, \
            PROSTOR_SITE_URL); see the README.

            Examples:
              prostor notify list
              prostor notify show 12
              PROSTOR_SMTP_HOST=smtp.kranj.si PROSTOR_MAIL_FROM=prostor@kranj.si \\
                PROSTOR_SITE_URL=https://prostor.kranj.si prostor notify send
              prostor notify list --failed
              prostor notify retry 12
            """,
        subcommands: [List.self, Show.self, Send.self, Retry.self, Drop.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the messages waiting to be sent, or those failed, sent or dropped.")

        @Flag(help: "Messages given up on after every try.") var failed = false
        @Flag(help: "Messages sent.") var sent = false
        @Flag(help: "Every message.") var all = false
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let status: OutboxMessage.Status? = all ? nil : failed ? .failed : sent ? .sent : .pending
            let messages = try store.open().read { reader in try reader.outbox(status: status, group: nil) }
            if output.json { return try printJSON(messages) }
            var table = Table("ID", "WRITTEN", "STATUS", "TRIES", "TO", "WHAT", "SUBJECT", "LAST ERROR")
            for message in messages {
                table.add(String(message.id ?? 0), message.createdAt, message.status.rawValue, String(message.attempts),
                          message.recipient, message.event.rawValue, message.subject, message.lastError)
            }
            table.print(emptyMessage: status == .pending ? "No messages waiting to be sent." : "No such messages.")
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print a message as it is (or was) sent.")

        @Argument(help: "The message's id.") var id: Int64
        @OptionGroup var mail: MailOptions
        @OptionGroup var store: StoreOptions

        func run() throws {
            let message = try store.open().read { reader in
                guard let message = try reader.outboxMessage(id: id) else { throw NotFound(kind: "outbox message", key: String(id)) }
                return message
            }
            // Without mail settings the message is shown as it would go with placeholders for the sender and site.
            let settings = try mail.settings() ?? MailSettings.placeholder
            print(MailComposer.compose(message, settings: settings).replacingOccurrences(of: "\r\n", with: "\n"), terminator: "")
        }
    }

    struct Send: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Send the messages that are due, by SMTP through msmtp.")

        @Option(help: "Send at most this many in this run.") var limit = 200
        @OptionGroup var mail: MailOptions
        @OptionGroup var store: StoreOptions

        func run() throws {
            guard let settings = try mail.settings() else { throw MailOptions.notConfigured }
            let delivery = OutboxDelivery(storage: try store.open(), transport: MsmtpTransport(settings: settings), settings: settings)
            let report = try delivery.sendDue(now: try CommandClock.now(), limit: limit)
            say("Sent \(report.sent.count), to be tried again later \(report.deferred.count), failed \(report.failed.count).")
            if !report.failed.isEmpty {
                say("  Failed for good: \(report.failed.map(String.init).joined(separator: ", ")); see `prostor notify list --failed`.")
            }
        }
    }

    struct Retry: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Send failed messages again, at the next `notify send`.")

        @Argument(help: "The messages' ids.") var ids: [Int64] = []
        @Flag(name: .customLong("all-failed"), help: "Every failed message.") var allFailed = false
        @OptionGroup var store: StoreOptions

        func validate() throws {
            if ids.isEmpty == !allFailed { throw ValidationError("Give message ids or --all-failed.") }
        }

        func run() throws {
            let now = try CommandClock.now()
            let retried = try store.open().write { writer in
                let chosen = allFailed ? try writer.outbox(status: .failed, group: nil).compactMap(\.id) : ids
                return try OutboxDelivery.retry(chosen, in: writer, now: now)
            }
            say("\(retried.count) message\(retried.count == 1 ? "" : "s") will be sent again.")
        }
    }

    struct Drop: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Keep messages from being sent; they stay listed as dropped.")

        @Argument(help: "The messages' ids.") var ids: [Int64]
        @OptionGroup var store: StoreOptions

        func run() throws {
            let dropped = try store.open().write { writer in try OutboxDelivery.drop(ids, in: writer) }
            say("Dropped \(dropped.count) message\(dropped.count == 1 ? "" : "s").")
        }
    }
}

/// `--mail-config FILE`: the mail server's settings (README, "E-mail"), with the environment over them.
struct MailOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Mail settings, lines of key = value; else PROSTOR_MAIL_CONFIG. PROSTOR_SMTP_* variables win over the file.",
                               valueName: "file"))
    var mailConfig: String?

    static let notConfigured = CommandFailure(
        "mail is not set up: give --mail-config FILE or set PROSTOR_SMTP_HOST, PROSTOR_MAIL_FROM and PROSTOR_SITE_URL (README, \"E-mail\"); the messages stay in the outbox")

    func settings() throws -> MailSettings? {
        let environment = ProcessInfo.processInfo.environment
        let path = mailConfig ?? environment["PROSTOR_MAIL_CONFIG"].flatMap { $0.isEmpty ? nil : $0 }
        let file = try path.map { path in (name: path, text: try String(contentsOfFile: path, encoding: .utf8)) }
        return try MailSettings.resolve(file: file, environment: environment)
    }
}

extension MailSettings {
    /// For showing a message when no mail server is set up.
    static let placeholder = MailSettings(host: "", port: 0, startTLS: false, tls: false, user: nil, password: nil,
                                          from: "prostor@example.invalid", site: "https://prostor.example.invalid", sendmail: "")
}
