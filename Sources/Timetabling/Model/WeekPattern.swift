/// The term weeks an activity runs in, as a bitset of week indices 0..<64.
///
/// Two sessions compete for a room or a person only if their patterns share a week:
/// `WeekPattern.alternate(weeks: 14, startingAt: 0)` and `startingAt: 1` never clash.
public struct WeekPattern: Sendable, Hashable, CustomStringConvertible {
    /// Bit `w` is set when the activity runs in week `w`.
    public var bits: UInt64

    /// Creates a pattern from raw bits.
    public init(bits: UInt64) { self.bits = bits }

    /// Creates a pattern from week indices (each in 0..<64; others are ignored).
    public init<S: Sequence>(weeks: S) where S.Element == Int {
        var bits: UInt64 = 0
        for week in weeks where week >= 0 && week < 64 { bits |= 1 << UInt64(week) }
        self.bits = bits
    }

    /// Every week (of any term up to 64 weeks).
    public static let every = WeekPattern(bits: .max)

    /// Every other week of a term of `weeks` weeks, starting at week `startingAt` (0 or 1).
    public static func alternate(weeks: Int, startingAt: Int) -> WeekPattern {
        WeekPattern(weeks: stride(from: startingAt, to: weeks, by: 2))
    }

    /// One single week.
    public static func single(_ week: Int) -> WeekPattern { WeekPattern(weeks: [week]) }

    /// Whether the pattern runs in no week at all.
    public var isEmpty: Bool { bits == 0 }

    /// Whether two patterns share at least one week.
    public func intersects(_ other: WeekPattern) -> Bool { bits & other.bits != 0 }

    /// The weeks of both patterns.
    public func intersection(_ other: WeekPattern) -> WeekPattern { WeekPattern(bits: bits & other.bits) }

    /// The weeks of this pattern that are not in `other`.
    public func subtracting(_ other: WeekPattern) -> WeekPattern { WeekPattern(bits: bits & ~other.bits) }

    /// Week indices in ascending order.
    public var weeks: [Int] { (0..<64).filter { bits & (1 << UInt64($0)) != 0 } }

    /// `every week` or the list of week indices.
    public var description: String {
        bits == .max ? "every week" : "weeks " + weeks.map(String.init).joined(separator: ",")
    }
}
