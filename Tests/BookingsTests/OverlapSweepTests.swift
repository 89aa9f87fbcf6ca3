import Bookings
import Testing

/// The sweep must find exactly the pairs that comparing every occurrence with every other finds.
@Suite struct OverlapSweepTests {
    /// A small deterministic generator, so that a failure can be replayed from its seed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func items(count: Int, lanes: Int32, owners: Int32, seed: UInt64) -> [SweepItem] {
        var random = SplitMix(state: seed)
        return (0..<count).map { index in
            let start = Int64.random(in: 0..<2_000, using: &random) * 15
            let length = Int64.random(in: 1...12, using: &random) * 15
            return SweepItem(lane: Int32.random(in: 0..<lanes, using: &random), start: start, end: start + length,
                             owner: Int32.random(in: 0..<owners, using: &random), index: Int32(index))
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func theSweepFindsExactlyThePairsThatComparingAllPairsFinds(seed: UInt64) {
        let items = Self.items(count: 1_500, lanes: 12, owners: 90, seed: seed)
        let gaps: [Int64] = (0..<12).map { Int64($0 % 4) * 10 }
        let swept = OverlapSweep.pairs(items, gap: gaps).sorted()
        let reference = OverlapSweep.pairsByComparingAll(items, gap: gaps).sorted()
        #expect(!reference.isEmpty)
        #expect(swept == reference)
    }

    @Test func aBufferMakesBackToBackBookingsClash() {
        let items = [SweepItem(lane: 0, start: 0, end: 90, owner: 0, index: 0),
                     SweepItem(lane: 0, start: 90, end: 180, owner: 1, index: 1)]
        #expect(OverlapSweep.pairs(items, gap: [0]).isEmpty)
        #expect(OverlapSweep.pairs(items, gap: [15]) == [SweepPair(0, 1)])
        #expect(OverlapSweep.pairs(items, gap: [15]) == OverlapSweep.pairsByComparingAll(items, gap: [15]))
    }

    @Test func occurrencesOfOneBookingOrOfDifferentRoomsNeverClash() {
        let items = [SweepItem(lane: 0, start: 0, end: 90, owner: 0, index: 0),
                     SweepItem(lane: 0, start: 30, end: 120, owner: 0, index: 1),
                     SweepItem(lane: 1, start: 30, end: 120, owner: 2, index: 2)]
        #expect(OverlapSweep.pairs(items, gap: [0, 0]).isEmpty)
    }
}
