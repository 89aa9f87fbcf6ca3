/// Targeted choices of start and room that aim at the soft constraints, mixed into the random moves.
extension LocalSearch {
    /// A start next to a random placed session of one of the activity's compact sets, for compactness.
    mutating func guidedStart(_ a: Int) -> Int? {
        let p = evaluator.p
        let sets = p.setsOfActivity.range(a)
        guard !sets.isEmpty else { return nil }
        let set = Int(p.setsOfActivity.items[sets.lowerBound + rng.below(sets.count)])
        guard p.setCompact[set] else { return nil }
        let members = p.activitiesOfSet.range(set)
        let b = Int(p.activitiesOfSet.items[members.lowerBound + rng.below(members.count)])
        let first = Int(p.firstSession[b])
        let count = Int(p.firstSession[b + 1]) - first
        guard count > 0 else { return nil }
        let anchor = Int(state.start[first + rng.below(count)])
        guard anchor >= 0 else { return nil }
        let candidate = rng.below(2) == 0 ? anchor - Int(p.duration[a]) : anchor + Int(p.duration[b])
        guard candidate >= 0, candidate < p.slotCount, p.day(of: candidate) == p.day(of: anchor) else { return nil }
        return candidate
    }

    /// A start on a day the activity's owner does not use yet, when it uses too few days.
    mutating func emptyDayStart(_ a: Int) -> Int? {
        let p = evaluator.p
        let owner = Int(p.ownerOf[a])
        guard state.ownerDistinctDays(owner) < p.ownerMinimumDays[owner] else { return nil }
        var chosen = -1
        var seen = 0
        for day in 0..<p.dayCount where state.ownerDayCount(owner * p.dayCount + day) == 0 {
            seen += 1
            if rng.below(seen) == 0 { chosen = day }
        }
        guard chosen >= 0 else { return nil }
        return chosen * p.slotsPerDay + rng.below(p.slotsPerDay - Int(p.duration[a]) + 1)
    }

    /// The room of another placed session of the same owner, for room stability.
    mutating func siblingRoom(_ session: Int) -> Int? {
        let p = evaluator.p
        let a = p.activity(of: session)
        let first = Int(p.firstSession[a])
        let count = Int(p.firstSession[a + 1]) - first
        let room = state.room[first + rng.below(count)]
        return room >= 0 ? Int(room) : nil
    }
}
