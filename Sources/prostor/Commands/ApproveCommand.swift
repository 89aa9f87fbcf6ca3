import ArgumentParser
import Bookings

struct ApproveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "approve",
        abstract: "Approve tentative bookings, re-checking conflicts and policies in one transaction.",
        discussion: """
            The approved bookings of the rooms are checked inside the same write transaction that approves, so \
            two administrators approving colliding bookings at once cannot both succeed: the second exits 3 \
            naming the first. With several ids, all are approved or none. The tentative bookings each collides \
            with are listed; --reject-colliding rejects them with a reason that names it.

            --request, --venue and --tentative choose the tentative bookings of a request, of a venue or of the \
            whole term (the one in progress or next, or --term); --dry-run checks them all and lists what would be \
            approved, changing nothing.

            Examples:
              prostor approve 12
              prostor approve 12 13 14 --reject-colliding
              prostor approve --request 41 --dry-run
              prostor approve --venue golnik
              prostor approve --tentative --term spomlad-2027
              prostor approve 15 --skip-conflicts
              prostor approve 16 --override-policy --reason "Občinska prireditev" \\
                --as "Marija Kos"
            """
    )

    @Argument(help: "The bookings to approve.") var ids: [Int64] = []
    @Option(help: "Approve the tentative bookings of this request.") var request: Int64?
    @Option(help: "Approve the tentative bookings in this venue's rooms (of the term).") var venue: String?
    @Flag(help: "Approve every tentative booking of the term.") var tentative = false
    @Option(help: "The term for --venue and --tentative; the one in progress or next when omitted.") var term: String?
    @Flag(name: .customLong("dry-run"), help: "Check and list what would be approved, changing nothing.") var dryRun = false
    @Flag(name: .customLong("skip-conflicts"), help: "Leave out the dates an approved booking holds instead of refusing.")
    var skipConflicts = false
    @Flag(name: .customLong("reject-colliding"), help: "Reject the tentative bookings that collide with the approved ones.")
    var rejectColliding = false
    @OptionGroup var policy: PolicyOverrideOptions
    @OptionGroup var user: OperatorOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    struct Result: Encodable {
        let id: Int64
        let sequence: Int
        let skippedDates: [String]
        let collidingTentative: [Int64]
        let rejected: [Int64]
    }

    func validate() throws {
        let choices = [!ids.isEmpty, request != nil, venue != nil, tentative].filter { $0 }.count
        guard choices == 1 else {
            throw ValidationError(choices == 0 ? "Give the bookings to approve: ids, --request N, --venue V or --tentative."
                                               : "Give ids, --request, --venue or --tentative, only one of them.")
        }
        if term != nil && venue == nil && !tentative { throw ValidationError("--term goes with --venue or --tentative.") }
    }

    func run() throws {
        let context = try user.context()
        let outcomes: [BookingDesk.Outcome]
        do {
            outcomes = try store.open().write { writer in
                let desk = BookingDesk(writer, context: context)
                let chosen = try ApprovalSelection(ids: ids, request: request, venue: venue, term: term).bookings(in: writer)
                let outcomes = try chosen.map { id in
                    try desk.approve(id, skipConflicts: skipConflicts, rejectColliding: rejectColliding, overridePolicy: policy.overrideReason)
                }
                // A dry run makes every check of the real one, then rolls it all back.
                if dryRun { throw DryRun(outcomes: outcomes) }
                return outcomes
            }
        } catch let dryRun as DryRun {
            return try report(dryRun.outcomes, verb: "Would approve")
        }
        try report(outcomes, verb: "Approved")
    }

    /// Carries a dry run's outcomes out of the write it rolls back.
    struct DryRun: Error { let outcomes: [BookingDesk.Outcome] }

    func report(_ outcomes: [BookingDesk.Outcome], verb: String) throws {
        if outcomes.isEmpty { return say("There are no tentative bookings to approve.") }
        if output.json {
            return try printJSON(outcomes.map { outcome in
                Result(id: outcome.booking.id ?? 0, sequence: outcome.booking.sequence,
                       skippedDates: outcome.skipped.flatMap(\.dates).map(\.description).sorted(),
                       collidingTentative: outcome.collisions.compactMap(\.other.id), rejected: outcome.rejected)
            })
        }
        for outcome in outcomes {
            let booking = outcome.booking
            say("\(verb) \(booking.id ?? 0): \"\(booking.title)\" in \(booking.room).")
            if !outcome.closed.isEmpty {
                say("  left out, closed: " + outcome.closed.map { "\($0.originalDate) (\($0.reason))" }.joined(separator: ", "))
            }
            for clash in outcome.skipped {
                say("  left out, room taken by booking \(clash.other.id ?? 0) \"\(clash.other.title)\": \(clash.dates.map(\.description).joined(separator: ", "))")
            }
            for collision in outcome.collisions {
                let verb = outcome.rejected.contains(collision.other.id ?? -1) ? "rejected" : "collides with"
                say("  \(verb) tentative booking \(collision.other.id ?? 0) \"\(collision.other.title)\" on \(Parse.dates(collision.dates))")
            }
        }
        if dryRun { say("Dry run: nothing was changed.") }
        if !rejectColliding, outcomes.contains(where: { !$0.collisions.isEmpty }) {
            say("Reject the colliding bookings with `prostor reject ID --reason TEXT`, or approve again with --reject-colliding.")
        }
    }
}

/// Which tentative bookings one `approve` takes: the ids given, or those of a request, a venue or a term.
struct ApprovalSelection {
    let ids: [Int64]
    let request: Int64?
    let venue: String?
    let term: String?

    func bookings(in reader: any StoreReader) throws -> [Int64] {
        if !ids.isEmpty { return ids }
        let tentative = try reader.bookings().filter { $0.state == .tentative }
        if let request {
            _ = try reader.existingRequest(id: request)
            return tentative.filter { $0.requestID == request }.compactMap(\.id)
        }
        let chosen = try Schedule.term(term.map { Slug(folding: $0) }, today: CommandClock.today(reader), reader: reader)
        let venueSlug = try venue.map { try References(reader).venue(Slug(folding: $0)).slug }
        return tentative.filter { booking in
            (venueSlug.map { booking.room.venue == $0 } ?? true) && chosen.contains(booking.start.date)
        }.compactMap(\.id)
    }
}
