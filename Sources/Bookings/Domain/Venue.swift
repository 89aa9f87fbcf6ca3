/// One krajevna skupnost (KS): a community hall with an address and the time zone its activities keep.
public struct Venue: Hashable, Sendable, Codable {
    public var slug: Slug
    /// The name as the KS writes it, e.g. `KS Zlato polje`.
    public var name: String
    public var address: String
    /// The IANA time-zone identifier in which the venue's civil times are meant.
    public var timeZone: String
    /// The e-mail addresses of the KS's administrators, told of every request for the venue (setup file
    /// `admins:`, `prostor venue edit --admins`). Never shown on public pages.
    public var admins: [String]

    public static let defaultTimeZone = "Europe/Ljubljana"

    /// Validates the fields; the slug defaults to the folded name.
    public init(slug: Slug? = nil, name: String, address: String, timeZone: String = Venue.defaultTimeZone,
                admins: [String] = []) throws(InvalidValue) {
        let record = "venue \"\(name)\""
        self.name = try requireText(name, record: record, field: "name")
        self.slug = try slugOrDerived(slug, from: name, record: record)
        self.address = address.trimmingWhitespace()
        self.timeZone = try requireTimeZone(timeZone, record: record)
        var seen: [String] = []
        for typed in admins {
            let address = typed.trimmingWhitespace()
            guard Group.looksLikeEmail(address) else {
                throw InvalidValue(record: record, field: "admins", value: typed, rule: "must be an e-mail address like \"ime@primer.si\"")
            }
            if !seen.contains(where: { $0.lowercased() == address.lowercased() }) { seen.append(address) }
        }
        self.admins = seen
    }
}

/// A reference to a room by its venue's slug and its own: `zlato-polje/velika-dvorana`.
public struct RoomRef: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public var venue: Slug
    public var room: Slug

    public init(venue: Slug, room: Slug) {
        self.venue = venue
        self.room = room
    }

    /// Parses `venue/room`, the form in which users name rooms everywhere.
    public init(parsing text: String, record: String = "", field: String = "room") throws(InvalidValue) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 else {
            throw InvalidValue(record: record, field: field, value: text,
                               rule: "must name a venue and a room, like \"golnik/velika-dvorana\"")
        }
        do {
            venue = try Slug(validating: String(parts[0]), record: record, field: field)
            room = try Slug(validating: String(parts[1]), record: record, field: field)
        } catch {
            // The message repeats the whole reference as typed, with the whole reference it should be.
            let folded = parts.map { Slug(folding: String($0)).value }
            let example = folded.contains("") ? "golnik/velika-dvorana" : folded.joined(separator: "/")
            throw InvalidValue(record: record, field: field, value: text,
                               rule: "must be lower-case letters, digits and hyphens, like \"\(example)\"")
        }
    }

    public var description: String { "\(venue)/\(room)" }
    public static func < (lhs: RoomRef, rhs: RoomRef) -> Bool { lhs.description < rhs.description }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = try RoomRef(parsing: text)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
