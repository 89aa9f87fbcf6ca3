import BookingStore
import Bookings
import CivilTime
import Testing

@Suite struct PlanComparisonTests {
    typealias F = WorkflowFixture

    static func request(_ group: String, _ title: String, audience: Int, when: String, features: [String] = []) throws -> Request {
        var submission = RequestSubmission(group: group, term: "pomlad", title: title, audience: audience, duration: "2h", when: [when])
        submission.features = features
        return try submission.request()
    }

    /// First come, first fit: the choir takes the hall on Tuesday 18–20, the school the first free
    /// quarter-hour after it in the same hall (rooms in order of name), the club of 80 fits no room.
    /// With no plan stored, the stored column places nothing.
    @Test func firstFitBesideAnEmptyStoredPlan() throws {
        let store = try F.store()
        try store.write { writer in
            try writer.save(try Group(slug: Slug(folding: "mladi"), name: "Mladi", kind: "club", token: Group.newToken()))
            try writer.save(try Self.request("zbor", "Vaje", audience: 30, when: "tue 18:00-20:00", features: ["piano"]))
            try writer.save(try Self.request("sola", "Krožek", audience: 8, when: "tue 18:00-22:00"))
            try writer.save(try Self.request("mladi", "Ples", audience: 80, when: "wed 16:00-22:00"))
        }
        let term = try #require(try store.read { try $0.terms().first })
        let comparison = try store.read { try PlanComparison(term: term, venue: nil, reader: $0, language: .sl) }
        let fit = comparison.firstFit
        #expect(fit.requestsAsked == 3 && fit.requestsPlaced == 2 && fit.requestsNotPlaced == 1)
        #expect(fit.reasons.map(\.rule) == ["room capacity"])
        #expect(fit.reasons.first?.words == "prostor je premajhen za toliko ljudi")
        // 23 Tuesdays in the term, 27 April a holiday: 22 dates of 2 hours each.
        #expect(fit.hoursByKind == ["society": 44, "school": 44])
        #expect(fit.worstShare == 0 && fit.worstKind == "club")
        // One block a Tuesday (18–20 and 20–22 touch) on 22 Tuesdays, over the term's 23 weeks.
        #expect(abs(fit.blocksPerWeek - 22.0 / 23.0) < 1e-9)
        let stored = comparison.stored
        #expect(stored.requestsPlaced == 0 && stored.requestsNotPlaced == 3 && stored.hoursPlaced == 0)
        #expect(stored.reasons.map(\.rule) == ["no time at all"])
        #expect(stored.worstShare == 0 && stored.blocksPerWeek == 0)
    }

    /// The first-fit placement never puts two sessions in one room at once (with the buffer), and the
    /// conflict search agrees.
    @Test func firstFitLeavesNoConflicts() throws {
        let store = try F.store()
        try store.write { writer in
            try writer.save(try VenuePolicy(venue: F.golnik, bufferMinutes: 15))
            for index in 0..<8 {
                try writer.save(try Self.request(index % 2 == 0 ? "zbor" : "sola", "Vaje \(index)", audience: 8,
                                                 when: "mon,tue 16:00-22:00"))
            }
        }
        let term = try #require(try store.read { try $0.terms().first })
        let plan = try store.read { reader in
            try FirstFitPlan(requests: try reader.requests(), fixed: [], rooms: try reader.rooms(in: nil), closures: try reader.closuresInForce(),
                             policies: [F.golnik: try reader.policy(of: F.golnik)], groupKinds: [:], zones: [:], term: term)
        }
        // Two rooms, two evenings, two sessions an evening with the 15 minutes between them, less one
        // that the groups being elsewhere rule out.
        #expect(plan.bookings.count == 7)
        #expect(plan.notPlaced.count == 1)
        let numbered = plan.bookings.enumerated().map { index, booking in
            var copy = booking
            copy.id = Int64(index + 1)
            return copy
        }
        let conflicts = try store.read { try ConflictFinder($0).conflicts(among: numbered, from: term.firstDay, through: term.lastDay) }
        #expect(conflicts.isEmpty, "\(conflicts.map(\.detail))")
    }
}
