import ArgumentParser
import Bookings

struct MoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "move",
        abstract: "Move one occurrence of a booking to another time, and optionally another room.",
        discussion: """
            The new time must be within the room's opening hours, outside closures, in the same term, and free \
            of approved bookings (else the command exits 3 naming them).

            Example:
              prostor move 7 --date 2027-03-16 --to 2027-03-17T18:00 \\
                --room golnik/sejna-soba --reason "Zbor krajanov"
            """
    )

    @Argument(help: "The booking.") var id: Int64
    @Option(help: "The date its rule gives the occurrence.") var date: String
    @Option(help: "The new start, local time: 2027-03-17T18:00.") var to: String
    @Option(help: "Another room, as venue/room.") var room: String?
    @Option(help: "Why: for the group and the history.") var reason = ""
    @Flag(name: .customLong("override-policy"), help: "Allow a room the venue's policy keeps for other groups (needs --reason; recorded in the history).")
    var overridePolicy = false
    @OptionGroup var user: OperatorOptions
    @OptionGroup var store: StoreOptions

    func validate() throws {
        if overridePolicy && reason.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--override-policy needs --reason TEXT, which the history records")
        }
    }

    func run() throws {
        let day = try Parse.date(date, option: "--date")
        let target = try Parse.dateTime(to, option: "--to")
        let roomRef = try room.map { try Parse.room($0, option: "--room") }
        let context = try user.context()
        let booking = try store.open().write { writer in
            try BookingDesk(writer, context: context).move(id, date: day, to: target, room: roomRef, reason: reason,
                                                          overridePolicy: overridePolicy)
        }
        say("Moved \(id) \"\(booking.title)\" from \(day) to \(target)\(roomRef.map { " in \($0)" } ?? "").")
    }
}
