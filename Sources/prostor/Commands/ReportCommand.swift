import ArgumentParser
import Bookings
import CivilTime

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Reports for the municipality.",
        subcommands: [Usage.self]
    )

    struct Usage: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "How well the rooms are used, per ISO week and in total.",
            discussion: """
                For each room: the hours open (opening hours minus closures), the hours booked (approved \
                dates that take place, so not those cancelled or closed), the share used, and how many groups and activities it served. The window is \
                --from through --to, by default the current term.

                Examples:
                  prostor report usage
                  prostor report usage --venue golnik --from 2027-03-01 \\
                    --to 2027-03-31 --csv > marec.csv
                """
        )

        @Option(help: "Only this venue's rooms.") var venue: String?
        @Option(help: "The first day.") var from: String?
        @Option(help: "The last day.") var to: String?
        @Flag(help: "Print CSV (comma-separated, with a header) for a spreadsheet.") var csv = false
        @Flag(name: .customLong("totals-only"), help: "Only each room's total, not its weeks.") var totalsOnly = false
        @OptionGroup var store: StoreOptions

        func run() throws {
            let report = try store.open().read { reader in
                let venueSlug = try venue.map { try References(reader).venue(Slug(folding: $0)).slug }
                let window = try CommandClock.window(from: from, to: to, reader)
                return try Self.report(reader, venue: venueSlug, from: window.from, through: window.through)
            }
            let rows = totalsOnly ? report.totals : report.rows
            if csv {
                say("room,week,open_hours,booked_hours,share,groups,activities")
                for row in rows {
                    say([row.room.description, row.week ?? "total", Self.hours(row.openMinutes), Self.hours(row.bookedMinutes),
                         Self.share(row.share), String(row.groups), String(row.activities)].joined(separator: ","))
                }
                return
            }
            say("Room usage \(report.from) to \(report.through) (approved bookings):")
            Self.table(rows).print(emptyMessage: "No rooms.")
        }

        static func report(_ reader: any StoreReader, venue: Slug?, from: LocalDate, through: LocalDate) throws -> UsageReport {
            var zones: [Slug: ZoneRules] = [:]
            for venue in try reader.venues() { zones[venue.slug] = try References(reader).zone(of: venue.slug) }
            return try UsageReport(rooms: try reader.rooms(in: venue), closures: try reader.closures(), bookings: try reader.bookings(),
                                   zones: zones, from: from, through: through)
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
