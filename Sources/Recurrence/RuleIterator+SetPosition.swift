extension RuleIterator {
    /// Applies BYSETPOS to the period's candidates (every day × every time, in order): keeps the listed
    /// positions, counted from 1 or from the end with negatives, each at most once and in time order.
    mutating func selectPositions() {
        guard !plan.setPositions.isEmpty else { return }
        selected.removeAll(keepingCapacity: true)
        let total = days.count * times.count
        guard total > 0 else { return }
        for position in plan.setPositions {
            let index = position > 0 ? position - 1 : total + position
            if index >= 0 && index < total && !selected.contains(index) { selected.append(index) }
        }
        selected.sort()
    }
}
