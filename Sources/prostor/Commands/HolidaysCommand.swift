import ArgumentParser
import Bookings

/// `prostor holidays 2027`: Slovenia's work-free days of a year, which every venue is closed on unless
/// it opts out (`prostor venue edit V --public-holidays open`).
struct HolidaysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "holidays",
        abstract: "List Slovenia's public holidays (work-free days) of a year.",
        discussion: """
            The days of the Zakon o praznikih in dela prostih dnevih, Easter by the Gregorian computus. \
            Every venue is closed on them, all day, in every view (pages, feeds, conflicts, the scheduler, \
            usage), unless `prostor venue edit VENUE --public-holidays open` says otherwise. They are not \
            stored as closures and need not be imported.

            Examples:
              prostor holidays 2027
              prostor holidays 2028 --json
            """
    )

    @Argument(help: "The year, \(supportedYears.lowerBound) to \(supportedYears.upperBound).") var year: Int
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard supportedYears.contains(year) else {
            throw ValidationError("the year must be \(supportedYears.lowerBound) to \(supportedYears.upperBound), got \(year)")
        }
    }

    func run() throws {
        let holidays = PublicHolidays.of(year: year)
        if output.json { return try printJSON(holidays) }
        var table = Table("DATE", "DAY", "HOLIDAY", "IN ENGLISH")
        for holiday in holidays {
            var day = holiday.firstDay
            while day <= holiday.lastDay {
                table.add(day.description, day.weekday.slovenianName, holiday.name, holiday.englishName)
                day = day.adding(days: 1)
            }
        }
        table.print(emptyMessage: "No holidays.")
    }
}
