import ArgumentParser
import Bookings
import CivilTime
import Foundation

/// Finds the conflicts among about a million generated occurrences: weekly series over a year in many
/// rooms, with buffers, holidays and some clashes; prints the time of the search itself (the sweep,
/// closures, opening hours and grouping into conflicts) apart from the expansion of the rules.
struct ConflictsBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflicts",
        abstract: "Find conflicts among about a million occurrences; prints the time of the search."
    )

    @Option(help: "About how many occurrences to generate.") var occurrences = 1_000_000
    @Option(help: "How many rooms they are spread over (10 per venue).") var rooms = 1_000
    @Option(help: "Repeat the search this many times and report the fastest.") var repeats = 3

    func run() throws {
        let first = try LocalDate(iso: "2027-01-04"), last = try LocalDate(iso: "2027-12-31")
        let roomList = try (0..<rooms).map { index in
            try Room(venue: Slug(folding: "venue-\(index / 10)"), slug: Slug(folding: "room-\(index % 10)"), name: "Room \(index)",
                     capacity: 40, openingHours: .daily(try TimeRange(parsing: "08:00-22:00")))
        }
        let venues = Set(roomList.map(\.venue))
        let policies = try venues.map { try VenuePolicy(venue: $0, bufferMinutes: 10) }
        let holidays = try ["2027-02-08", "2027-04-27", "2027-05-01", "2027-06-25", "2027-08-15", "2027-10-31", "2027-11-01", "2027-12-25"]
            .map { try Closure(scope: .everywhere, firstDay: LocalDate(iso: $0), reason: "Praznik") }
        let finder = ConflictFinder(rooms: roomList, closures: holidays, requests: [], policies: policies, zones: [:])
        let series = occurrences / 52
        var random = SystemRandomNumberGenerator()
        let bookings = try (0..<series).map { index in
            try Self.booking(index, room: roomList[index % rooms].ref, first: first, using: &random)
        }
        let clock = ContinuousClock()
        var expanded: [BookedOccurrence] = []
        let expansion = try clock.measure { expanded = try finder.occurrences(of: bookings, from: first, through: last) }
        var best = Duration.seconds(1_000)
        var found: [Conflict] = []
        for _ in 0..<repeats {
            let elapsed = clock.measure { found = finder.conflicts(in: expanded, of: bookings) }
            best = min(best, elapsed)
        }
        let counts = Dictionary(grouping: found, by: \.kind).mapValues(\.count)
        print("conflicts: \(expanded.count) occurrences of \(series) weekly series in \(rooms) rooms over \(first) to \(last)")
        print("expansion of the rules: \(Self.seconds(expansion)) s")
        print("conflict search (fastest of \(repeats)): \(Self.seconds(best)) s")
        print("found: " + Conflict.Kind.allCases.map { "\(counts[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", "))
    }

    static func seconds(_ duration: Duration) -> String {
        String(format: "%.3f", Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18)
    }

    /// A weekly series in its room on a random weekday, at a random quarter hour between 08:00 and 20:00,
    /// 60 to 120 minutes long; groups are shared by about five series each.
    static func booking(_ index: Int, room: RoomRef, first: LocalDate, using random: inout SystemRandomNumberGenerator) throws -> Booking {
        let day = first.adding(days: Int.random(in: 0..<7, using: &random))
        let minute = 8 * 60 + 15 * Int.random(in: 0..<48, using: &random)
        let start = LocalDateTime(date: day, time: LocalTime(secondOfDay: minute * 60))
        return try Booking(id: Int64(index + 1), room: room, group: Slug(folding: "group-\(index / 5)"), title: "Series \(index)",
                           start: start, durationMinutes: 60 + 15 * Int.random(in: 0...4, using: &random),
                           recurrence: "FREQ=WEEKLY;COUNT=52", state: index % 4 == 0 ? .tentative : .approved)
    }
}
