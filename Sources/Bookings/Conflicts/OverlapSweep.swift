/// One occurrence reduced to what an overlap sweep compares: the lane it runs in (a room, or a group),
/// its civil start and end in minutes, the booking it belongs to, and its place in the caller's list.
public struct SweepItem: Hashable, Sendable {
    public var lane: Int32
    public var start: Int64
    public var end: Int64
    /// Occurrences of the same owner never count as clashing with each other.
    public var owner: Int32
    public var index: Int32

    public init(lane: Int32, start: Int64, end: Int64, owner: Int32, index: Int32) {
        self.lane = lane
        self.start = start
        self.end = end
        self.owner = owner
        self.index = index
    }
}

/// A pair of clashing occurrences, by their `SweepItem.index`, the smaller first.
public struct SweepPair: Hashable, Sendable, Comparable {
    public var first: Int32
    public var second: Int32

    public init(_ a: Int32, _ b: Int32) {
        first = min(a, b)
        second = max(a, b)
    }

    public static func < (lhs: SweepPair, rhs: SweepPair) -> Bool { (lhs.first, lhs.second) < (rhs.first, rhs.second) }
}

/// Finds every pair of occurrences in one lane that overlap, counting `gap[lane]` minutes that must stay
/// free between them: sorted by (lane, start), each occurrence is compared only with those still running
/// (end + gap after its start), so the work is O(n log n + pairs) rather than all pairs.
public enum OverlapSweep {
    public static func pairs(_ items: [SweepItem], gap: [Int64]) -> [SweepPair] {
        var sorted = items
        sorted.sort { $0.lane != $1.lane ? $0.lane < $1.lane : $0.start < $1.start }
        var result: [SweepPair] = []
        var active: [SweepItem] = []
        active.reserveCapacity(64)
        var lane = Int32.min
        for item in sorted {
            if item.lane != lane {
                active.removeAll(keepingCapacity: true)
                lane = item.lane
            }
            let laneGap = gap.indices.contains(Int(item.lane)) ? gap[Int(item.lane)] : 0
            // Those that ended (with their gap) by this start cannot clash with it or any later one,
            // since later ones start no earlier.
            active.removeAll { $0.end + laneGap <= item.start }
            for earlier in active where earlier.owner != item.owner {
                result.append(SweepPair(earlier.index, item.index))
            }
            active.append(item)
        }
        return result
    }

    /// Every pair compared with every other: the plain reference the sweep is tested against.
    public static func pairsByComparingAll(_ items: [SweepItem], gap: [Int64]) -> [SweepPair] {
        var result: [SweepPair] = []
        for (i, a) in items.enumerated() {
            for b in items[(i + 1)...] where a.lane == b.lane && a.owner != b.owner {
                let laneGap = gap.indices.contains(Int(a.lane)) ? gap[Int(a.lane)] : 0
                if a.start < b.end + laneGap && b.start < a.end + laneGap { result.append(SweepPair(a.index, b.index)) }
            }
        }
        return result
    }
}
