/// A bookable space: how many people it holds and what it offers.
public struct Room: Sendable, Hashable {
    /// Readable identifier used in plans and explanations.
    public var id: String
    /// Number of people the room holds.
    public var capacity: Int
    /// Features such as "projector" or "kitchen".
    public var features: Set<String>
    /// The site the room belongs to (for community halls, its venue), whose weights its penalties
    /// carry; `nil` for the problem's weights. See `SiteWeightedConstraint`.
    public var site: String?

    /// Creates a room.
    public init(id: String, capacity: Int, features: Set<String> = [], site: String? = nil) {
        self.id = id
        self.capacity = capacity
        self.features = features
        self.site = site
    }
}
