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
    /// Activity → room → starts refused for it there; few activities have any.
    let refused: [Int: [Int: Set<Int>]]

    init(_ problem: Problem) {
        let grid = problem.grid
        slotCount = grid.slotCount
        slotsPerDay = grid.slotsPerDay
        roomCount = problem.rooms.count
        capacity = problem.rooms.map { Int32($0.capacity) }
        size = problem.activities.map { Int32($0.size) }
        duration = problem.activities.map { Int32($0.duration) }
        weeks = problem.activities.map(\.weeks.bits)
        // Filled from each activity's own sets rather than by asking every set about every room and
        // slot: with a thousand rooms that was millions of hash lookups.
        let rooms = problem.rooms.count
        let slots = grid.slotCount
        var candidateRoom = Array(repeating: false, count: problem.activities.count * rooms)
        var hasFeatures = Array(repeating: true, count: problem.activities.count * rooms)
        var preferredRoom = Array(repeating: false, count: problem.activities.count * rooms)
        var allowedStart = Array(repeating: false, count: problem.activities.count * slots)
        var preferredStart = Array(repeating: false, count: problem.activities.count * slots)
        for (a, activity) in problem.activities.enumerated() {
            if let candidates = activity.candidateRooms {
                for room in candidates { candidateRoom[a * rooms + room] = true }
            } else {
                for room in 0..<rooms { candidateRoom[a * rooms + room] = true }
            }
            if !activity.requiredFeatures.isEmpty {
                for (index, room) in problem.rooms.enumerated() {
                    hasFeatures[a * rooms + index] = activity.requiredFeatures.isSubset(of: room.features)
                }
            }
            for room in activity.preferredRooms { preferredRoom[a * rooms + room] = true }
            if let allowed = activity.allowedStarts {
                for start in allowed where start >= 0 && start < slots { allowedStart[a * slots + start] = true }
            } else {
                for start in 0..<slots { allowedStart[a * slots + start] = true }
            }
            for start in activity.preferredStarts where start >= 0 && start < slots { preferredStart[a * slots + start] = true }
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
        var refused: [Int: [Int: Set<Int>]] = [:]
        for place in problem.refusedStarts {
            refused[place.activity, default: [:]][place.room, default: []].formUnion(place.starts)
        }
        self.refused = refused
    }

    /// Whether a session of `activity` starting at `start` stays within its day.
    @inline(__always) func fits(activity: Int, start: Int) -> Bool {
        start % slotsPerDay + Int(duration[activity]) <= slotsPerDay
    }
}
