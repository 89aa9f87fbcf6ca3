import Foundation

/// Sends what the outbox owes: takes the due messages in one short write (a lease, so that a second
/// sender leaves them alone), hands each to the mail server outside any transaction, then records how
/// it went in another short write. A sender killed between the two leaves the message taken until the
/// lease runs out; the next sender then tries it again, with the same Message-ID, so nothing is lost
/// and a repeat is recognisable.
public struct OutboxDelivery: Sendable {
    /// What one round did.
    public struct Report: Sendable, Equatable {
        public var sent: [Int64] = []
        /// Tried and to be tried again later.
        public var deferred: [Int64] = []
        /// Tried for the last time: kept as failed.
        public var failed: [Int64] = []

        public init(sent: [Int64] = [], deferred: [Int64] = [], failed: [Int64] = []) {
            self.sent = sent
            self.deferred = deferred
            self.failed = failed
        }
    }

    let storage: any BookingStorage
    let transport: any MailTransport
    let settings: MailSettings
    /// How long a taken message is left to its sender before another may try it.
    public var lease: TimeInterval = 600

    public init(storage: any BookingStorage, transport: any MailTransport, settings: MailSettings) {
        self.storage = storage
        self.transport = transport
        self.settings = settings
    }

    /// Sends up to `limit` due messages, oldest first.
    public func sendDue(now: Date, limit: Int = 200) throws -> Report {
        let taken: [OutboxMessage] = try storage.write { writer in
            try writer.outbox(status: .pending, group: nil).filter { $0.isDue(at: now) }.prefix(limit).map { message in
                var message = message
                message.attempts += 1
                message.nextAttemptAt = now.addingTimeInterval(lease).formatted(.iso8601)
                return try writer.save(message)
            }
        }
        var report = Report()
        for message in taken {
            guard let id = message.id else { continue }
            var result = message
            do {
                try transport.send(MailComposer.compose(message, settings: settings), from: settings.from, to: message.recipient)
                result.status = .sent
                result.sentAt = now.formatted(.iso8601)
                result.lastError = ""
                report.sent.append(id)
            } catch {
                result.lastError = String(describing: error)
                if result.attempts >= OutboxMessage.maximumAttempts {
                    result.status = .failed
                    report.failed.append(id)
                } else {
                    result.nextAttemptAt = now.addingTimeInterval(OutboxMessage.backOff(afterAttempt: result.attempts)).formatted(.iso8601)
                    report.deferred.append(id)
                }
            }
            let recorded = result
            try storage.write { writer in
                // Only if nobody changed it meanwhile (an administrator dropping it, say).
                guard let current = try writer.outboxMessage(id: id), current.attempts == message.attempts,
                      current.status == .pending else { return }
                try writer.save(recorded)
            }
        }
        return report
    }

    /// Puts failed (or pending) messages back in line to be sent at once, with their tries counted anew.
    public static func retry(_ ids: [Int64], in writer: any StoreWriter, now: Date) throws -> [OutboxMessage] {
        try change(ids, in: writer, action: "sent again") { message in
            message.status = .pending
            message.attempts = 0
            message.nextAttemptAt = now.formatted(.iso8601)
        }
    }

    /// Keeps messages from being sent; they stay in the outbox as dropped, for the record.
    public static func drop(_ ids: [Int64], in writer: any StoreWriter) throws -> [OutboxMessage] {
        try change(ids, in: writer, action: "dropped") { $0.status = .dropped }
    }

    /// Changes messages that have not gone out (failed or pending); a sent or dropped one is refused.
    private static func change(_ ids: [Int64], in writer: any StoreWriter, action: String,
                               _ body: (inout OutboxMessage) -> Void) throws -> [OutboxMessage] {
        try ids.map { id in
            guard var message = try writer.outboxMessage(id: id) else { throw NotFound(kind: "outbox message", key: String(id)) }
            guard message.status == .failed || message.status == .pending else {
                throw InvalidValue(record: "outbox message \(id)", field: "status", value: message.status.rawValue,
                                   rule: "must be failed or pending to be \(action)")
            }
            body(&message)
            return try writer.save(message)
        }
    }
}
