import ArgumentParser
import Bookings
import CivilTime
import Foundation
import ICalendar

/// Builds the all-venues feed of a generated large municipality, from the data read to the bytes
/// served: the work a feed request costs when the server's cache misses.
struct FeedBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feed",
        abstract: "Build the all-public feed of a large municipality; prints milliseconds per feed and MB/s."
    )

    @Option(help: "How many rooms (ten to a venue).") var rooms = 200
    @Option(help: "How many booking series over one year; every tenth has a cancelled and a moved date.") var bookings = 5_000
    @Option(help: "Build the feed this many times.") var repeats = 20

    func run() throws {
        let data = try Self.municipality(rooms: rooms, bookings: bookings)
        let options = FeedOptions(timestamp: try LocalDateTime(iso: "2027-01-10T08:00:00"))
        var bytes = 0
        var events = 0
        let clock = ContinuousClock()
        let warmup = try Feed(scope: .all, data: data)
        events = try warmup.document(options).components.count
        let cpuBefore = Self.cpuSeconds()
        let elapsed = try clock.measure {
            for _ in 0..<repeats {
                bytes = try Feed(scope: .all, data: data).calendarBytes(options).count
            }
        }
        let cpuPerFeed = (Self.cpuSeconds() - cpuBefore) / Double(repeats)
        let perFeed = Self.seconds(elapsed) / Double(repeats)
        // The same work in its three parts, in CPU time: choosing and preparing the series (rules parsed,
        // zones found), the events (expansion, EXDATEs, overrides) and the text.
        var feed = warmup
        let seriesTime = try Self.cpu { for _ in 0..<repeats { feed = try Feed(scope: .all, data: data) } }
        var document = try feed.document(options)
        let eventsTime = try Self.cpu { for _ in 0..<repeats { document = try feed.document(options) } }
        let textTime = try Self.cpu { for _ in 0..<repeats { bytes = try ICalendarWriter.bytes(document).count } }
        var occurrences = 0
        let expansionTime = try Self.cpu {
            for _ in 0..<repeats { occurrences = try feed.series.reduce(0) { $0 + (try $1.lifetime().occurrences.count) } }
        }
        print("feed: \(bookings) series in \(rooms) rooms, \(events) components, \(bytes) bytes, built \(repeats) times")
        // CPU time as well as wall time: on a shared machine the wall clock also counts other processes.
        print(String(format: "milliseconds per feed: %.1f wall, %.1f CPU", perFeed * 1000, cpuPerFeed * 1000))
        print(String(format: "MB/s: %.1f", Double(bytes) / perFeed / 1_000_000))
        print(String(format: "of which (CPU): series %.1f ms, events %.1f ms (expanding %d occurrences: %.1f ms), text %.1f ms",
                     seriesTime / Double(repeats) * 1000, eventsTime / Double(repeats) * 1000, occurrences,
                     expansionTime / Double(repeats) * 1000, textTime / Double(repeats) * 1000))
    }

    static func cpu(_ body: () throws -> Void) rethrows -> Double {
        let start = cpuSeconds()
        try body()
        return cpuSeconds() - start
    }

    /// The CPU time this process has used, in seconds.
    static func cpuSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// Venues of ten rooms each, the year's public holidays closing all of them, and weekly series from
    /// `OccurrencesBench`, a fifth of them private and a third tentative.
    static func municipality(rooms roomCount: Int, bookings count: Int) throws -> FeedData {
        let hours = try OpeningHours(parsingLines: ["mon-sun 08:00-22:00"], record: "room")
        var venues: [Venue] = [], rooms: [Room] = [], groups: [Group] = []
        for index in 0..<max(1, roomCount / 10) {
            venues.append(try Venue(slug: Slug(folding: "venue-\(index)"), name: "KS \(index)", address: "Trg \(index), 4000 Kranj"))
        }
        for index in 0..<roomCount {
            rooms.append(try Room(venue: Slug(folding: "venue-\(index % venues.count)"), slug: Slug(folding: "room-\(index)"),
                                  name: "Dvorana \(index)", capacity: 40, openingHours: hours))
        }
        for index in 0..<300 {
            groups.append(try Group(slug: Slug(folding: "group-\(index)"), name: "Društvo \(index)", token: "abcdefghijklmnop\(1000 + index)"))
        }
        let holidays = ["2027-01-01", "2027-02-08", "2027-03-29", "2027-04-27", "2027-05-01", "2027-06-25",
                        "2027-08-15", "2027-10-31", "2027-11-01", "2027-12-25", "2027-12-26"]
        let closures = try holidays.map { try Closure(scope: .everywhere, firstDay: LocalDate(iso: $0), reason: "Praznik") }
        let first = try LocalDate(iso: "2027-01-04")
        let series = try (0..<count).map { index in
            var booking = try OccurrencesBench.booking(index, first: first)
            booking.room = RoomRef(venue: Slug(folding: "venue-\(index % roomCount % venues.count)"), room: Slug(folding: "room-\(index % roomCount)"))
            booking.isPublic = index % 5 != 0
            booking.state = index % 3 == 0 ? .tentative : .approved
            booking.description = "Redno srečanje skupine \(index)."
            return booking
        }
        let stamp = try LocalDateTime(iso: "2026-12-01T09:00:00")
        let times = Dictionary(uniqueKeysWithValues: series.compactMap(\.id).map { ($0, RecordTimes(created: stamp, modified: stamp)) })
        return FeedData(venues: venues, rooms: rooms, groups: groups, closures: closures, bookings: series, times: times)
    }
}
