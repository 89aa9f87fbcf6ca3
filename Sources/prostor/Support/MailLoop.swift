import Bookings
import Dispatch
import Foundation
import Logging

/// `prostor serve`'s background sender: every minute, the outbox's due messages go out, as with
/// `prostor notify send`. The sending blocks (msmtp runs as a process), so it runs on a dispatch queue
/// and never on the threads that answer readers.
struct MailLoop: Sendable {
    let delivery: OutboxDelivery
    let logger: Logger
    var interval: Duration = .seconds(60)

    func run() async {
        while !Task.isCancelled {
            do {
                let report = try await offload { try delivery.sendDue(now: Date()) }
                if !(report.sent.isEmpty && report.deferred.isEmpty && report.failed.isEmpty) {
                    logger.info("Mail: sent \(report.sent.count), to try again \(report.deferred.count), failed \(report.failed.count)")
                }
            } catch {
                logger.error("Mail: the outbox could not be read or written: \(error)")
            }
            try? await Task.sleep(for: interval)
        }
    }

    private func offload<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global(qos: .utility).async { continuation.resume(with: Result { try body() }) }
        }
    }
}
