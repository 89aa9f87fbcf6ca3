/// For each activity, the rooms and the starts its hard unary rules leave open, and the unary cost of
/// every (room, start) among them.
///
/// A unary rule that reads only the room (candidate rooms, features, capacity) or only the start
/// (allowed starts) rules out whole rows or columns, so those are dropped before any pair is looked
/// at; rules that read both (closures) are evaluated on what is left. Building and memory therefore
/// follow candidate rooms × allowed starts: 8 rooms and 48 starts are 384 entries, not all rooms ×
/// all slots. Pairs outside the table are rare in search (pinned sessions, Kempe chains forced off
/// their domain) and are costed from the constraints directly.
struct CandidatePlaces: Sendable {
    let roomCount: Int
    let slotCount: Int
    /// Per activity, the rooms and starts that no room-only or start-only hard rule refuses, ascending.
    let rooms: FlatLists
    let starts: FlatLists
    /// Per activity, the (room * slotCount + start) codes that break no hard unary rule: the domain
    /// the moves draw from, rooms then starts ascending.
    let domain: FlatLists
    /// `roomPosition[roomRow[a] * roomCount + r]`: r's position among the activity's rooms, or -1.
    /// Activities with the same rooms (a venue's requests) share one row.
    private let roomRow: [Int32]
    private let roomPosition: [Int32]
    /// `startPosition[startRow[a] * slotCount + t]`: t's position among the activity's starts, or -1.
    private let startRow: [Int32]
    private let startPosition: [Int32]
    /// Where each activity's costs begin; room position i, start position j is at `+ i * starts + j`.
    private let tableStart: [Int]
    private let hard: [Int32]
    private let soft: [Int32]
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
                roomRules.allSatisfy { $0.penalty(activity: activity, room: room, start: 0, in: context) == 0 }
            }.map { Int32($0) })
            startLists.append((0..<context.slotCount).filter { start in
                context.fits(activity: activity, start: start)
                    && startRules.allSatisfy { $0.penalty(activity: activity, room: 0, start: start, in: context) == 0 }
            }.map { Int32($0) })
        }
        (roomRow, roomPosition) = Self.positions(roomLists, width: context.roomCount)
        (startRow, startPosition) = Self.positions(startLists, width: context.slotCount)
        rooms = FlatLists(roomLists)
        starts = FlatLists(startLists)
        var tableStart: [Int] = []
        var hard: [Int32] = []
        var soft: [Int32] = []
        var domainLists: [[Int32]] = []
        for activity in 0..<activityCount {
            tableStart.append(hard.count)
            var pairs: [Int32] = []
            for room in roomLists[activity].map(Int.init) {
                for start in startLists[activity].map(Int.init) {
                    let cost = Self.cost(activity, room: room, start: start, constraints, context)
                    hard.append(Int32(cost.hard))
                    soft.append(Int32(cost.soft))
                    if cost.hard == 0 { pairs.append(Int32(room * context.slotCount + start)) }
                }
            }
            domainLists.append(pairs)
        }
        self.tableStart = tableStart
        self.hard = hard
        self.soft = soft
        domain = FlatLists(domainLists)
    }

    /// Whether `activity` may start in `room` at `start`: no hard unary rule refuses it.
    @inline(__always) func allows(_ activity: Int, room: Int, start: Int) -> Bool {
        let index = entry(activity, room: room, start: start)
        return index >= 0 && hard[index] == 0
    }

    /// Weighted unary cost of a session of `activity` at (room, start), hard and soft.
    @inline(__always) func cost(_ activity: Int, room: Int, start: Int) -> (hard: Int, soft: Int) {
        let index = entry(activity, room: room, start: start)
        if index >= 0 { return (Int(hard[index]), Int(soft[index])) }
        return Self.cost(activity, room: room, start: start, constraints, context)
    }

    /// Soft unary cost of an allowed place (see `allows`).
    @inline(__always) func softCost(_ activity: Int, room: Int, start: Int) -> Int32 {
        soft[entry(activity, room: room, start: start)]
    }

    /// Index of (room, start) in the activity's table, or -1 when a room-only or start-only rule refuses it.
    @inline(__always) private func entry(_ activity: Int, room: Int, start: Int) -> Int {
        let i = roomPosition[Int(roomRow[activity]) * roomCount + room]
        let j = startPosition[Int(startRow[activity]) * slotCount + start]
        guard i >= 0, j >= 0 else { return -1 }
        return tableStart[activity] + Int(i) * starts.count(activity) + Int(j)
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
