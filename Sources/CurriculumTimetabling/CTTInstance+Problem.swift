import Timetabling

extension CTTInstance {
    /// The ITC-2007 UD2 weights: capacity soft 1 per student over, minimum working days 5,
    /// curriculum compactness 2, room stability 1; the KS-only constraints are off.
    public static var settings: ConstraintSettings {
        var settings = ConstraintSettings()
        settings.capacity = .soft(1)
        settings.capacityPenalty = .perPersonOver
        settings.daySpread = .soft(5)
        settings.compactness = .soft(2)
        settings.roomStability = .soft(1)
        settings.preferredTimes = .off
        settings.preferredRooms = .off
        settings.energyClustering = .off
        settings.fairness = .off
        settings.minimalChange = .off
        return settings
    }

    /// The instance as a timetabling problem: a course is an activity (and its own owner),
    /// teachers are conflict sets and curricula are compact conflict sets.
    public func problem() -> Problem {
        var problem = Problem(grid: TimeGrid(days: days, slotsPerDay: periodsPerDay), settings: CTTInstance.settings)
        problem.rooms = rooms.map { Timetabling.Room(id: $0.id, capacity: $0.capacity) }
        problem.activities = courses.map {
            Activity(id: $0.id, sessions: $0.lectures, size: $0.students, minimumDays: $0.minimumWorkingDays)
        }
        let index = courseIndex
        var teachers: [String: [Int]] = [:]
        var teacherOrder: [String] = []
        for (position, course) in courses.enumerated() {
            if teachers[course.teacher] == nil { teacherOrder.append(course.teacher) }
            teachers[course.teacher, default: []].append(position)
        }
        problem.conflictSets = teacherOrder.map { ConflictSet(name: "teacher \($0)", activities: teachers[$0] ?? []) }
            + curricula.map { curriculum in
                ConflictSet(
                    name: "curriculum \(curriculum.id)", activities: curriculum.courses.compactMap { index[$0] }, compact: true)
            }
        var unavailable: [Int: Set<Int>] = [:]
        for item in unavailability {
            guard let course = index[item.course] else { continue }
            unavailable[course, default: []].insert(item.day * periodsPerDay + item.period)
        }
        problem.unavailability = unavailable.keys.sorted().map {
            ActivityUnavailability(activity: $0, slots: unavailable[$0] ?? [])
        }
        return problem
    }

    /// Course id → course index.
    public var courseIndex: [String: Int] {
        Dictionary(courses.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Competition lines for the placed sessions of a plan, in course then session order.
    public func assignments(_ placements: [Placement]) -> [CTTAssignment] {
        placements.sorted { ($0.activity, $0.session) < ($1.activity, $1.session) }.map {
            CTTAssignment(
                course: courses[$0.activity].id, room: rooms[$0.room].id, day: $0.start / periodsPerDay,
                period: $0.start % periodsPerDay)
        }
    }

    /// Placements for competition lines; lines naming unknown courses or rooms, or extra lectures, are dropped.
    public func placements(_ assignments: [CTTAssignment]) -> [Placement] {
        let courses = courseIndex
        let roomIndex = Dictionary(rooms.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var used: [Int: Int] = [:]
        var result: [Placement] = []
        for line in assignments {
            guard let course = courses[line.course], let room = roomIndex[line.room],
                (0..<days).contains(line.day), (0..<periodsPerDay).contains(line.period),
                used[course, default: 0] < self.courses[course].lectures
            else { continue }
            result.append(Placement(
                activity: course, session: used[course, default: 0], room: room, start: line.day * periodsPerDay + line.period))
            used[course, default: 0] += 1
        }
        return result
    }
}
