import ArgumentParser
import Bookings
import CivilTime

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Reports for the municipality.",
        subcommands: [Usage.self, Plan.self]
    )

    struct Usage: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "How well the rooms are used, per ISO week and in total.",
            discussion: """
                For each room: the hours open (opening hours minus closures), the hours booked (approved \
                dates that take place, so not those cancelled or closed), the share used, and how many groups and activities it served. The window is \
                --from through --to, by default the current term.

                --json prints the same rows with the share and, per room, a heat map of the week (for each \
                weekday and hour, in how many weeks it was taken). --csv --decimal-comma writes CSV as a \
                Slovenian spreadsheet reads it: `;` between fields and a decimal comma.

                Examples:
                  prostor report usage
                  prostor report usage --venue golnik --from 2027-03-01 \\
                    --to 2027-03-31 --csv > marec.csv
                  prostor report usage --csv --decimal-comma --totals-only > raba.csv
                  prostor report usage --venue golnik --json
                """
        )

        @Option(help: "Only this venue's rooms.") var venue: String?
        @Option(help: "The first day.") var from: String?
        @Option(help: "The last day.") var to: String?
        @Flag(help: "Print CSV (comma-separated, with a header) for a spreadsheet.") var csv = false
        @Flag(name: .customLong("decimal-comma"), help: "With --csv: `;` between fields and a decimal comma (Slovenian spreadsheets).")
        var decimalComma = false
        @Flag(name: .customLong("totals-only"), help: "Only each room's total, not its weeks.") var totalsOnly = false
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            if decimalComma && !csv { throw ValidationError("--decimal-comma goes with --csv") }
            if csv && output.json { throw ValidationError("--csv and --json exclude each other: give one") }
        }

        func run() throws {
            let (report, heatMaps) = try store.open().read { reader in
                let venueSlug = try venue.map { try References(reader).venue(Slug(folding: $0)).slug }
                let window = try CommandClock.window(from: from, to: to, reader)
                let report = try Self.report(reader, venue: venueSlug, from: window.from, through: window.through)
                return (report, try output.json ? Self.heatMaps(reader, venue: venueSlug, from: window.from, through: window.through) : [:])
            }
            let rows = totalsOnly ? report.totals : report.rows
            if output.json {
                return try printJSON(UsageJSON(from: report.from, through: report.through, rows: rows.map {
                    UsageJSON.Row(room: $0.room, week: $0.week, openMinutes: $0.openMinutes, bookedMinutes: $0.bookedMinutes,
                                  share: ($0.share * 10_000).rounded() / 10_000, groups: $0.groups, activities: $0.activities)
                }, heatMaps: heatMaps))
            }
            if csv {
                let separator = decimalComma ? ";" : ","
                func decimal(_ text: String) -> String { decimalComma ? text.replacingOccurrences(of: ".", with: ",") : text }
                say(["room", "week", "open_hours", "booked_hours", "share", "groups", "activities"].joined(separator: separator))
                for row in rows {
                    say([row.room.description, row.week ?? "total", decimal(Self.hours(row.openMinutes)), decimal(Self.hours(row.bookedMinutes)),
                         Self.share(row.share), String(row.groups), String(row.activities)].joined(separator: separator))
                }
                return
            }
            say("Room usage \(report.from) to \(report.through) (approved bookings):")
            Self.table(rows).print(emptyMessage: "No rooms.")
        }

        static func report(_ reader: any StoreReader, venue: Slug?, from: LocalDate, through: LocalDate) throws -> UsageReport {
            var zones: [Slug: ZoneRules] = [:]
            for venue in try reader.venues() { zones[venue.slug] = try References(reader).zone(of: venue.slug) }
            return try UsageReport(rooms: try reader.rooms(in: venue), closures: try reader.closuresInForce(), bookings: try reader.bookings(),
                                   zones: zones, from: from, through: through)
        }

        /// Each room's heat map of the week, by room reference.
        static func heatMaps(_ reader: any StoreReader, venue: Slug?, from: LocalDate, through: LocalDate) throws -> [String: UsageHeatMap] {
            var zones: [Slug: ZoneRules] = [:]
            for venue in try reader.venues() { zones[venue.slug] = try References(reader).zone(of: venue.slug) }
            let bookings = try reader.bookings()
            let closures = try reader.closuresInForce(bookings: bookings)
            var maps: [String: UsageHeatMap] = [:]
            for room in try reader.rooms(in: venue) {
                maps[room.ref.description] = try UsageHeatMap(rooms: [room], closures: closures, bookings: bookings, zones: zones,
                                                              from: from, through: through)
            }
            return maps
        }

        /// What `report usage --json` prints: minutes rather than rounded hours, and the share as a fraction.
        struct UsageJSON: Encodable {
            struct Row: Encodable {
                let room: RoomRef
                let week: String?
                let openMinutes: Int
                let bookedMinutes: Int
                let share: Double
                let groups: Int
                let activities: Int
            }
            let from: LocalDate
            let through: LocalDate
            let rows: [Row]
            let heatMaps: [String: UsageHeatMap]
        }

        static func table(_ rows: [UsageReport.Row]) -> Table {
            var table = Table("ROOM", "WEEK", "OPEN H", "BOOKED H", "USED", "GROUPS", "ACTIVITIES")
            for row in rows {
                table.add(row.room.description, row.week ?? "total", hours(row.openMinutes), hours(row.bookedMinutes),
                          share(row.share), String(row.groups), String(row.activities))
            }
            return table
        }

        /// Hours with one decimal: `12.5`.
        static func hours(_ minutes: Int) -> String {
            let tenths = (minutes * 10 + 30) / 60
            return "\(tenths / 10).\(tenths % 10)"
        }

        static func share(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
    }
}
