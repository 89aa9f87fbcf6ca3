import CurriculumTimetabling
import Testing

@Suite struct ParserTests {
    @Test func comp01IsReadCompletely() throws {
        let instance = try Fixtures.instance("comp01")
        #expect(instance.name == "Fis0506-1")
        #expect((instance.days, instance.periodsPerDay) == (5, 6))
        #expect(instance.courses.count == 30 && instance.rooms.count == 6 && instance.curricula.count == 14)
        #expect(instance.unavailability.count == 53)
        #expect(instance.courses.first == CTTInstance.Course(
            id: "c0001", teacher: "t000", lectures: 6, minimumWorkingDays: 4, students: 130))
    }

    @Test func allSevenInstancesParse() throws {
        let lectures = try (1...7).map { try Fixtures.instance(String(format: "comp%02d", $0)).courses.reduce(0) { $0 + $1.lectures } }
        #expect(lectures == [160, 283, 251, 286, 152, 361, 434])
    }

    @Test func aHeaderThatDisagreesWithTheBodyIsRejected() {
        let text = Fixtures.toy.replacingOccurrences(of: "Courses: 3", with: "Courses: 4")
        #expect(throws: CTTError(
            "header announces 4 courses, 2 rooms, 1 curricula, 1 constraints; found 3, 2, 1, 1")) { try CTTInstance(parsing: text) }
    }

    @Test func aBadNumberNamesItsLine() {
        let text = Fixtures.toy.replacingOccurrences(of: "rA 25", with: "rA many")
        #expect(throws: CTTError("line 15: \"many\" is not a whole number")) { try CTTInstance(parsing: text) }
    }

    @Test func solutionsRoundTripThroughTheCompetitionFormat() throws {
        let lines = [CTTAssignment(course: "c1", room: "rA", day: 0, period: 2), CTTAssignment(course: "c2", room: "rB", day: 1, period: 0)]
        let text = CTTAssignment.formatSolution(lines)
        #expect(text == "c1 rA 0 2\nc2 rB 1 0\n")
        #expect(try CTTAssignment.parseSolution(text) == lines)
        #expect(throws: CTTError("solution line 1: expected \"course room day period\", got \"c1 rA x 2\"")) {
            try CTTAssignment.parseSolution("c1 rA x 2")
        }
    }
}
