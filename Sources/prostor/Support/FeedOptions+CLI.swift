import ArgumentParser
import Bookings
import CivilTime
import Foundation

/// `--room R | --venue V | --group G | --all`: which feed a command is about.
struct ScopeOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The feed of one room, as venue/room.", valueName: "room")) var room: String?
    @Option(help: ArgumentHelp("The feed of one venue (KS).", valueName: "venue")) var venue: String?
    @Option(help: ArgumentHelp("A group's own feed, with its private bookings in full.", valueName: "group")) var group: String?
    @Flag(help: "The feed of every public activity of all venues.") var all = false

    func validate() throws {
        let given = [room != nil, venue != nil, group != nil, all].filter { $0 }.count
        guard given == 1 else {
            throw ValidationError("give exactly one of --room, --venue, --group or --all")
        }
    }

    func scope() throws -> FeedScope {
        if let room { return .room(try RoomRef(parsing: room, record: "feed", field: "room")) }
        if let venue { return .venue(try parseSlug(venue, record: "feed", field: "venue")) }
        if let group { return .group(try parseSlug(group, record: "feed", field: "group")) }
        return .all
    }
}

/// `--host H`: the host in every UID of a feed.
struct HostOption: ParsableArguments {
    @Option(help: ArgumentHelp("The host in the events' UIDs (booking-<id>@<host>); else PROSTOR_HOST, else prostor.local. Keep it for the life of the installation, since calendars recognise events by UID.", valueName: "host"))
    var host: String?

    var value: String { Self.resolve(host) }

    /// The given host, else PROSTOR_HOST, else prostor.local.
    static func resolve(_ host: String?) -> String {
        host ?? ProcessInfo.processInfo.environment["PROSTOR_HOST"].flatMap { $0.isEmpty ? nil : $0 } ?? FeedOptions.defaultHost
    }
}

extension LocalDateTime {
    /// The current time in UTC, whole seconds, for DTSTAMP.
    static func nowUTC() -> LocalDateTime {
        LocalDateTime(secondsSinceEpoch: Int64(Date().timeIntervalSince1970.rounded(.down)))
    }

    /// `--now 2027-01-10T08:00:00` for reproducible output; else the clock.
    static func stamp(_ text: String?) throws -> LocalDateTime {
        guard let text else { return nowUTC() }
        do {
            return try LocalDateTime(iso: text)
        } catch {
            throw InvalidValue(record: "feed", field: "now", value: text, rule: "must be a UTC date-time like \"2027-01-10T08:00:00\"")
        }
    }
}
