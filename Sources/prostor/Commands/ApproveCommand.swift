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

            Examples:
              prostor approve 12
              prostor approve 12 13 14 --reject-colliding
              prostor approve 15 --skip-conflicts
              prostor approve 16 --override-policy --reason "Občinska prireditev" \\
                --as "Marija Kos"
            """
    )

    @Argument(help: "The bookings to approve.") var ids: [Int64]
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

    func run() throws {
        let context = try user.context()
        let outcomes = try store.open().write { writer in
            let desk = BookingDesk(writer, context: context)
            return try ids.map { id in
                try desk.approve(id, skipConflicts: skipConflicts, rejectColliding: rejectColliding, overridePolicy: policy.overrideReason)
            }
        }
        if output.json {
            return try printJSON(outcomes.map { outcome in
                Result(id: outcome.booking.id ?? 0, sequence: outcome.booking.sequence,
                       skippedDates: outcome.skipped.flatMap(\.dates).map(\.description).sorted(),
                       collidingTentative: outcome.collisions.compactMap(\.other.id), rejected: outcome.rejected)
            })
        }
        for outcome in outcomes {
            let booking = outcome.booking
            say("Approved \(booking.id ?? 0): \"\(booking.title)\" in \(booking.room).")
            for clash in outcome.skipped {
                say("  left out, room taken by booking \(clash.other.id ?? 0) \"\(clash.other.title)\": \(clash.dates.map(\.description).joined(separator: ", "))")
            }
            for collision in outcome.collisions {
                let verb = outcome.rejected.contains(collision.other.id ?? -1) ? "rejected" : "collides with"
                say("  \(verb) tentative booking \(collision.other.id ?? 0) \"\(collision.other.title)\" on \(Parse.dates(collision.dates))")
            }
        }
        if !rejectColliding, outcomes.contains(where: { !$0.collisions.isEmpty }) {
            say("Reject the colliding bookings with `prostor reject ID --reason TEXT`, or approve again with --reject-colliding.")
        }
    }
}
