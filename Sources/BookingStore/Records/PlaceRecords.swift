import Bookings
import Foundation
import GRDB

/// A row of `venue`.
struct VenueRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "venue"
    enum Columns {
        static let slug = Column(CodingKeys.slug)
    }

    var id: Int64?
    var slug: String
    var name: String
    var address: String
    var timeZone: String
    var admins: [String]

    init(_ venue: Venue, id: Int64?) {
        self.id = id
        slug = venue.slug.value
        name = venue.name
        address = venue.address
        timeZone = venue.timeZone
        admins = venue.admins
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    func venue() throws -> Venue {
        try Venue(slug: Slug(validating: slug, record: "stored venue", field: "slug"), name: name,
                  address: address, timeZone: timeZone, admins: admins)
    }
}

/// A row of `room`, joined with its venue's slug when read.
struct RoomRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "room"
    enum Columns {
        static let venueId = Column(CodingKeys.venueId)
        static let slug = Column(CodingKeys.slug)
    }

    var id: Int64?
    var venueId: Int64
    var slug: String
    var name: String
    var capacity: Int
    var features: [String]
    var openingHours: OpeningHours

    init(_ room: Room, id: Int64?, venueId: Int64) {
        self.id = id
        self.venueId = venueId
        slug = room.slug.value
        name = room.name
        capacity = room.capacity
        features = room.features
        openingHours = room.openingHours
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    func room(venue: Slug) throws -> Room {
        try Room(venue: venue, slug: Slug(validating: slug, record: "stored room", field: "slug"), name: name,
                 capacity: capacity, features: features, openingHours: openingHours)
    }
}

/// A row of `closure`; a closure of all venues has neither venue nor room.
struct ClosureRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "closure"

    var id: Int64?
    var venueId: Int64?
    var roomId: Int64?
    var firstDay: String
    var lastDay: String
    var hours: String?
    var reason: String

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A row of `term`.
struct TermRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "term"
    enum Columns {
        static let slug = Column(CodingKeys.slug)
    }

    var id: Int64?
    var slug: String
    var name: String
    var firstDay: String
    var lastDay: String

    init(_ term: Term, id: Int64?) {
        self.id = id
        slug = term.slug.value
        name = term.name
        firstDay = term.firstDay.description
        lastDay = term.lastDay.description
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A row of `group` (a quoted name in SQL; GRDB quotes every identifier).
struct GroupRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "group"
    enum Columns {
        static let slug = Column(CodingKeys.slug)
    }

    var id: Int64?
    var slug: String
    var name: String
    var kind: String
    var contactName: String
    var email: String
    var phone: String
    var token: String
    var language: String

    init(_ group: Group, id: Int64?) {
        self.id = id
        slug = group.slug.value
        name = group.name
        kind = group.kind
        contactName = group.contactName
        email = group.email
        phone = group.phone
        token = group.token
        language = group.language
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    func group() throws -> Group {
        try Group(slug: Slug(validating: slug, record: "stored group", field: "slug"), name: name, kind: kind,
                  contactName: contactName, email: email, phone: phone, language: language, token: token)
    }
}
