import Bookings
import CivilTime
import Foundation
import Testing

/// Check-then-change across two handles on one database, as two processes have them: approving
/// re-checks conflicts inside the write, so of two colliding bookings approved at the same moment
/// exactly one is approved, every time.
extension StorageContract {
    func twoHandlesApprovingCollidingBookingsNeverBothSucceed(rounds: Int = 12) throws {
        let (first, second) = try openTwice()
        try first.write { writer throws in
            try writer.save(try Venue(slug: slug("golnik"), name: "KS Golnik", address: ""))
            try writer.save(try Room(venue: slug("golnik"), slug: slug("dvorana"), name: "Dvorana", capacity: 50,
                                     openingHours: .daily(try hours("00:00-24:00"))))
            for name in ["zbor", "sola"] { try writer.save(try Group(slug: slug(name), name: name, token: Group.newToken())) }
        }
        for round in 0..<rounds {
            // Each round collides on a day of its own, so that earlier rounds' approvals stay out of the way.
            // And not on a public holiday, which closes the hall: a booking with no date that takes place
            // cannot be approved at all, so neither handle would win.
            var monday = try date("2027-01-11").adding(days: 7 * round)
            if PublicHolidays.of(year: monday.year).contains(where: { $0.firstDay <= monday && monday <= $0.lastDay }) {
                monday = monday.adding(days: 1)
            }
            let day = monday.description
            let ids = try first.write { writer throws in
                try [("zbor", "18:00"), ("sola", "19:00")].map { group, hour in
                    try #require(try writer.save(try Booking(room: roomRef("golnik/dvorana"), group: slug(group),
                                                             title: "Vaje \(group) \(round)", start: dateTime("\(day)T\(hour)"),
                                                             durationMinutes: 120)).id)
                }
            }
            let start = DispatchSemaphore(value: 0), done = DispatchGroup()
            let outcomes = Outcomes()
            for (index, storage) in [first, second].enumerated() {
                let id = ids[index], actor = index == 0 ? "Ana" : "Boris"
                done.enter()
                Thread {
                    start.wait()
                    outcomes.record(index, Self.approve(id, in: storage, as: actor))
                    done.leave()
                }.start()
            }
            start.signal()
            start.signal()
            done.wait()
            let results = outcomes.all
            #expect(results.filter { $0 == .approved }.count == 1, "round \(round): \(results)")
            #expect(results.filter { $0 == .clashed }.count == 1, "round \(round): \(results)")
            let approved = try first.read { reader throws in
                try ids.filter { try reader.booking(id: $0)?.state == .approved }
            }
            #expect(approved.count == 1, "round \(round)")
        }
        #expect(try second.read { try $0.history(booking: nil) }.count == rounds)
    }

    enum Outcome: Equatable, Sendable { case approved, clashed, failed(String) }

    static func approve(_ id: Int64, in storage: any BookingStorage, as actor: String) -> Outcome {
        do {
            _ = try storage.write { writer in
                try BookingDesk(writer, context: ChangeContext(actor: actor))
                    .approve(id, skipConflicts: false, rejectColliding: false, overridePolicy: nil)
            }
            return .approved
        } catch is BookingClash {
            return .clashed
        } catch {
            return .failed(String(describing: error))
        }
    }

    /// The outcomes of the two threads of one round.
    final class Outcomes: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [Int: Outcome] = [:]

        func record(_ index: Int, _ outcome: Outcome) { lock.withLock { values[index] = outcome } }
        var all: [Outcome] { lock.withLock { values.sorted { $0.key < $1.key }.map(\.value) } }
    }
}
