import ArgumentParser
import Bookings
import CivilTime

struct BookingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "booking",
        abstract: "List and show bookings: requests placed in rooms, with their rules and exceptions.",
        subcommands: [List.self, Show.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List bookings, optionally of one venue, room, group or state.",
            discussion: """
                Examples:
                  prostor booking list --venue golnik
                  prostor booking list --room golnik/velika-dvorana --state approved --json
                """
        )

        @Option(help: "Only bookings in this venue's rooms.") var venue: String?
        @Option(help: "Only bookings of this room, as venue/room.") var room: String?
        @Option(help: "Only this group's bookings.") var group: String?
        @Option(help: "Only bookings in this state: tentative, approved, rejected or cancelled.") var state: Booking.State?
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let roomRef = try room.map { text throws(InvalidValue) in try RoomRef(parsing: text) }
            let bookings = try store.open().read { reader in
                let references = References(reader)
                let venue = try venue.map { try references.venue(Slug(folding: $0)).slug }
                let room = try roomRef.map { try references.room($0).ref }
                let group = try group.map { try references.group(Slug(folding: $0)).slug }
                return try reader.bookings().filter { booking in
                    if let venue, booking.room.venue != venue { return false }
                    if let room, booking.room != room { return false }
                    if let group, booking.group != group { return false }
                    if let state, booking.state != state { return false }
                    return true
                }
            }
            if output.json { return try printJSON(bookings.map(BookingOutput.init)) }
            var table = Table("ID", "ROOM", "GROUP", "TITLE", "START", "DURATION", "RULE", "STATE", "EXCEPTIONS")
            for booking in bookings {
                table.add(booking.id.map(String.init) ?? "", booking.room.description, booking.group.value, booking.title,
                          booking.start.description, DurationText.format(minutes: booking.durationMinutes),
                          booking.recurrence ?? "once", booking.state.rawValue, String(booking.exceptions.count))
            }
            table.print(emptyMessage: "No bookings.")
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a booking with its exceptions.", discussion: "Example:\n  prostor booking show 4")

        @Argument(help: "The booking's id, as `booking list` shows it.") var id: Int64
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let (booking, decision) = try store.open().read { reader in
                let booking = try reader.existingBooking(id: id)
                // Why it was rejected or cancelled is the reason of the history entry that made it so.
                let ending: HistoryEntry.Action? = switch booking.state {
                case .rejected: .rejected
                case .cancelled: .cancelled
                default: nil
                }
                let entry = try ending.flatMap { action in try reader.history(booking: id).last { $0.action == action } }
                return (booking, entry)
            }
            if output.json {
                var shown = BookingOutput(booking)
                shown.stateReason = decision?.reason
                return try printJSON(shown)
            }
            say("booking \(id): \(booking.title)")
            say("room:        \(booking.room)")
            say("group:       \(booking.group)")
            say("request:     \(booking.requestID.map(String.init) ?? "none")")
            say("state:       \(booking.state.rawValue)")
            if let decision {
                say("reason:      \(decision.reason.isEmpty ? "none given" : decision.reason) (\(decision.actor))")
            }
            say("start:       \(booking.start)")
            say("duration:    \(DurationText.format(minutes: booking.durationMinutes))")
            say("rule:        \(booking.recurrence ?? "once")")
            say("public:      \(booking.isPublic ? "yes" : "no")")
            say("sequence:    \(booking.sequence)")
            if !booking.description.isEmpty { say("description: \(booking.description)") }
            say(booking.exceptions.isEmpty ? "exceptions:  none" : "exceptions:")
            for exception in booking.exceptions { say("  " + exception.line) }
        }
    }
}

extension Booking.State: ExpressibleByArgument {}

extension OccurrenceException {
    /// `2027-03-16 moved to 2027-03-17T18:00 in golnik/sejna-soba: reason`, for `booking show`.
    var line: String {
        let change = switch change {
        case .cancelled: "cancelled"
        case .moved(let start, let room?): "moved to \(start) in \(room)"
        case .moved(let start, nil): "moved to \(start)"
        }
        return "\(originalDate) \(change)" + (reason.isEmpty ? "" : ": \(reason)")
    }
}

/// A booking as `booking list --json` and `booking show --json` print it.
struct BookingOutput: Encodable {
    struct Exception: Encodable {
        let date: LocalDate
        /// `cancelled` or `moved`.
        let change: String
        let movedTo: LocalDateTime?
        let room: RoomRef?
        let reason: String
    }

    let id: Int64?
    let requestID: Int64?
    let room: RoomRef
    let group: Slug
    let title: String
    let description: String
    let start: LocalDateTime
    let durationMinutes: Int
    let recurrence: String?
    let state: Booking.State
    let isPublic: Bool
    let sequence: Int
    let exceptions: [Exception]
    /// Why it was rejected or cancelled, for `booking show`.
    var stateReason: String?

    init(_ booking: Booking) {
        id = booking.id
        requestID = booking.requestID
        room = booking.room
        group = booking.group
        title = booking.title
        description = booking.description
        start = booking.start
        durationMinutes = booking.durationMinutes
        recurrence = booking.recurrence
        state = booking.state
        isPublic = booking.isPublic
        sequence = booking.sequence
        exceptions = booking.exceptions.map { exception in
            switch exception.change {
            case .cancelled:
                Exception(date: exception.originalDate, change: "cancelled", movedTo: nil, room: nil, reason: exception.reason)
            case .moved(let start, let room):
                Exception(date: exception.originalDate, change: "moved", movedTo: start, room: room, reason: exception.reason)
            }
        }
    }
}
