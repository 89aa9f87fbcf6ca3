import CurriculumTimetabling
import Foundation

enum Fixtures {
    static func instance(_ name: String) throws -> CTTInstance {
        guard let url = Bundle.module.url(forResource: name, withExtension: "ctt", subdirectory: "Fixtures") else {
            throw CTTError("fixture \(name).ctt is missing")
        }
        return try CTTInstance(parsing: String(contentsOf: url, encoding: .utf8))
    }

    /// A toy instance small enough to compute costs by hand.
    static let toy = """
        Name: Toy
        Courses: 3
        Rooms: 2
        Days: 2
        Periods_per_day: 3
        Curricula: 1
        Constraints: 1

        COURSES:
        c1 t1 2 2 30
        c2 t2 2 1 20
        c3 t1 1 1 10

        ROOMS:
        rA 25
        rB 40

        CURRICULA:
        q1 2 c1 c2

        UNAVAILABILITY_CONSTRAINTS:
        c2 1 2

        END.
        """
}
