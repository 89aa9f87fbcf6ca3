import BookingStore
import Bookings
import CivilTime
import Foundation
import Testing

/// Real `prostor` processes racing each other on one database file, 25 rounds of each of four races
/// (100 in all): two approvals, an approval against a move, a booking against an approval, and a
/// scheduler storing its plan against an approval. Whatever order the processes run in, no two
/// approved occurrences may share a room, a booking may not be made without seeing an approval that
/// committed before it, and the scheduler may not store a plan that ignores one.
@Suite(.serialized) struct ChangeRaceTests {
    static let rounds = 25

    /// Each round has its own date (a Monday to Friday of the term, no holidays), so rounds cannot meet.
    static func date(_ round: Int) -> LocalDate {
        var date = (try? LocalDate(year: 2027, month: 3, day: 1))!
        var left = round
        // Public holidays are built in (every venue is closed on them), so they are skipped too.
        let holidays = PublicHolidays.of(year: 2027)
        while true {
            if date.weekday.rawValue <= 5 && !holidays.contains(where: { $0.firstDay <= date && date <= $0.lastDay }) {
                if left == 0 { return date }
                left -= 1
            }
            date = date.adding(days: 1)
        }
    }

    static let setup = """
        terms:
          - slug: pomlad-2027
            name: Pomlad 2027
            start: 2027-01-11
            end: 2027-06-20
        venues:
          - slug: golnik
            name: KS Golnik
            rooms:
              - slug: dvorana
                name: Velika dvorana
                capacity: 100
                opening_hours:
                  monday: "08:00-22:00"
                  tuesday: "08:00-22:00"
                  wednesday: "08:00-22:00"
                  thursday: "08:00-22:00"
                  friday: "08:00-22:00"
        groups:
          - slug: zbor
            name: Pevski zbor
          - slug: gasilci
            name: PGD Golnik
          - slug: folklora
            name: Folklorna skupina
        """

    /// The database, with what each round races over: tentative A and B at 10:00 (approve vs
    /// approve), approved C at 12:00 and tentative D at 14:00 (approve D vs move C to 14:00),
    /// tentative E at 16:00 (approve E vs booking F at 16:00).
    static func prepare() throws -> Pilot {
        let pilot = try Pilot(setup: setup)
        var bookings = "bookings:\n"
        for round in 0..<rounds {
            let day = date(round)
            for (title, group, time, state) in [("A", "zbor", "10:00", "tentative"), ("B", "gasilci", "10:00", "tentative"),
                                                ("C", "zbor", "12:00", "approved"), ("D", "gasilci", "14:00", "tentative"),
                                                ("E", "zbor", "16:00", "tentative")] {
                bookings += """
                      - room: golnik/dvorana
                        group: \(group)
                        title: \(title)\(round)
                        start: \(day)T\(time)
                        duration: 90m
                        state: \(state)

                    """
            }
        }
        let file = pilot.directory.appendingPathComponent("bookings.yaml")
        try Data(bookings.utf8).write(to: file)
        let imported = try pilot.run(["import", file.lastPathComponent])
        #expect(imported.status == 0, "\(imported.stderr)")
        return pilot
    }

    /// Runs both commands at once, each in its own process.
    static func race(_ pilot: Pilot, _ first: [String], _ second: [String]) -> [ProstorRun] {
        let results = RaceResults()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let run = (try? pilot.run(index == 0 ? first : second)) ?? ProstorRun(stdout: "", stderr: "could not start", status: -1)
            results.set(index, run)
        }
        return results.values
    }

    @Test func racingChangesNeverDoubleBookARoom() throws {
        let pilot = try Self.prepare()
        let store = try AppDatabase(path: pilot.database, create: false)
        let ids = try store.read { reader in
            Dictionary(uniqueKeysWithValues: try reader.bookings().map { ($0.title, $0.id ?? 0) })
        }
        var outcomes: [String: Int] = [:]
        for round in 0..<Self.rounds {
            let day = Self.date(round)
            func id(_ title: String) -> String { String(ids["\(title)\(round)"] ?? 0) }
            let pairs: [(String, [String], [String])] = [
                ("approve vs approve", ["approve", id("A")], ["approve", id("B")]),
                ("approve vs move", ["approve", id("D")], ["move", id("C"), "--date", day.description, "--to", "\(day)T14:00"]),
                ("book vs approve", ["book", "--room", "golnik/dvorana", "--group", "folklora", "--title", "F\(round)",
                                     "--start", "\(day)T16:00", "--duration", "90m"], ["approve", id("E")]),
            ]
            for (name, first, second) in pairs {
                let runs = Self.race(pilot, first, second)
                for run in runs { #expect([0, 3].contains(run.status), "\(name), round \(round): \(run.stderr)") }
                outcomes["\(name): \(runs.map { $0.status == 0 ? "ok" : "refused" }.joined(separator: "+"))", default: 0] += 1
            }
        }
        let conflicts = try ConflictsOutput.read(pilot)
        let doubleBooked = conflicts.filter { $0.kind == "overlap" && $0.bookings.allSatisfy { $0.state == "approved" } }
        #expect(doubleBooked.isEmpty, "\(doubleBooked)")
        // A booking that succeeded beside an approval must have committed before it, or it would have seen it.
        let history = try store.read { reader in try reader.history(booking: nil) }
        for round in 0..<Self.rounds {
            guard let booked = try store.read({ reader in try reader.bookings().first { $0.title == "F\(round)" } }),
                  let approved = history.first(where: { $0.bookingID == ids["E\(round)"] && $0.action == .approved }) else { continue }
            let bookedEntry = history.first { $0.bookingID == booked.id && $0.action == .booked }
            #expect((bookedEntry?.id ?? .max) < (approved.id ?? 0), "round \(round): F booked after E was approved")
        }
        // Every race has exactly one winner where the two changes collide.
        for (outcome, count) in outcomes {
            #expect(!outcome.hasPrefix("approve vs approve: ok+ok") && !outcome.hasPrefix("approve vs move: ok+ok"), "\(outcome) × \(count)")
        }
        #expect(outcomes.values.reduce(0, +) == 3 * Self.rounds)
    }

    @Test func aPlanStoredWhileAnApprovalCommitsNeverIgnoresIt() throws {
        let pilot = try Pilot(setup: Self.setup)
        let store = try AppDatabase(path: pilot.database, create: false)
        for round in 0..<Self.rounds {
            // Two groups asking for the one room at the one hour of a date: the plan can place only one.
            let day = Self.date(round)
            for group in ["zbor", "gasilci"] {
                let added = try pilot.run(["request", "add", "--group", group, "--term", "pomlad-2027", "--title", "Vaje \(round)",
                                           "--audience", "10", "--duration", "1h", "--when", "\(Self.code(day)) 19:00-20:00",
                                           "--dates", day.description])
                #expect(added.status == 0, "\(added.stderr)")
            }
            let first = try pilot.run(["schedule", "--iterations", "300", "--seed", "1"])
            #expect(first.status == 0, "\(first.stderr)")
            let proposal = try store.read { reader in
                try reader.bookings().first { $0.state == .tentative && $0.start.date == day }?.id
            }
            let proposed = try #require(proposal, "round \(round): the first plan placed nothing")
            // The approval commits while the second plan is solved; that plan must then refuse to store.
            let runs = Self.race(pilot, ["schedule", "--iterations", "300", "--seed", String(round + 2)], ["approve", String(proposed)])
            #expect([0, 3].contains(runs[0].status), "round \(round): \(runs[0].stderr)")
            #expect([0, 3, 4].contains(runs[1].status), "round \(round): \(runs[1].stderr)")
        }
        let conflicts = try ConflictsOutput.read(pilot)
        let broken = conflicts.filter { $0.kind == "overlap" && $0.bookings.contains { $0.state == "approved" } }
        #expect(broken.isEmpty, "\(broken)")
    }

    static func code(_ date: LocalDate) -> String {
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][date.weekday.rawValue - 1]
    }
}

/// The two runs of a race, written from two threads.
final class RaceResults: @unchecked Sendable {
    private let lock = NSLock()
    private var runs = [ProstorRun](repeating: ProstorRun(stdout: "", stderr: "", status: -1), count: 2)

    func set(_ index: Int, _ run: ProstorRun) { lock.withLock { runs[index] = run } }
    var values: [ProstorRun] { lock.withLock { runs } }
}

/// `prostor conflicts --json`, as far as the race tests read it.
struct ConflictsOutput: Decodable {
    struct Entry: Decodable, CustomStringConvertible {
        struct Side: Decodable { let id: Int64; let state: String }
        let kind: String
        let bookings: [Side]
        let dates: [String]
        var description: String { "\(kind) \(bookings.map { "\($0.id) \($0.state)" }) \(dates)" }
    }

    let conflicts: [Entry]

    static func read(_ pilot: Pilot) throws -> [Entry] {
        let run = try pilot.run(["conflicts", "--json"])
        // 3 says that conflicts were found: tentative bookings overlapping are expected here.
        #expect([0, 3].contains(run.status), "\(run.stderr)")
        return try JSONDecoder().decode(ConflictsOutput.self, from: Data(run.stdout.utf8)).conflicts
    }
}
