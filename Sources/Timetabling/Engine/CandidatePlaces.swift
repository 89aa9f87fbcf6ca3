/// For each activity, the rooms and the starts its hard unary rules leave open, and the unary cost of
/// every (room, start) among them.
///
/// A unary rule that reads only the room (candidate rooms, features, capacity) or only the start
/// (allowed starts) rules out whole rows or columns, so those are dropped before any pair is looked
/// at; rules that read both (closures) are evaluated on what is left. Building and memory therefore
/// follow candidate rooms × allowed starts: 8 rooms and 48 starts are 384 entries, not all rooms ×
/// all slots. Pairs outside the table are rare in search (pinned sessions, Kempe chains forced off
/// their domain) and are costed from the constraints directly.
///
/// A class, not a struct: every step asks it several times, and calling a method of a struct kept in
/// `CompiledProblem` copied the whole struct (its dozen arrays and the `UnaryContext`) each time,
/// which cost more than the lookup itself.
final class CandidatePlaces: Sendable {
    let roomCount: Int
    let slotCount: Int
    /// Per activity, the rooms and starts that no room-only or start-only hard rule refuses, ascending.
    let rooms: FlatLists
    let starts: FlatLists
    /// Per activity, the (room * slotCount + start) codes that break no hard unary rule: the domain
    /// the moves draw from, rooms then starts ascending.
    let domain: FlatLists
    /// Per activity, where its rows of positions and its costs begin: every lookup reads this one
    /// 16-byte entry instead of five arrays (see `Lookup`).
    private let lookup: [Lookup]
    /// `roomPosition[lookup[a].roomRow + r]`: r's position among the activity's rooms, or -1.
    /// Activities with the same rooms (a venue's requests) share one row.
    private let roomPosition: [Int32]
    /// `startPosition[lookup[a].startRow + t]`: t's position among the activity's starts, or -1.
    private let startPosition: [Int32]
    /// The unary costs, activity after activity; room position i, start position j of activity a is
    /// at `lookup[a].table + i * lookup[a].starts + j`. Hard and soft side by side: one load each.
    private let costs: [UnaryCost]
    private let constraints: [any UnaryConstraint]
    private let context: UnaryContext

    /// The hard cost of a start that runs past the end of its day: never worth taking.
    static let outsideDay = Int32.max / 4

    init(context: UnaryContext, activityCount: Int, constraints: [any UnaryConstraint]) {
        roomCount = context.roomCount
        slotCount = context.slotCount
        self.constraints = constraints
        self.context = context
        let hardRules = constraints.filter { $0.setting.level == .hard }
        let roomRules = hardRules.filter { $0.reads == .room }
        let startRules = hardRules.filter { $0.reads == .start }
        var roomLists: [[Int32]] = []
        var startLists: [[Int32]] = []
        for activity in 0..<activityCount {
            roomLists.append((0..<context.roomCount).filter { room in
                // Weighed as the table weighs it: a site that sets a hard room rule's weight to 0 lifts it there.
                roomRules.allSatisfy {
                    $0.unitWeight(room: room) * $0.penalty(activity: activity, room: room, start: 0, in: context) == 0
                }
            }.map { Int32($0) })
            startLists.append((0..<context.slotCount).filter { start in
                context.fits(activity: activity, start: start)
                    && startRules.allSatisfy { $0.penalty(activity: activity, room: 0, start: start, in: context) == 0 }
            }.map { Int32($0) })
        }
        let (roomRows, roomPosition) = Self.positions(roomLists, width: context.roomCount)
        let (startRows, startPosition) = Self.positions(startLists, width: context.slotCount)
        precondition(roomPosition.count < Int(Int32.max) && startPosition.count < Int(Int32.max),
                     "more distinct room or start lists than 32-bit offsets reach")
        self.roomPosition = roomPosition
        self.startPosition = startPosition
        rooms = FlatLists(roomLists)
        starts = FlatLists(startLists)
        var lookup: [Lookup] = []
        var costs: [UnaryCost] = []
        var domainLists: [[Int32]] = []
        for activity in 0..<activityCount {
            precondition(costs.count < Int(Int32.max), "more unary costs than 32-bit offsets reach")
            lookup.append(Lookup(
                roomRow: roomRows[activity] * Int32(context.roomCount), startRow: startRows[activity] * Int32(context.slotCount),
                table: Int32(costs.count), starts: Int32(startLists[activity].count)))
            var pairs: [Int32] = []
            for room in roomLists[activity].map(Int.init) {
                for start in startLists[activity].map(Int.init) {
                    let cost = Self.cost(activity, room: room, start: start, constraints, context)
                    costs.append(UnaryCost(hard: Int32(cost.hard), soft: Int32(cost.soft)))
                    if cost.hard == 0 { pairs.append(Int32(room * context.slotCount + start)) }
                }
            }
            domainLists.append(pairs)
        }
        self.lookup = lookup
        self.costs = costs
        domain = FlatLists(domainLists)
    }

    /// Whether `activity` may start in `room` at `start`: no hard unary rule refuses it.
    @inline(__always) func allows(_ activity: Int, room: Int, start: Int) -> Bool {
        let index = entry(activity, room: room, start: start)
        return index >= 0 && costs[index].hard == 0
    }

    /// Weighted unary cost of a session of `activity` at (room, start), hard and soft.
    @inline(__always) func cost(_ activity: Int, room: Int, start: Int) -> (hard: Int, soft: Int) {
        let index = entry(activity, room: room, start: start)
        if index >= 0 { return (Int(costs[index].hard), Int(costs[index].soft)) }
        return Self.cost(activity, room: room, start: start, constraints, context)
    }

    /// The activity's allowed room of least soft unary cost at `start` among those `isFree` accepts,
    /// in the order of its rooms (the first of equal cost wins); nil when there is none. One walk
    /// down the start's column of the table, instead of a lookup per room.
    @inline(__always) func cheapestRoom(_ activity: Int, at start: Int, where isFree: (Int) -> Bool) -> Int? {
        let row = lookup[activity]
        let j = startPosition[Int(row.startRow) &+ start]
        guard j >= 0 else { return nil }
        var best: Int?
        var bestCost = Int32.max
        var index = Int(row.table) &+ Int(j)
        for i in self.rooms.range(activity) {
            defer { index &+= Int(row.starts) }
            let cost = costs[index]
            guard cost.hard == 0, cost.soft < bestCost else { continue }
            let room = Int(self.rooms.items[i])
            guard isFree(room) else { continue }
            bestCost = cost.soft
            best = room
        }
        return best
    }

    /// Index of (room, start) in the activity's table, or -1 when a room-only or start-only rule refuses it.
    /// The sums cannot overflow (offsets and positions are Int32 and the arrays were built from them),
    /// so they wrap instead of being checked; the array accesses stay checked.
    @inline(__always) private func entry(_ activity: Int, room: Int, start: Int) -> Int {
        let row = lookup[activity]
        let i = roomPosition[Int(row.roomRow) &+ room]
        let j = startPosition[Int(row.startRow) &+ start]
        guard i >= 0, j >= 0 else { return -1 }
        return Int(row.table) &+ Int(i) &* Int(row.starts) &+ Int(j)
    }

    private static func cost(
        _ activity: Int, room: Int, start: Int, _ constraints: [any UnaryConstraint], _ context: UnaryContext
    ) -> (hard: Int, soft: Int) {
        guard context.fits(activity: activity, start: start) else { return (Int(outsideDay), 0) }
        var hard = 0
        var soft = 0
        for constraint in constraints {
            let cost = constraint.scale * constraint.unitWeight(room: room)
                * constraint.penalty(activity: activity, room: room, start: start, in: context)
            if constraint.setting.level == .hard { hard += cost } else { soft += cost }
        }
        return (hard, soft)
    }

    /// One row of positions per distinct list, and each activity's row.
    private static func positions(_ lists: [[Int32]], width: Int) -> (rows: [Int32], positions: [Int32]) {
        var rowOf: [[Int32]: Int32] = [:]
        var rows: [Int32] = []
        var positions: [Int32] = []
        for list in lists {
            if let row = rowOf[list] {
                rows.append(row)
                continue
            }
            let row = Int32(rowOf.count)
            rowOf[list] = row
            rows.append(row)
            var line = Array(repeating: Int32(-1), count: width)
            for (position, item) in list.enumerated() { line[Int(item)] = Int32(position) }
            positions += line
        }
        return (rows, positions)
    }
}

/// Where one activity's entries lie: the offsets of its rows in `roomPosition` and `startPosition`,
/// of its first cost, and how many starts it has (the stride of a room in its table).
private struct Lookup {
    var roomRow: Int32
    var startRow: Int32
    var table: Int32
    var starts: Int32
}

/// The weighted unary cost of one place, hard and soft.
private struct UnaryCost {
    var hard: Int32
    var soft: Int32
}
