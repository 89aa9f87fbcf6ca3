import ArgumentParser
import Bookings

struct VenueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "venue",
        abstract: "Add, list, show, edit and remove venues (krajevne skupnosti); show and set their policies.",
        subcommands: [Add.self, List.self, Show.self, Edit.self, Remove.self, Policy.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a venue.",
            discussion: """
                The slug is made from the name unless --slug gives it: "KS Zlato polje" becomes ks-zlato-polje.

                Example:
                  prostor venue add "KS Zlato polje" --slug zlato-polje \\
                    --address "Ulica Janeza Puharja 8, 4000 Kranj"
                """
        )

        @Argument(help: "The venue's name.") var name: String
        @Option(help: "The slug used to name the venue in commands and addresses.") var slug: String?
        @Option(help: "The street address, shown in calendar entries.") var address = ""
        @Option(help: "The IANA time zone of its activities.") var timezone = Venue.defaultTimeZone
        @Option(help: ArgumentHelp("Its administrators' e-mail addresses, told of every request (comma-separated).", valueName: "emails"))
        var admins = ""
        @OptionGroup var store: StoreOptions

        func run() throws {
            let slug = try slug.map { text throws(InvalidValue) in try Slug(validating: text, record: "venue \"\(name)\"", field: "slug") }
            let venue = try Venue(slug: slug, name: name, address: address, timeZone: timezone, admins: commaList(admins))
            try store.open().write { writer in
                if try writer.venue(venue.slug) != nil { throw StoreConflict("venue \(venue.slug) already exists") }
                try writer.save(venue)
            }
            say("Added venue \(venue.slug).")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the venues.", discussion: "Example:\n  prostor venue list --json")

        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let (venues, rooms) = try store.open().read { reader in (try reader.venues(), try reader.rooms(in: nil)) }
            if output.json { return try printJSON(venues) }
            var table = Table("VENUE", "NAME", "ROOMS", "ADDRESS")
            for venue in venues {
                table.add(venue.slug.value, venue.name, String(rooms.filter { $0.venue == venue.slug }.count), venue.address)
            }
            table.print(emptyMessage: "No venues yet: add one with `prostor venue add` or `prostor import`.")
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a venue and its rooms.", discussion: "Example:\n  prostor venue show golnik")

        @Argument(help: "The venue's slug.") var venue: String
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let (venue, rooms) = try store.open().read { reader in
                let venue = try References(reader).venue(Slug(folding: self.venue))
                return (venue, try reader.rooms(in: venue.slug))
            }
            if output.json { return try printJSON(VenueDetail(venue: venue, rooms: rooms)) }
            say("\(venue.name) (\(venue.slug))")
            say("address:   \(venue.address)")
            say("time zone: \(venue.timeZone)")
            say("admins:    \(venue.admins.isEmpty ? "none (nobody is told of requests)" : venue.admins.joined(separator: ", "))")
            say()
            RoomCommand.table(rooms).print(emptyMessage: "No rooms yet.")
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change a venue's name, address or time zone, or whether it closes on public holidays.",
            discussion: """
                Every venue is closed on Slovenia's public holidays (see `prostor holidays`) unless \
                --public-holidays open says otherwise; the change is recorded in the history.

                Examples:
                  prostor venue edit golnik --address "Golnik 45, 4204 Golnik"
                  prostor venue edit golnik --public-holidays open
                """
        )

        @Argument(help: "The venue's slug.") var venue: String
        @Option(help: "A new name (the slug stays).") var name: String?
        @Option(help: "A new address.") var address: String?
        @Option(help: "A new time zone.") var timezone: String?
        @Option(help: ArgumentHelp("New administrators' e-mail addresses, comma-separated; \"\" for none.", valueName: "emails"))
        var admins: String?
        @Option(name: .customLong("public-holidays"), help: "closed (the default) or open on Slovenia's public holidays.")
        var publicHolidays: String?
        @OptionGroup var user: OperatorOptions
        @OptionGroup var store: StoreOptions

        func run() throws {
            let context = try user.context()
            try store.open().write { writer in
                let old = try References(writer).venue(Slug(folding: venue))
                let new = try Venue(slug: old.slug, name: name ?? old.name, address: address ?? old.address,
                                    timeZone: timezone ?? old.timeZone, admins: admins.map(commaList) ?? old.admins)
                try writer.save(new)
                guard let publicHolidays else { return }
                let closed = try VenuePolicy.closedOnPublicHolidays(parsing: publicHolidays, venue: old.slug, field: "--public-holidays")
                let oldPolicy = try writer.policy(of: old.slug)
                var newPolicy = oldPolicy
                newPolicy.closedOnPublicHolidays = closed
                guard newPolicy != oldPolicy else { return }
                try writer.save(newPolicy)
                try writer.append(HistoryEntry(at: context.now, actor: context.actor, action: .policyChanged, venue: old.slug,
                                               summary: "venue \(old.slug) \(closed ? "closes" : "stays open") on public holidays",
                                               before: HistorySnapshot(policy: oldPolicy), after: HistorySnapshot(policy: newPolicy)))
            }
            say("Updated venue \(Slug(folding: venue)).")
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove a venue that has no rooms or closures left.",
            discussion: "Example:\n  prostor venue remove golnik"
        )

        @Argument(help: "The venue's slug.") var venue: String
        @OptionGroup var store: StoreOptions

        func run() throws {
            try store.open().write { writer in
                let venue = try References(writer).venue(Slug(folding: venue))
                try writer.removeVenue(venue.slug)
            }
            say("Removed venue \(Slug(folding: venue)).")
        }
    }
}

/// A venue with its rooms, as `venue show --json` prints it.
struct VenueDetail: Encodable {
    let venue: Venue
    let rooms: [Room]
}
