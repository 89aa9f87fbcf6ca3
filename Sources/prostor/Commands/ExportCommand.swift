import ArgumentParser
import Bookings
import CivilTime
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the programme for calendars.",
        subcommands: [ICS.self]
    )

    struct ICS: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ics",
            abstract: "Write the iCalendar feed of a room, a venue, a group or all venues.",
            discussion: """
                One event per booking series (RRULE, with EXDATE for cancelled dates and dates in \
                closures), one event per moved date, tentative and approved bookings only. Private \
                bookings show as "Zasedeno / Booked" except in their group's own feed. Residents \
                subscribe to the file in Google Calendar, Apple Calendar, Outlook or Thunderbird.

                Examples:
                  prostor export ics --venue golnik -o golnik.ics
                  prostor export ics --room golnik/velika-dvorana
                  prostor export ics --all --host prostor.kranj.si -o all.ics
                """
        )

        @OptionGroup var scope: ScopeOptions
        @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
        var output: String?
        @OptionGroup var host: HostOption
        @Option(help: ArgumentHelp("The DTSTAMP to write, a UTC date-time, instead of now (for reproducible files).", valueName: "utc"))
        var now: String?
        @OptionGroup var store: StoreOptions

        func run() throws {
            let scope = try scope.scope()
            let options = FeedOptions(host: host.value, timestamp: try LocalDateTime.stamp(now))
            let bytes = try store.open().read { reader in
                try Feed(scope: scope, data: try FeedData(reader)).calendarBytes(options)
            }
            guard let output else {
                FileHandle.standardOutput.write(Data(bytes))
                return
            }
            try Data(bytes).write(to: URL(fileURLWithPath: output), options: .atomic)
        }
    }
}
