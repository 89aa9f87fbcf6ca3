/// Weighted hard and soft penalty; lower is better and hard always dominates soft.
public struct Score: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Weighted hard penalty; 0 means every hard rule holds.
    public var hard: Int
    /// Weighted soft penalty.
    public var soft: Int

    /// Creates a score.
    public init(hard: Int, soft: Int) {
        self.hard = hard
        self.soft = soft
    }

    /// The zero score.
    public static let zero = Score(hard: 0, soft: 0)

    /// Whether no hard rule is broken.
    public var isFeasible: Bool { hard == 0 }

    /// Lexicographic: fewer hard first, then fewer soft.
    public static func < (lhs: Score, rhs: Score) -> Bool {
        lhs.hard != rhs.hard ? lhs.hard < rhs.hard : lhs.soft < rhs.soft
    }

    /// Component-wise sum.
    public static func + (lhs: Score, rhs: Score) -> Score { Score(hard: lhs.hard + rhs.hard, soft: lhs.soft + rhs.soft) }

    /// Component-wise difference.
    public static func - (lhs: Score, rhs: Score) -> Score { Score(hard: lhs.hard - rhs.hard, soft: lhs.soft - rhs.soft) }

    /// `hard=H soft=S`, the form the benchmarks print.
    public var description: String { "hard=\(hard) soft=\(soft)" }
}
