/// Hard violations and soft cost of a solution by the competition's definitions, recomputed plainly
/// from the instance and the lines, sharing no code with the engine: the reference the engine is tested against.
public struct CTTCost: Sendable, Hashable, CustomStringConvertible {
    /// Unscheduled or surplus lectures, two lectures of a course in one period, bad lines.
    public var lectures = 0
    /// Pairs of lectures of one teacher or curriculum in one period.
    public var conflicts = 0
    /// Lectures beyond the first in one room and period.
    public var roomOccupancy = 0
    /// Lectures in an unavailable period.
    public var availability = 0
    /// Students over capacity, summed.
    public var roomCapacity = 0
    /// Days missing below the minimum, summed over courses (before weight 5).
    public var minimumWorkingDays = 0
    /// Isolated lectures, summed over curricula (before weight 2).
    public var curriculumCompactness = 0
    /// Extra distinct rooms, summed over courses.
    public var roomStability = 0

    /// Total hard violations.
    public var hard: Int { lectures + conflicts + roomOccupancy + availability }
    /// Total weighted soft cost.
    public var soft: Int { roomCapacity + 5 * minimumWorkingDays + 2 * curriculumCompactness + roomStability }

    /// `hard=H soft=S`, the benchmark's last line.
    public var description: String { "hard=\(hard) soft=\(soft)" }

    /// Validates `assignments` against `instance`.
    public init(instance: CTTInstance, assignments: [CTTAssignment]) {
        var course: [String: CTTInstance.Course] = [:]
        for item in instance.courses { course[item.id] = item }
        var capacity: [String: Int] = [:]
        for room in instance.rooms { capacity[room.id] = room.capacity }
        let valid = assignments.filter {
            course[$0.course] != nil && capacity[$0.room] != nil && (0..<instance.days).contains($0.day)
                && (0..<instance.periodsPerDay).contains($0.period)
        }
        lectures += assignments.count - valid.count
        var count: [String: Int] = [:]
        for line in valid { count[line.course, default: 0] += 1 }
        for item in instance.courses { lectures += abs(item.lectures - count[item.id, default: 0]) }

        var perCoursePeriod: [String: Int] = [:]
        var perRoomPeriod: [String: Int] = [:]
        for line in valid {
            perCoursePeriod["\(line.course)|\(line.day)|\(line.period)", default: 0] += 1
            perRoomPeriod["\(line.room)|\(line.day)|\(line.period)", default: 0] += 1
        }
        lectures += perCoursePeriod.values.reduce(0) { $0 + max(0, $1 - 1) }
        roomOccupancy = perRoomPeriod.values.reduce(0) { $0 + max(0, $1 - 1) }

        var curriculaOf: [String: Set<String>] = [:]
        for curriculum in instance.curricula {
            for member in curriculum.courses { curriculaOf[member, default: []].insert(curriculum.id) }
        }
        for i in valid.indices {
            for j in valid.indices where j > i {
                let a = valid[i]
                let b = valid[j]
                guard a.course != b.course, a.day == b.day, a.period == b.period else { continue }
                let sameTeacher = course[a.course]?.teacher == course[b.course]?.teacher
                let sameCurriculum = !(curriculaOf[a.course, default: []].isDisjoint(with: curriculaOf[b.course, default: []]))
                if sameTeacher || sameCurriculum { conflicts += 1 }
            }
        }
        let unavailable = Set(instance.unavailability.map { "\($0.course)|\($0.day)|\($0.period)" })
        availability = valid.filter { unavailable.contains("\($0.course)|\($0.day)|\($0.period)") }.count

        for line in valid {
            roomCapacity += max(0, (course[line.course]?.students ?? 0) - (capacity[line.room] ?? 0))
        }
        for item in instance.courses {
            let mine = valid.filter { $0.course == item.id }
            minimumWorkingDays += max(0, item.minimumWorkingDays - Set(mine.map(\.day)).count)
            roomStability += max(0, Set(mine.map(\.room)).count - 1)
        }
        for curriculum in instance.curricula {
            let members = Set(curriculum.courses)
            let mine = valid.filter { members.contains($0.course) }
            let busy = Set(mine.map { "\($0.day)|\($0.period)" })
            for line in mine where !busy.contains("\(line.day)|\(line.period - 1)") && !busy.contains("\(line.day)|\(line.period + 1)") {
                curriculumCompactness += 1
            }
        }
    }
}
