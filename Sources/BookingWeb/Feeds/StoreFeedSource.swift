import Bookings
import CivilTime

/// The feeds of the store, built by Bookings' `Feed`: what `prostor export ics` writes, served by address.
public struct StoreFeedSource: FeedSource {
    let storage: any BookingStorage
    let host: String

    /// `host` goes into every event's UID and must stay the same for the life of an installation.
    public init(storage: any BookingStorage, host: String? = nil) {
        self.storage = storage
        self.host = host ?? FeedOptions.defaultHost
    }

    public func calendar(for address: FeedAddress) throws -> [UInt8]? {
        try storage.read { reader in
            let data = try FeedData(reader)
            let scope: FeedScope
            switch address {
            case .all: scope = .all
            case .venue(let slug): scope = .venue(slug)
            case .room(let ref): scope = .room(ref)
            case .group(let token):
                guard let group = data.groups.values.first(where: { Self.sameToken($0.token, token) }) else { return nil }
                scope = .group(group.slug)
            }
            do {
                try data.check(scope)
            } catch {
                return nil
            }
            let feed = try Feed(scope: scope, data: data)
            return try feed.calendarBytes(FeedOptions(host: host, timestamp: Self.stamp(of: feed, data: data)))
        }
    }

    /// DTSTAMP: when the feed's newest booking last changed, so that the same data gives the same bytes
    /// and the server's ETag stays put until something changes. An empty feed has a fixed stamp.
    static func stamp(of feed: Feed, data: FeedData) -> LocalDateTime {
        let times = feed.allSeries.compactMap { $0.booking.id.flatMap { data.times[$0]?.modified } }
        return times.max() ?? LocalDateTime(secondsSinceEpoch: 0)
    }

    /// Compares tokens without stopping at the first difference, so timing tells nothing about them.
    static func sameToken(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
