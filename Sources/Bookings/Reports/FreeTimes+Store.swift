import CivilTime

extension FreeTimes {
    /// Reads rooms, the closures in force, bookings, policies and zones from the store and finds the
    /// free times; `now` is the clock in the municipality's zone, for notice and book-ahead limits.
    public init(_ query: FreeTimeQuery, reader: any StoreReader, now: LocalDateTime?) throws {
        let venues = try reader.venues()
        var zones: [Slug: ZoneRules] = [:]
        var policies: [Slug: VenuePolicy] = [:]
        for venue in venues {
            zones[venue.slug] = try References(reader).zone(of: venue.slug)
            policies[venue.slug] = try reader.policy(of: venue.slug)
        }
        let bookings = try reader.bookings()
        try self.init(query, rooms: try reader.rooms(in: nil), closures: try reader.closuresInForce(bookings: bookings),
                      bookings: bookings, policies: policies, zones: zones, now: now)
    }
}
