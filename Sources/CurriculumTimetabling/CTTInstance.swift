/// An ITC-2007 Track 3 (curriculum-based course timetabling) instance.
public struct CTTInstance: Sendable, Hashable {
    /// A course: `lectures` lectures a week taught by `teacher` to `students` students.
    public struct Course: Sendable, Hashable {
        /// Course id, e.g. "c0001".
        public var id: String
        /// Teacher id.
        public var teacher: String
        /// Lectures a week.
        public var lectures: Int
        /// Days the lectures should spread over.
        public var minimumWorkingDays: Int
        /// Enrolled students.
        public var students: Int

        /// Creates a course.
        public init(id: String, teacher: String, lectures: Int, minimumWorkingDays: Int, students: Int) {
            self.id = id
            self.teacher = teacher
            self.lectures = lectures
            self.minimumWorkingDays = minimumWorkingDays
            self.students = students
        }
    }

    /// A room with its capacity.
    public struct Room: Sendable, Hashable {
        /// Room id.
        public var id: String
        /// Seats.
        public var capacity: Int

        /// Creates a room.
        public init(id: String, capacity: Int) {
            self.id = id
            self.capacity = capacity
        }
    }

    /// A curriculum: courses taken by the same students.
    public struct Curriculum: Sendable, Hashable {
        /// Curriculum id.
        public var id: String
        /// Course ids.
        public var courses: [String]

        /// Creates a curriculum.
        public init(id: String, courses: [String]) {
            self.id = id
            self.courses = courses
        }
    }

    /// A period in which a course may not be taught.
    public struct Unavailability: Sendable, Hashable {
        /// Course id.
        public var course: String
        /// Day, 0-based.
        public var day: Int
        /// Period of the day, 0-based.
        public var period: Int

        /// Creates an unavailability.
        public init(course: String, day: Int, period: Int) {
            self.course = course
            self.day = day
            self.period = period
        }
    }

    /// Instance name from the header.
    public var name: String
    /// Days per week.
    public var days: Int
    /// Periods per day.
    public var periodsPerDay: Int
    /// Courses in file order.
    public var courses: [Course]
    /// Rooms in file order.
    public var rooms: [Room]
    /// Curricula in file order.
    public var curricula: [Curriculum]
    /// Unavailability constraints.
    public var unavailability: [Unavailability]
}

/// One lecture of a solution: `course room day period`.
public struct CTTAssignment: Sendable, Hashable {
    /// Course id.
    public var course: String
    /// Room id.
    public var room: String
    /// Day, 0-based.
    public var day: Int
    /// Period, 0-based.
    public var period: Int

    /// Creates an assignment.
    public init(course: String, room: String, day: Int, period: Int) {
        self.course = course
        self.room = room
        self.day = day
        self.period = period
    }
}

/// A malformed instance or solution file, with the line at fault.
public struct CTTError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The full message a user sees.
    public var message: String

    /// Creates an error.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}
