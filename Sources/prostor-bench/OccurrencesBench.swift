import ArgumentParser
import Bookings
import CivilTime
import Foundation

/// Expands the bookings of a generated municipality for a year: the work behind conflicts, feeds
/// and agendas, measured as occurrences per second.
struct OccurrencesBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "occurrences",
        abstract: "Expand weekly bookings with exceptions into occurrences; prints occurrences per second."
    )

    @Option(help: "How many booking series.") var bookings = 5_000
    @Option(help: "Repeat the whole expansion this many times.") var repeats = 5

    func run() throws {
        let zone = try ZoneRules(identifier: "Europe/Ljubljana")
        let first = try LocalDate(iso: "2027-01-04"), last = try LocalDate(iso: "2027-12-31")
        let series = try (0..<bookings).map { index in try Self.booking(index, first: first) }
        var total = 0
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            for _ in 0..<repeats {
                for booking in series { total += try booking.occurrences(from: first, through: last, zone: zone).count }
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print("occurrences: \(bookings) weekly series over one year, \(repeats) times: \(total) occurrences in \(String(format: "%.3f", seconds)) s")
        print("occurrences per second: \(Int(Double(total) / seconds))")
    }

    /// A weekly booking on a weekday and hour given by `index`; every tenth has a cancelled and a moved date.
    static func booking(_ index: Int, first: LocalDate) throws -> Booking {
        let day = first.adding(days: index % 5)
        let start = LocalDateTime(date: day, time: LocalTime(secondOfDay: (16 + index % 5) * 3600))
        var exceptions: [OccurrenceException] = []
        if index % 10 == 0 {
            exceptions = [OccurrenceException(originalDate: day.adding(days: 14), change: .cancelled),
                          OccurrenceException(originalDate: day.adding(days: 28), change: .moved(to: start.adding(minutes: 60 * 24 * 29), room: nil))]
        }
        let room = RoomRef(venue: Slug(folding: "venue-\(index % 40)"), room: Slug(folding: "room-\(index % 200)"))
        return try Booking(id: Int64(index), room: room, group: Slug(folding: "group-\(index % 300)"), title: "Series \(index)",
                           start: start, durationMinutes: 90, recurrence: "FREQ=WEEKLY;UNTIL=20271231T235959Z",
                           state: .approved, exceptions: exceptions)
    }
}
