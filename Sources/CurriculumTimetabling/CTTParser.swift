import Foundation

extension CTTInstance {
    /// Parses the competition's `.ctt` format.
    public init(parsing text: String) throws(CTTError) {
        var header: [String: String] = [:]
        var section = ""
        var courses: [Course] = []
        var rooms: [Room] = []
        var curricula: [Curriculum] = []
        var unavailability: [Unavailability] = []
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            let number = offset + 1
            if line.isEmpty { continue }
            if line == "END." { break }
            if line.hasSuffix(":") && !line.contains(" ") {
                section = String(line.dropLast())
                continue
            }
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            switch section {
            case "":
                guard let colon = line.firstIndex(of: ":") else { throw CTTError("line \(number): expected \"Key: value\", got \"\(line)\"") }
                header[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            case "COURSES":
                let values = try integers(fields, from: 2, count: 5, line: number)
                courses.append(Course(
                    id: fields[0], teacher: fields[1], lectures: values[0], minimumWorkingDays: values[1], students: values[2]))
            case "ROOMS":
                let values = try integers(fields, from: 1, count: 2, line: number)
                rooms.append(Room(id: fields[0], capacity: values[0]))
            case "CURRICULA":
                let values = try integers(fields, from: 1, count: 2, line: number, atLeast: true)
                guard fields.count == 2 + values[0] else {
                    throw CTTError("line \(number): curriculum \(fields[0]) lists \(fields.count - 2) courses, header says \(values[0])")
                }
                curricula.append(Curriculum(id: fields[0], courses: Array(fields[2...])))
            case "UNAVAILABILITY_CONSTRAINTS":
                let values = try integers(fields, from: 1, count: 3, line: number)
                unavailability.append(Unavailability(course: fields[0], day: values[0], period: values[1]))
            default:
                throw CTTError("line \(number): unknown section \"\(section)\"")
            }
        }
        func number(_ key: String) throws(CTTError) -> Int {
            guard let text = header[key], let value = Int(text) else {
                throw CTTError("header: \"\(key)\" must be a whole number, got \"\(header[key] ?? "nothing")\"")
            }
            return value
        }
        name = header["Name"] ?? ""
        days = try number("Days")
        periodsPerDay = try number("Periods_per_day")
        self.courses = courses
        self.rooms = rooms
        self.curricula = curricula
        self.unavailability = unavailability
        let expected = (try number("Courses"), try number("Rooms"), try number("Curricula"), try number("Constraints"))
        guard expected == (courses.count, rooms.count, curricula.count, unavailability.count) else {
            throw CTTError(
                "header announces \(expected.0) courses, \(expected.1) rooms, \(expected.2) curricula, \(expected.3) constraints; "
                    + "found \(courses.count), \(rooms.count), \(curricula.count), \(unavailability.count)")
        }
    }
}

/// Parses fields[from...] as integers; the line must have exactly `count` fields (or at least, for curricula).
private func integers(_ fields: [String], from: Int, count: Int, line: Int, atLeast: Bool = false) throws(CTTError) -> [Int] {
    guard atLeast ? fields.count >= count : fields.count == count else {
        throw CTTError("line \(line): expected \(count) fields, got \(fields.count): \"\(fields.joined(separator: " "))\"")
    }
    var values: [Int] = []
    for field in fields[from..<(atLeast ? from + 1 : count)] {
        guard let value = Int(field) else { throw CTTError("line \(line): \"\(field)\" is not a whole number") }
        values.append(value)
    }
    return values
}

extension CTTAssignment {
    /// Parses a solution: one `course room day period` line per lecture.
    public static func parseSolution(_ text: String) throws(CTTError) -> [CTTAssignment] {
        var result: [CTTAssignment] = []
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let fields = rawLine.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
            if fields.isEmpty { continue }
            guard fields.count == 4, let day = Int(fields[2]), let period = Int(fields[3]) else {
                throw CTTError("solution line \(offset + 1): expected \"course room day period\", got \"\(rawLine)\"")
            }
            result.append(CTTAssignment(course: fields[0], room: fields[1], day: day, period: period))
        }
        return result
    }

    /// Formats a solution in the competition format, one lecture per line.
    public static func formatSolution(_ assignments: [CTTAssignment]) -> String {
        assignments.map { "\($0.course) \($0.room) \($0.day) \($0.period)\n" }.joined()
    }
}
