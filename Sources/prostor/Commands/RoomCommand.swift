import ArgumentParser
import Bookings

struct RoomCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "room",
        abstract: "Add, list, show, edit and remove the rooms of a venue.",
        subcommands: [Add.self, List.self, Show.self, Edit.self, Remove.self]
    )

    /// The rooms as `room list` and `venue show` print them.
    static func table(_ rooms: [Room]) -> Table {
        var table = Table("ROOM", "NAME", "CAPACITY", "FEATURES", "OPEN")
        for room in rooms {
            table.add(room.ref.description, room.name, String(room.capacity), room.features.joined(separator: ","),
                      room.openingHours.summary)
        }
        return table
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a room to a venue.",
            discussion: """
                Example:
                  prostor room add golnik "Velika dvorana" --capacity 120 \\
                    --features projector,piano,step-free \\
                    --hours "mon-fri 16:00-22:00" --hours "sat 08:00-12:00"
                """
        )

        @Argument(help: "The venue's slug.") var venue: String
        @Argument(help: "The room's name.") var name: String
        @Option(help: "The room's slug; made from the name when omitted.") var slug: String?
        @Option(parsing: .unconditional, help: "How many people it holds.") var capacity: Int
        @Option(help: "What it offers, comma-separated: projector,piano,kitchen,step-free.") var features = ""
        @Option(help: "Opening hours: days and times, repeatable (\"mon-fri 16:00-22:00\").") var hours: [String] = []
        @OptionGroup var store: StoreOptions

        func run() throws {
            let record = "room \"\(name)\""
            let room = try Room(venue: Slug(folding: venue),
                                slug: slug.map { text throws(InvalidValue) in try Slug(validating: text, record: record, field: "slug") },
                                name: name, capacity: capacity, features: commaList(features),
                                openingHours: OpeningHours(parsingLines: hours, record: record))
            try store.open().write { writer in
                _ = try References(writer).venue(room.venue)
                if try writer.room(room.ref) != nil { throw StoreConflict("room \(room.ref) already exists") }
                try writer.save(room)
            }
            say("Added room \(room.ref).")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List rooms, of one venue or all.",
                                                        discussion: "Examples:\n  prostor room list\n  prostor room list --venue golnik --json")

        @Option(help: "Only this venue's rooms.") var venue: String?
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let rooms = try store.open().read { reader in
                if let venue { _ = try References(reader).venue(Slug(folding: venue)) }
                return try reader.rooms(in: venue.map(Slug.init(folding:)))
            }
            if output.json { return try printJSON(rooms) }
            RoomCommand.table(rooms).print(emptyMessage: "No rooms yet.")
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a room.", discussion: "Example:\n  prostor room show golnik/velika-dvorana")

        @Argument(help: "The room, as venue/room.") var room: String
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let ref = try RoomRef(parsing: room)
            let room = try store.open().read { reader in try References(reader).room(ref) }
            if output.json { return try printJSON(room) }
            say("\(room.name) (\(room.ref))")
            say("capacity: \(room.capacity)")
            say("features: \(room.features.isEmpty ? "none" : room.features.joined(separator: ", "))")
            say("open:     \(room.openingHours.summary)")
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change a room's name, capacity, features or opening hours.",
            discussion: """
                --hours replaces all opening hours; --add-feature and --remove-feature change single features.

                Example:
                  prostor room edit golnik/velika-dvorana --capacity 110 --add-feature sound-system
                """
        )

        @Argument(help: "The room, as venue/room.") var room: String
        @Option(help: "A new name (the slug stays).") var name: String?
        @Option(parsing: .unconditional, help: "A new capacity.") var capacity: Int?
        @Option(help: "All features, comma-separated, replacing the old ones.") var features: String?
        @Option(name: .customLong("add-feature"), help: "A feature to add.") var addFeatures: [String] = []
        @Option(name: .customLong("remove-feature"), help: "A feature to remove.") var removeFeatures: [String] = []
        @Option(help: "New opening hours, repeatable; replaces all of them.") var hours: [String] = []
        @OptionGroup var store: StoreOptions

        func run() throws {
            let ref = try RoomRef(parsing: room)
            try store.open().write { writer in
                let old = try References(writer).room(ref)
                let record = "room \"\(old.name)\""
                let removed = Set(removeFeatures.map { Slug(folding: $0).value })
                let features = (features.map(commaList) ?? old.features) + addFeatures
                let new = try Room(venue: old.venue, slug: old.slug, name: name ?? old.name,
                                   capacity: capacity ?? old.capacity,
                                   features: features.filter { !removed.contains(Slug(folding: $0).value) },
                                   openingHours: hours.isEmpty ? old.openingHours : OpeningHours(parsingLines: hours, record: record))
                try writer.save(new)
            }
            say("Updated room \(ref).")
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove a room that has no bookings or closures.",
            discussion: "Example:\n  prostor room remove golnik/kuhinja"
        )

        @Argument(help: "The room, as venue/room.") var room: String
        @OptionGroup var store: StoreOptions

        func run() throws {
            let ref = try RoomRef(parsing: room)
            try store.open().write { writer in
                _ = try References(writer).room(ref)
                try writer.removeRoom(ref)
            }
            say("Removed room \(ref).")
        }
    }
}

/// `a, b,c` as `["a", "b", "c"]`, for options that take comma-separated lists.
func commaList(_ text: String) -> [String] {
    text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
}
