import ArgumentParser
import Bookings
import CivilTime

struct BookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "book",
        abstract: "Book a room by hand: creates a tentative booking and prints its id.",
        discussion: """
            The rule, the start (which must be the rule's first occurrence), the opening hours and the venue's \
            policy are checked; dates on which the room is closed are left out. When an approved booking holds \
            the room, nothing is booked and the command exits 3 naming it, unless --skip-conflicts leaves those \
            dates out (and lists them).

            Examples:
              prostor book --room golnik/sejna-soba --group td-golnik \\
                --title "Seja odbora" --start 2027-01-18T18:00 --duration 90m \\
                --rrule "FREQ=WEEKLY;BYDAY=MO" --until 2027-06-14
              prostor book --room golnik/kuhinja --group du-golnik \\
                --title "Kuharski tečaj" --start 2027-02-03T17:00 --duration 2h --json
            """
    )

    @Option(help: "The room, as venue/room.") var room: String
    @Option(help: "The group's slug.") var group: String
    @Option(help: "What the activity is called.") var title: String
    @Option(help: "The first session, in the venue's local time: 2027-01-18T18:00.") var start: String
    @Option(help: "How long each session lasts: 90m, 2h, 1h30.") var duration: String
    @Option(help: "An RFC 5545 recurrence rule: FREQ=WEEKLY;BYDAY=MO.") var rrule: String?
    @Option(help: "The last day of the rule (adds UNTIL to --rrule).") var until: String?
    @Option(help: "The request this booking places.") var request: Int64?
    @Flag(help: "Keep it off the public calendar.") var `private` = false
    @Flag(name: .customLong("skip-conflicts"), help: "Leave out the dates an approved booking holds instead of refusing.")
    var skipConflicts = false
    @OptionGroup var policy: PolicyOverrideOptions
    @OptionGroup var user: OperatorOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if until != nil && rrule == nil { throw ValidationError("--until needs --rrule: a single date has no last day") }
    }

    func run() throws {
        let record = "booking \"\(title)\""
        let roomRef = try Parse.room(room, option: "--room")
        let groupSlug = try Slug(validating: group, record: record, field: "--group")
        let startTime = try Parse.dateTime(start, option: "--start")
        let minutes = try DurationText.minutes(duration, record: record, field: "--duration")
        let rule = try Self.rule(rrule, until: until.map { try Parse.date($0, option: "--until") }, record: record)
        let booking = try Booking(requestID: request, room: roomRef, group: groupSlug, title: title, start: startTime,
                                  durationMinutes: minutes, recurrence: rule, isPublic: !`private`)
        let context = try user.context()
        let outcome = try store.open().write { writer in
            try BookingDesk(writer, context: context).book(booking, skipConflicts: skipConflicts, overridePolicy: policy.overrideReason)
        }
        let id = outcome.booking.id ?? 0
        if output.json { return try printJSON(["id": id]) }
        say("Booked \(id): \"\(outcome.booking.title)\" in \(outcome.booking.room) from \(outcome.booking.start), tentative.")
        for clash in outcome.skipped {
            say("  left out, room taken by booking \(clash.other.id ?? 0) \"\(clash.other.title)\": \(clash.dates.map(\.description).joined(separator: ", "))")
        }
        for closed in outcome.closed { say("  left out, \(closed.reason): \(closed.originalDate)") }
        say("Approve it with `prostor approve \(id)`.")
    }

    /// The rule with UNTIL added from --until; a rule that already ends is refused.
    static func rule(_ rule: String?, until: LocalDate?, record: String) throws -> String? {
        guard let rule else { return nil }
        guard let until else { return rule }
        let parts = rule.uppercased().split(separator: ";").map { $0.split(separator: "=").first.map(String.init) ?? "" }
        if parts.contains("UNTIL") || parts.contains("COUNT") {
            throw InvalidValue(record: record, field: "--until", value: until.description, rule: "cannot be given when --rrule has UNTIL or COUNT")
        }
        // A floating start takes a floating UNTIL (RFC 5545 §3.3.10): the end of that day, local time.
        return rule + ";UNTIL=" + until.description.filter { $0 != "-" } + "T235959"
    }
}
