import BookingImport
import BookingStore
@testable import Bookings
import CivilTime
import Foundation
import Testing

/// The pilot's data (Fixtures/kranj) imported and planned, then checked without the engine.
@Suite("Schedule.run on the pilot data of Kranj")
struct SchedulingPilotTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/kranj")

    static func pilot() throws -> AppDatabase {
        let database = try AppDatabase()
        let setups = try ["kranj.yaml", "requests.csv"].map { try SetupFiles.read(path: fixtures.appendingPathComponent($0).path) }
        _ = try database.write { writer in
            try setups.map { try SetupImport.apply($0, to: writer) }
        }
        return database
    }

    @Test func thePilotPlanHasNoDoubleBookingAndKeepsToOpeningHoursAndWindows() throws {
        let database = try Self.pilot()
        let term = Slug(folding: "spomlad-2027")
        let approved = try database.read { try $0.bookings() }.filter { $0.state == .approved }
        let report = try Schedule.run(term: term, today: LocalDate(dayNumber: 0), storage: database,
                                      options: Schedule.Options(seed: 1, iterations: 3000))
        #expect(report.term == "spomlad-2027")
        #expect(report.placed.count >= 25)
        #expect(report.hard == report.unplaced.count)
        let check = try IndependentCheck(storage: database, term: term)
        #expect(check.violations == [])
        #expect(try database.read { try $0.bookings() }.filter { $0.state == .approved } == approved)
    }

    @Test func thePilotsImpossibleRequestsAreExplained() throws {
        let report = try Schedule.run(term: Slug(folding: "spomlad-2027"), today: LocalDate(dayNumber: 0), storage: Self.pilot(),
                                      options: Schedule.Options(seed: 1, iterations: 3000, dryRun: true))
        let crowd = try #require(report.unplaced.first { $0.title == "Javna predstavitev občinskega prostorskega načrta" })
        #expect(crowd.reasons.first?.constraint == "room capacity")
        #expect(crowd.date == "2027-03-11")
        let sundays = report.unplaced.filter { $0.title == "Potopisna predavanja po nedeljskih izletih" }
        #expect(!sundays.isEmpty)
        for sunday in sundays {
            // No room is open on Sundays: every place tried is refused as closed.
            #expect(sunday.placesTried > 0)
            #expect(sunday.reasons.first { $0.constraint == "closures and unavailability" }?.places == sunday.placesTried)
        }
    }
}
