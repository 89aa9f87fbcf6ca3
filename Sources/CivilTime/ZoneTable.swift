import Foundation

/// The precomputed offset intervals of one zone. Interval `k` covers UTC `utc[k-1] ..< utc[k]` (unbounded
/// at both ends) with offset `offsets[k]`; all lookups are binary searches over plain arrays.
final class ZoneTable: Sendable {
    let utc: [Int64]
    let offsets: [Int]
    let isDaylightSaving: [Bool]
    let abbreviations: [String]
    /// `utc[k] + offsets[k]`: the local end of interval k, non-decreasing, for local → UTC searches.
    let localEnds: [Int64]

    /// 2100-01-01T00:00Z and 2500-01-01T00:00Z: the 400-year cycle used beyond the table.
    static let cycleStart = Int64(LocalDate.dayNumber(year: 2100, month: 1, day: 1)) * 86_400
    static let cycleEnd = Int64(LocalDate.dayNumber(year: 2500, month: 1, day: 1)) * 86_400
    static let cycleLength = cycleEnd - cycleStart
    static let tableStart = Int64(LocalDate.dayNumber(year: 1900, month: 1, day: 1)) * 86_400

    init(utc: [Int64], offsets: [Int], isDaylightSaving: [Bool], abbreviations: [String]) {
        self.utc = utc
        self.offsets = offsets
        self.isDaylightSaving = isDaylightSaving
        self.abbreviations = abbreviations
        self.localEnds = utc.indices.map { utc[$0] + Int64(offsets[$0]) }
    }

    /// How many whole 400-year cycles to subtract from an instant at or after 2500 to bring it into the table.
    @inline(__always)
    static func cycles(_ seconds: Int64) -> Int64 {
        seconds < cycleEnd ? 0 : (seconds - cycleStart) / cycleLength
    }

    /// The index of the interval holding a UTC instant.
    func interval(atUTC seconds: Int64) -> Int {
        let key = seconds - Self.cycles(seconds) * Self.cycleLength
        var low = 0
        var high = utc.count
        while low < high {  // count of transitions at or before key
            let middle = (low + high) / 2
            if utc[middle] <= key { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The first interval whose local end is after `local`.
    private func firstInterval(endingAfterLocal local: Int64) -> Int {
        var low = 0
        var high = localEnds.count
        while low < high {
            let middle = (low + high) / 2
            if localEnds[middle] <= local { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Local → UTC with RFC 5545 gap and fold handling (see `ZoneRules.utcSeconds(for:)`).
    func utcSeconds(forLocal local: Int64) -> Int64 {
        let shift = Self.cycles(local) * Self.cycleLength
        let key = local - shift
        let k = firstInterval(endingAfterLocal: key)
        if k == 0 || key >= utc[k - 1] + Int64(offsets[k]) {
            return local - Int64(offsets[k])  // inside interval k, the earliest one that holds it
        }
        // In the gap before interval k: reading it with the earlier offset moves it forward by the gap.
        return local - Int64(offsets[k - 1])
    }

    /// The local range around `local` that maps to one instant with one offset, for `UTCConverter`'s cache;
    /// nil in a gap or beyond the table.
    func unambiguousRange(containingLocal local: Int64) -> (lower: Int64, upper: Int64, offset: Int64)? {
        guard local < Self.cycleEnd else { return nil }
        let k = firstInterval(endingAfterLocal: local)
        let offset = Int64(offsets[k])
        let start = k == 0 ? Int64.min : max(utc[k - 1] + offset, localEnds[k - 1])
        guard local >= start else { return nil }
        let end = k < localEnds.count ? localEnds[k] : Self.cycleEnd
        return (start, min(end, Self.cycleEnd), offset)
    }

    /// The transitions in `from ..< to`, repeating the 2100–2500 cycle past the table.
    func transitions(fromUTC from: Int64, toUTC to: Int64) -> [ZoneTransition] {
        var result: [ZoneTransition] = []
        func add(_ index: Int, shift: Int64) {
            let instant = utc[index] + shift
            guard instant >= from && instant < to else { return }
            result.append(
                ZoneTransition(
                    utcSeconds: instant, offsetBefore: offsets[index], offsetAfter: offsets[index + 1],
                    abbreviation: abbreviations[index + 1], isDaylightSaving: isDaylightSaving[index + 1]))
        }
        for index in utc.indices where utc[index] >= from && utc[index] < to {
            add(index, shift: 0)
        }
        let cycled = utc.indices.filter { utc[$0] >= Self.cycleStart }
        var cycle: Int64 = 1
        while !cycled.isEmpty && Self.cycleStart + cycle * Self.cycleLength < to {
            for index in cycled { add(index, shift: cycle * Self.cycleLength) }
            cycle += 1
        }
        return result
    }
}
