/// A bookable space: how many people it holds and what it offers.
public struct Room: Sendable, Hashable {
    /// Readable identifier used in plans and explanations.
    public var id: String
    /// Number of people the room holds.
    public var capacity: Int
    /// Features such as "projector" or "kitchen".
    public var features: Set<String>

    /// Creates a room.
    public init(id: String, capacity: Int, features: Set<String> = []) {
        self.id = id
        self.capacity = capacity
        self.features = features
    }
}
