import BookingStore
import Bookings
import Foundation
import Testing

/// Withdrawing or removing a request releases the rooms the scheduler proposed for it.
@Suite("prostor request edit --status withdrawn and request remove after a schedule")
struct WithdrawRequestTests {
    /// The pilot imported and scheduled; returns the database and the tentative bookings by request.
    func scheduledPilot() throws -> (path: String, proposals: [Int64: [Booking]]) {
        let path = try ScheduleCommandTests().pilotDatabase()
        let run = try prostor(["schedule", "--db", path, "--iterations", "300"])
        try #require(run.status == 0, "\(run.stderr)")
        return (path, try proposals(path))
    }

    func proposals(_ path: String) throws -> [Int64: [Booking]] {
        let bookings = try AppDatabase(path: path, create: false).read { try $0.bookings() }
        return Dictionary(grouping: bookings.filter { $0.state == .tentative && $0.requestID != nil }) { $0.requestID ?? 0 }
    }

    func history(_ path: String) throws -> [HistoryEntry] {
        try AppDatabase(path: path, create: false).read { try $0.history(booking: nil) }
    }

    @Test func withdrawingRemovesTheRequestsTentativeBookingsAndRecordsEach() throws {
        let (path, before) = try scheduledPilot()
        let (request, bookings) = try #require(before.first { $0.value.count >= 1 })
        let ids = bookings.compactMap(\.id).sorted()
        let edit = try prostor(["request", "edit", String(request), "--status", "withdrawn", "--db", path, "--as", "Mojca"])
        #expect(edit.status == 0, "\(edit.stderr)")
        let listed = ids.map(String.init).joined(separator: ", ")
        #expect(edit.stdout == "Updated request \(request).\n  removed tentative booking\(ids.count == 1 ? "" : "s") \(listed)\n")
        #expect(try proposals(path)[request] == nil)
        #expect(try proposals(path).count == before.count - 1)
        let entries = try history(path).filter { $0.action == .unscheduled }
        #expect(entries.map { $0.bookingID ?? 0 }.sorted() == ids)
        #expect(entries.allSatisfy { $0.actor == "Mojca" && $0.summary == "request \(request) withdrawn; the tentative booking was removed" })
        // Withdrawn again: it has ended, nothing left to release.
        #expect(try prostor(["request", "edit", String(request), "--status", "withdrawn", "--db", path]).stdout
            == "Updated request \(request).\n")
        #expect(try prostor(["request", "withdraw", String(request), "--db", path]).status == 1)
    }

    @Test func theNextRunDoesNotPlaceOrPinAWithdrawnRequest() throws {
        let (path, before) = try scheduledPilot()
        let request = try #require(before.keys.sorted().first)
        #expect(try prostor(["request", "edit", String(request), "--status", "withdrawn", "--db", path]).status == 0)
        let again = try prostor(["schedule", "--db", path, "--iterations", "300"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try proposals(path)[request] == nil)
        #expect(try proposals(path).count == before.count - 1)
    }

    @Test func removingARequestRemovesItsTentativeBookingsToo() throws {
        let (path, before) = try scheduledPilot()
        let request = try #require(before.keys.sorted().last)
        let count = try #require(before[request]).count
        let removed = try prostor(["request", "remove", String(request), "--db", path])
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(removed.stdout.hasPrefix("Removed request \(request). Removed its tentative booking"))
        let left = try AppDatabase(path: path, create: false).read { try $0.bookings() }
        #expect(left.count(where: { $0.state == .tentative }) == before.values.joined().count - count)
    }
}
