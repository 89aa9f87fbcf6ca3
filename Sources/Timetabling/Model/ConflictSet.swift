/// Activities that share people, so no two of their sessions may overlap in time (in a shared week).
public struct ConflictSet: Sendable, Hashable {
    /// Readable name, e.g. a teacher, a curriculum or a choir.
    public var name: String
    /// Activity indices in the set.
    public var activities: [Int]
    /// Whether the set's sessions should also sit next to each other in a day (compactness, soft).
    public var compact: Bool

    /// Creates a conflict set.
    public init(name: String, activities: [Int], compact: Bool = false) {
        self.name = name
        self.activities = activities
        self.compact = compact
    }
}
