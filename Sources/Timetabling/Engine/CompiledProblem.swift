/// A problem flattened into index arrays for the hot loop; immutable and shared by all searches.
final class CompiledProblem: Sendable {
    let problem: Problem
    let slotsPerDay: Int
    let slotCount: Int
    let dayCount: Int
    let roomCount: Int
    let activityCount: Int
    let sessionCount: Int

    let sessionActivity: [Int32]
    let firstSession: [Int32]
    let duration: [Int32]
    let allUnitDuration: Bool

    /// Week patterns are interned: `patternOf[a]` indexes `patternBits`, `overlapping` lists intersecting ids.
    let patternOf: [Int32]
    let patternBits: [UInt64]
    let overlapping: FlatLists

    let setsOfActivity: FlatLists
    let activitiesOfSet: FlatLists
    let setCount: Int
    let setCompact: [Bool]

    let ownerOf: [Int32]
    let ownerCount: Int
    let ownerMinimumDays: [Int32]
    let ownerNames: [String]
    let groupOf: [Int32]
    let groupCount: Int
    let groupNames: [String]

    let siteWeights: SiteWeightTables
    let context: UnaryContext
    /// Per activity, the rooms and starts it may use and their unary costs.
    let places: CandidatePlaces
    /// Per activity, the (room * slotCount + start) codes it may take (see `allows`); `places.domain`,
    /// stored here so that the hot loop reads it without copying it out of `places`.
    let domain: FlatLists

    let layout: CounterLayout
    let pinned: [Bool]
    let pinnedRoom: [Int32]
    let pinnedStart: [Int32]
    let previousRoom: [Int32]
    let previousStart: [Int32]

    init(_ problem: Problem) {
        self.problem = problem
        let grid = problem.grid
        slotsPerDay = grid.slotsPerDay
        slotCount = grid.slotCount
        dayCount = grid.days
        roomCount = problem.rooms.count
        activityCount = problem.activities.count

        var sessionActivity: [Int32] = []
        var firstSession: [Int32] = []
        for (index, activity) in problem.activities.enumerated() {
            firstSession.append(Int32(sessionActivity.count))
            sessionActivity += Array(repeating: Int32(index), count: activity.sessions)
        }
        firstSession.append(Int32(sessionActivity.count))
        self.sessionActivity = sessionActivity
        self.firstSession = firstSession
        sessionCount = sessionActivity.count
        duration = problem.activities.map { Int32($0.duration) }
        allUnitDuration = problem.activities.allSatisfy { $0.duration == 1 }

        var patternIds: [UInt64: Int32] = [:]
        var patternBits: [UInt64] = []
        patternOf = problem.activities.map { activity in
            if let id = patternIds[activity.weeks.bits] { return id }
            let id = Int32(patternBits.count)
            patternIds[activity.weeks.bits] = id
            patternBits.append(activity.weeks.bits)
            return id
        }
        self.patternBits = patternBits
        overlapping = FlatLists(patternBits.map { bits in
            patternBits.indices.filter { patternBits[$0] & bits != 0 }.map { Int32($0) }
        })

        let sets = CompiledProblem.conflictSets(of: problem)
        setCount = sets.count
        setCompact = sets.map(\.compact)
        activitiesOfSet = FlatLists(sets.map { Set($0.activities).sorted().map { Int32($0) } })
        var setsOfActivity = Array(repeating: [Int32](), count: problem.activities.count)
        for (index, set) in sets.enumerated() {
            for activity in Set(set.activities) { setsOfActivity[activity].append(Int32(index)) }
        }
        self.setsOfActivity = FlatLists(setsOfActivity)

        let owners = Interner(problem.activities.map { $0.owner ?? $0.id })
        ownerOf = owners.ids
        ownerCount = owners.names.count
        ownerNames = owners.names
        var minimumDays = Array(repeating: Int32(0), count: owners.names.count)
        for (index, activity) in problem.activities.enumerated() {
            minimumDays[Int(owners.ids[index])] = max(minimumDays[Int(owners.ids[index])], Int32(activity.minimumDays))
        }
        ownerMinimumDays = minimumDays
        let groups = Interner(problem.activities.map { $0.group ?? $0.id })
        groupOf = groups.ids
        groupCount = groups.names.count
        groupNames = groups.names

        let siteWeights = SiteWeightTables(
            problem, ownerOf: owners.ids, ownerCount: owners.names.count, activitiesOfSet: sets.map(\.activities))
        self.siteWeights = siteWeights
        let context = UnaryContext(problem)
        self.context = context
        places = CandidatePlaces(
            context: context, activityCount: problem.activities.count,
            constraints: ConstraintCatalog.unaryConstraints(problem.settings, siteWeights))
        domain = places.domain

        layout = CounterLayout(
            rooms: roomCount, slots: slotCount, patterns: patternBits.count, sets: sets.count, owners: owners.names.count,
            days: grid.days)
        var pinned = Array(repeating: false, count: sessionCount)
        var pinnedRoom = Array(repeating: Int32(-1), count: sessionCount)
        var pinnedStart = Array(repeating: Int32(-1), count: sessionCount)
        for placement in problem.pinned {
            let session = Int(firstSession[placement.activity]) + placement.session
            pinned[session] = true
            pinnedRoom[session] = Int32(placement.room)
            pinnedStart[session] = Int32(placement.start)
        }
        self.pinned = pinned
        self.pinnedRoom = pinnedRoom
        self.pinnedStart = pinnedStart
        var previousRoom = Array(repeating: Int32(-1), count: sessionCount)
        var previousStart = Array(repeating: Int32(-1), count: sessionCount)
        for placement in problem.previousPlan {
            let session = Int(firstSession[placement.activity]) + placement.session
            previousRoom[session] = Int32(placement.room)
            previousStart[session] = Int32(placement.start)
        }
        self.previousRoom = previousRoom
        self.previousStart = previousStart
    }

    /// The explicit sets, plus one per multi-session activity no set covers, so its own sessions never overlap.
    private static func conflictSets(of problem: Problem) -> [ConflictSet] {
        var covered = Set<Int>()
        for set in problem.conflictSets { covered.formUnion(set.activities) }
        var sets = problem.conflictSets
        for (index, activity) in problem.activities.enumerated() where activity.sessions > 1 && !covered.contains(index) {
            sets.append(ConflictSet(name: activity.id, activities: [index]))
        }
        return sets
    }

    @inline(__always) func activity(of session: Int) -> Int { Int(sessionActivity[session]) }
    /// Whether activity `a` may start in `room` at `start`: no hard unary rule refuses it.
    @inline(__always) func allows(_ a: Int, room: Int, start: Int) -> Bool { places.allows(a, room: room, start: start) }
    @inline(__always) func day(of slot: Int) -> Int { slot / slotsPerDay }
}

/// Lists of Int32 stored end to end, with offsets: no nested arrays in the hot loop.
struct FlatLists: Sendable {
    let offsets: [Int32]
    let items: [Int32]

    init(_ lists: [[Int32]]) {
        var offsets: [Int32] = [0]
        var items: [Int32] = []
        for list in lists {
            items += list
            offsets.append(Int32(items.count))
        }
        self.offsets = offsets
        self.items = items
    }

    @inline(__always) func range(_ index: Int) -> Range<Int> { Int(offsets[index])..<Int(offsets[index + 1]) }
    @inline(__always) func count(_ index: Int) -> Int { Int(offsets[index + 1] - offsets[index]) }
}

/// Gives dense ids to names in order of first appearance.
struct Interner {
    var ids: [Int32] = []
    var names: [String] = []

    init(_ values: [String]) {
        var seen: [String: Int32] = [:]
        for value in values {
            if let id = seen[value] {
                ids.append(id)
            } else {
                let id = Int32(names.count)
                seen[value] = id
                names.append(value)
                ids.append(id)
            }
        }
    }
}
