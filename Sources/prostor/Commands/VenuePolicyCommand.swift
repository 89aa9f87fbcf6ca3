import ArgumentParser
import Bookings

extension VenueCommand {
    struct Policy: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show or change a venue's booking policy.",
            discussion: """
                Without options, shows the policy. Options change single limits; --clear removes one \
                (book-ahead-days, min-notice-hours, max-hours-per-group-per-week, buffer-minutes, room-kinds, weights). \
                The change is recorded in the history. Policies apply to `book` and `approve`; an administrator \
                may let one booking through with --override-policy --reason TEXT.

                --weight sets how much `schedule` weighs one of its wishes in the venue's rooms, in place of \
                the municipality's weight (0 to 100; WISH=default returns to it). Wishes: preferred_times, \
                preferred_rooms, room_stability, day_spread, energy_clustering, minimal_change.

                Examples:
                  prostor venue policy golnik
                  prostor venue policy golnik --buffer-minutes 15 --min-notice-hours 48 \\
                    --book-ahead-days 180
                  prostor venue policy golnik --room-kinds kuhinja=society,ngo \\
                    --max-hours-per-group-per-week 6
                  prostor venue policy golnik --weight energy_clustering=5 \
                    --weight minimal_change=default
                  prostor venue policy golnik --clear room-kinds
                """
        )

        static let limits = ["book-ahead-days", "min-notice-hours", "max-hours-per-group-per-week", "buffer-minutes", "room-kinds", "weights"]

        @Argument(help: "The venue's slug.") var venue: String
        @Option(name: .customLong("book-ahead-days"), help: "The first session must begin within this many days.") var bookAheadDays: Int?
        @Option(name: .customLong("min-notice-hours"), help: "The first session must begin at least this many hours from now.") var minNoticeHours: Int?
        @Option(name: .customLong("max-hours-per-group-per-week"), help: "The most hours a group may hold in a week.") var maxHours: Int?
        @Option(name: .customLong("buffer-minutes"), help: "Minutes that stay free between two bookings of a room.") var bufferMinutes: Int?
        @Option(name: .customLong("room-kinds"), help: "room=kind,kind: which kinds of group may book a room (repeatable).") var roomKinds: [String] = []
        @Option(help: "WISH=N: the scheduler's weight of a wish in this venue's rooms, or WISH=default (repeatable).")
        var weight: [String] = []
        @Option(help: "Remove a limit (repeatable).") var clear: [String] = []
        @OptionGroup var user: OperatorOptions
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions

        var changes: Bool {
            bookAheadDays != nil || minNoticeHours != nil || maxHours != nil || bufferMinutes != nil || !roomKinds.isEmpty || !weight.isEmpty
                || !clear.isEmpty
        }

        func validate() throws {
            for name in clear where !Self.limits.contains(name) {
                throw ValidationError("--clear takes one of \(Self.limits.joined(separator: ", ")), not \"\(name)\"")
            }
        }

        func run() throws {
            let context = try user.context()
            let slug = Slug(folding: venue)
            let policy = try store.open().write { writer in
                let venue = try References(writer).venue(slug)
                let old = try writer.policy(of: venue.slug)
                guard changes else { return old }
                let new = try changed(old, rooms: Set(try writer.rooms(in: venue.slug).map(\.slug.value)))
                guard new != old else { return old }
                try writer.save(new)
                try writer.append(HistoryEntry(at: context.now, actor: context.actor, action: .policyChanged, venue: venue.slug,
                                               summary: "policy of \(venue.slug) changed", before: HistorySnapshot(policy: old),
                                               after: HistorySnapshot(policy: new)))
                return new
            }
            if output.json { return try printJSON(policy) }
            if changes { say("Updated the policy of \(slug).") }
            say("Policy of \(slug):")
            for line in policy.summary { say("  " + line) }
        }

        func changed(_ old: VenuePolicy, rooms: Set<String>) throws -> VenuePolicy {
            var kinds = clear.contains("room-kinds") ? [:] : old.roomKinds
            for entry in roomKinds {
                let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2 else {
                    throw InvalidValue(record: "policy of venue \(old.venue)", field: "--room-kinds", value: entry,
                                       rule: "must be room=kind,kind like \"kuhinja=society,ngo\"")
                }
                guard rooms.contains(parts[0]) else {
                    throw NotFound(kind: "room", key: "\(old.venue)/\(parts[0])",
                                   suggestions: nearest(parts[0], in: rooms.sorted()).map { "\(old.venue)/\($0)" })
                }
                kinds[parts[0]] = commaList(parts[1])
            }
            func value(_ new: Int?, _ old: Int?, _ name: String) -> Int? { clear.contains(name) ? nil : new ?? old }
            let weights = try changedWeights(clear.contains("weights") ? SchedulingWeights() : old.weights, venue: old.venue)
            return try VenuePolicy(venue: old.venue, bookAheadDays: value(bookAheadDays, old.bookAheadDays, "book-ahead-days"),
                                   minNoticeHours: value(minNoticeHours, old.minNoticeHours, "min-notice-hours"),
                                   maxHoursPerGroupPerWeek: value(maxHours, old.maxHoursPerGroupPerWeek, "max-hours-per-group-per-week"),
                                   bufferMinutes: value(bufferMinutes, old.bufferMinutes, "buffer-minutes") ?? 0, roomKinds: kinds,
                                   weights: weights, closedOnPublicHolidays: old.closedOnPublicHolidays)
        }

        /// `--weight` entries applied in order; names may be typed with hyphens, as options are.
        func changedWeights(_ old: SchedulingWeights, venue: Slug) throws -> SchedulingWeights {
            let record = "policy of venue \(venue)"
            var values = old.values
            for entry in weight {
                let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2 else {
                    throw InvalidValue(record: record, field: "--weight", value: entry,
                                       rule: "must be WISH=N like \"energy_clustering=5\", or WISH=default")
                }
                let wish = String(parts[0].map { $0 == "-" ? "_" : $0 })
                if parts[1] == "default" {
                    values[try SchedulingWeights.wish(named: wish, record: record).rawValue] = nil
                    continue
                }
                guard let number = Int(parts[1]) else {
                    throw InvalidValue(record: record, field: "--weight", value: entry,
                                       rule: "must give a whole number 0...\(SchedulingWeights.maximum) or \"default\" after =")
                }
                values[wish] = number
            }
            return try SchedulingWeights(values, record: record)
        }
    }
}
