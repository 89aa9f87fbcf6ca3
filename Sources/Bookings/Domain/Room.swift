/// A bookable space of a venue, with the people it holds, what it offers and when it is open.
public struct Room: Hashable, Sendable, Codable {
    public var venue: Slug
    public var slug: Slug
    public var name: String
    public var capacity: Int
    /// Feature words in slug form, sorted: `kitchen`, `piano`, `projector`, `step-free`.
    public var features: [String]
    public var openingHours: OpeningHours

    public var ref: RoomRef { RoomRef(venue: venue, room: slug) }

    public init(venue: Slug, slug: Slug? = nil, name: String, capacity: Int, features: [String] = [],
                openingHours: OpeningHours) throws(InvalidValue) {
        let record = "room \"\(name)\""
        self.venue = venue
        self.name = try requireText(name, record: record, field: "name")
        self.slug = try slugOrDerived(slug, from: name, record: record)
        self.capacity = try requireAtMost(requirePositive(capacity, record: record, field: "capacity"), maximumPeople,
                                          record: record, field: "capacity")
        self.features = try normalisedFeatures(features, record: record)
        self.openingHours = openingHours
    }

    /// The features a request needs that this room lacks, sorted.
    public func missingFeatures(_ needed: [String]) -> [String] {
        let have = Set(features)
        return needed.filter { !have.contains($0) }.sorted()
    }
}
