/// Lookups the single-session (unary) constraints read: which room suits which activity, closures, starts.
struct UnaryContext: Sendable {
    let slotCount: Int
    let slotsPerDay: Int
    let roomCount: Int
    let capacity: [Int32]
    let size: [Int32]
    let duration: [Int32]
    let weeks: [UInt64]
    /// `[a * roomCount + r]`
    let candidateRoom: [Bool]
    let hasFeatures: [Bool]
    let preferredRoom: [Bool]
    let hasRoomPreference: [Bool]
    /// `[a * slotCount + t]`
    let allowedStart: [Bool]
    let preferredStart: [Bool]
    let hasStartPreference: [Bool]
    let unavailable: [Bool]
    /// `[r * slotCount + t]`: weeks in which the room is closed in that slot.
    let closedWeeks: [UInt64]

    init(_ problem: Problem) {
        let grid = problem.grid
        slotCount = grid.slotCount
        slotsPerDay = grid.slotsPerDay
        roomCount = problem.rooms.count
        capacity = problem.rooms.map { Int32($0.capacity) }
        size = problem.activities.map { Int32($0.size) }
        duration = problem.activities.map { Int32($0.duration) }
        weeks = problem.activities.map(\.weeks.bits)
        var candidateRoom: [Bool] = []
        var hasFeatures: [Bool] = []
        var preferredRoom: [Bool] = []
        var allowedStart: [Bool] = []
        var preferredStart: [Bool] = []
        for activity in problem.activities {
            for (index, room) in problem.rooms.enumerated() {
                candidateRoom.append(activity.candidateRooms?.contains(index) ?? true)
                hasFeatures.append(activity.requiredFeatures.isSubset(of: room.features))
                preferredRoom.append(activity.preferredRooms.contains(index))
            }
            for start in 0..<grid.slotCount {
                allowedStart.append(activity.allowedStarts?.contains(start) ?? true)
                preferredStart.append(activity.preferredStarts.contains(start))
            }
        }
        self.candidateRoom = candidateRoom
        self.hasFeatures = hasFeatures
        self.preferredRoom = preferredRoom
        self.allowedStart = allowedStart
        self.preferredStart = preferredStart
        hasRoomPreference = problem.activities.map { !$0.preferredRooms.isEmpty }
        hasStartPreference = problem.activities.map { !$0.preferredStarts.isEmpty }
        var unavailable = Array(repeating: false, count: problem.activities.count * grid.slotCount)
        for item in problem.unavailability {
            for slot in item.slots where slot >= 0 && slot < grid.slotCount {
                unavailable[item.activity * grid.slotCount + slot] = true
            }
        }
        self.unavailable = unavailable
        var closedWeeks = Array(repeating: UInt64(0), count: problem.rooms.count * grid.slotCount)
        for closure in problem.roomClosures {
            for slot in closure.slots where slot >= 0 && slot < grid.slotCount {
                closedWeeks[closure.room * grid.slotCount + slot] |= closure.weeks.bits
            }
        }
        self.closedWeeks = closedWeeks
    }

    /// Whether a session of `activity` starting at `start` stays within its day.
    @inline(__always) func fits(activity: Int, start: Int) -> Bool {
        start % slotsPerDay + Int(duration[activity]) <= slotsPerDay
    }
}

/// Weighted unary costs per activity × (room, start) pair, summed over the unary constraints.
struct UnaryTables: Sendable {
    /// `[a * pairCount + r * slotCount + t]`
    let hard: [Int32]
    let soft: [Int32]

    init(context: UnaryContext, activityCount: Int, constraints: [any UnaryConstraint]) {
        let pairCount = context.roomCount * context.slotCount
        var hard = Array(repeating: Int32(0), count: activityCount * pairCount)
        var soft = hard
        for activity in 0..<activityCount {
            for room in 0..<context.roomCount {
                for start in 0..<context.slotCount {
                    let index = activity * pairCount + room * context.slotCount + start
                    guard context.fits(activity: activity, start: start) else {
                        hard[index] = Int32.max / 4
                        continue
                    }
                    for constraint in constraints {
                        let cost = constraint.scale * constraint.unitWeight(room: room)
                            * constraint.penalty(activity: activity, room: room, start: start, in: context)
                        if constraint.setting.level == .hard { hard[index] += Int32(cost) } else { soft[index] += Int32(cost) }
                    }
                }
            }
        }
        self.hard = hard
        self.soft = soft
    }
}
