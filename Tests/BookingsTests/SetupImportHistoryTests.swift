import BookingStore
import Bookings
import CivilTime
import Testing

/// Imports record one history entry per booking or policy they add or change, and none otherwise.
@Suite struct SetupImportHistoryTests {
    typealias F = WorkflowFixture

    static func setup(until: String) throws -> Setup {
        var setup = Setup()
        let location = SourceLocation(file: "golnik.yaml", line: 30)
        setup.bookings = [Located(try F.booking("zbor", "2027-01-12T18:00", rule: "FREQ=WEEKLY;UNTIL=\(until)", state: .approved), at: location)]
        setup.policies = [Located(try VenuePolicy(venue: F.golnik, bufferMinutes: 10), at: SourceLocation(file: "golnik.yaml", line: 8))]
        return setup
    }

    @Test func addingChangingAndReimportingABookingAndAPolicy() throws {
        let store = try F.store()
        _ = try store.write { try SetupImport.apply(try Self.setup(until: "20270615"), to: $0, context: F.context) }
        #expect((try store.entries).map(\.action) == [.policyChanged, .imported])
        #expect((try store.entries).map(\.summary) == ["policy of golnik set by import of golnik.yaml", "imported from golnik.yaml"])
        _ = try store.write { try SetupImport.apply(try Self.setup(until: "20270615"), to: $0, context: F.context) }
        #expect((try store.entries).count == 2)
        _ = try store.write { try SetupImport.apply(try Self.setup(until: "20270601"), to: $0, context: F.context) }
        let last = try #require((try store.entries).last)
        #expect(last.summary == "changed by import of golnik.yaml")
        #expect(last.before?.booking?.sequence == 0)
        #expect(last.after?.booking?.sequence == 1)
        #expect(last.actor == "Marija Kos")
    }

    @Test func aPolicyForARoomTheVenueDoesNotHaveIsRefusedWithItsPlace() throws {
        let store = try F.store()
        var setup = Setup()
        setup.policies = [Located(try VenuePolicy(venue: F.golnik, roomKinds: ["kuhnja": ["society"]]), at: SourceLocation(file: "golnik.yaml", line: 8))]
        #expect(throws: (any Error).self) { try store.write { try SetupImport.apply(setup, to: $0) } }
        do {
            _ = try store.write { try SetupImport.apply(setup, to: $0) }
        } catch {
            #expect("\(error)" == "golnik.yaml:8: no room \"golnik/kuhnja\" (did you mean \"golnik/kuhinja\"?)")
        }
    }
}
