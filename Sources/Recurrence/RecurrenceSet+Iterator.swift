import CivilTime

extension RecurrenceSet {
    /// Merges the rule's occurrences with the RDATEs, drops EXDATEs and duplicates, stops at the window end.
    public struct Iterator: IteratorProtocol {
        private var rule: RuleIterator?
        private var pending: Int64?
        private let additions: [Int64]
        private var additionIndex: Int
        private let exclusions: [Int64]
        private var exclusionIndex: Int
        private let upper: Int64
        private var last = Int64.min

        init(set: RecurrenceSet, from: LocalDateTime?, to: LocalDateTime?) {
            if let plan = set.plan {
                rule = RuleIterator(plan: plan, from: from, to: to, until: Self.untilLimit(set: set))
            }
            let lower = from?.secondsSinceEpoch ?? Int64.min
            additions = set.sortedAdditions
            additionIndex = Self.firstIndex(in: additions, notBelow: lower)
            exclusions = set.sortedExclusions
            exclusionIndex = Self.firstIndex(in: exclusions, notBelow: lower)
            upper = to?.secondsSinceEpoch ?? Int64.max
        }

        private static func untilLimit(set: RecurrenceSet) -> RuleIterator.UntilLimit {
            switch set.rule?.until {
            case .none: return .none
            case .date(let date): return .local(Int64(date.dayNumber) * 86_400 + 86_399)
            case .local(let value): return .local(value.secondsSinceEpoch)
            case .utc(let value):
                guard let zone = set.zone else { return .local(value.secondsSinceEpoch) }
                return .utc(value.secondsSinceEpoch, zone.makeConverter())
            }
        }

        private static func firstIndex(in sorted: [Int64], notBelow value: Int64) -> Int {
            var low = 0
            var high = sorted.count
            while low < high {
                let middle = (low + high) / 2
                if sorted[middle] < value { low = middle + 1 } else { high = middle }
            }
            return low
        }

        /// The next occurrence, or nil after the last one in the window.
        public mutating func next() -> LocalDateTime? {
            while true {
                if pending == nil && rule != nil {
                    pending = rule?.next()?.secondsSinceEpoch
                    if pending == nil { rule = nil }
                }
                let addition = additionIndex < additions.count ? additions[additionIndex] : nil
                let value: Int64
                switch (pending, addition) {
                case (nil, nil):
                    return nil
                case (let ruled?, let added?) where added < ruled:
                    value = added
                    additionIndex += 1
                case (let ruled?, _):
                    value = ruled
                    pending = nil
                case (nil, let added?):
                    value = added
                    additionIndex += 1
                }
                if value >= upper {
                    rule = nil
                    pending = nil
                    additionIndex = additions.count
                    return nil
                }
                if value <= last { continue }
                last = value
                while exclusionIndex < exclusions.count && exclusions[exclusionIndex] < value { exclusionIndex += 1 }
                if exclusionIndex < exclusions.count && exclusions[exclusionIndex] == value { continue }
                return LocalDateTime(secondsSinceEpoch: value)
            }
        }
    }
}
