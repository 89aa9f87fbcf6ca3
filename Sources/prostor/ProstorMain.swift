import ArgumentParser
import BookingImport
import BookingStore
import BookingStorePostgres
import Bookings
import CivilTime
import Foundation
import ICalendar
import Recurrence
import Timetabling

/// The entry point: parses the command line, runs the command, and turns every error into one
/// message on standard error and one exit code (documented in the README and the man page).
@main
enum ProstorMain {
    static func main() async {
        do {
            var command = try Prostor.parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(with: error)
        }
    }

    static func exit(with error: any Error) -> Never {
        if let status = ExitStatus(for: error) {
            FileHandle.standardError.write(Data("error: \(userMessage(for: error))\n".utf8))
            Foundation.exit(status.rawValue)
        }
        if let exitCode = error as? ExitCode { Foundation.exit(exitCode.rawValue) }
        let code = Prostor.exitCode(for: error)
        if code == .validationFailure {
            // Usage errors exit 2, like other Unix tools, rather than argument-parser's 64.
            FileHandle.standardError.write(Data((Prostor.fullMessage(for: error) + "\n").utf8))
            Foundation.exit(ExitStatus.usage.rawValue)
        }
        Prostor.exit(withError: error)
    }
}

/// The exit codes of `prostor`.
enum ExitStatus: Int32 {
    case success = 0
    case invalidInput = 1
    case usage = 2
    case conflict = 3
    case notFound = 4
    /// The database stayed locked by another writer longer than `--busy-seconds`; nothing changed, try again.
    case busy = 5

    /// The status for an error of the domain or the store; nil for argument-parser's own errors.
    init?(for error: any Error) {
        switch error {
        case is NotFound: self = .notFound
        case is StoreBusy: self = .busy
        case is StoreConflict, is BookingClash, is GroupAlreadyKnown: self = .conflict
        case let importError as ImportError: self = ExitStatus(for: importError.underlying) ?? .invalidInput
        case is InvalidValue, is CivilTimeError, is RecurrenceError, is DatabaseMissing, is DatabaseUnusable, is CommandFailure:
            self = .invalidInput
        case is PolicyViolation, is WrongState: self = .invalidInput
        case is PostgresStoreError, is CopyRefused: self = .invalidInput
        case is ICalendarError, is ProblemError, is UnknownField, is WrongShape, is MalformedFile: self = .invalidInput
        case is DecodingError, is CocoaError: self = .invalidInput
        default: return nil
        }
    }
}

/// A command that cannot do what was asked, with the reason to show the user.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
