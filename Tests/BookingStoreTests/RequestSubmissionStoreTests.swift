import BookingStore
import Bookings
import CivilTime
import Foundation
import Testing

/// `RequestSubmission.submit` against the SQLite store: one transaction, new groups created on the way.
@Suite struct RequestSubmissionStoreTests {
    func seeded() throws -> AppDatabase {
        let database = try AppDatabase()
        try database.write { writer in
            try writer.save(Venue(slug: Slug(folding: "golnik"), name: "KS Golnik", address: "Golnik 45"))
            try writer.save(Term(name: "Pomlad 2027", firstDay: LocalDate(iso: "2027-01-11"), lastDay: LocalDate(iso: "2027-06-20")))
        }
        return database
    }

    func submission(group: String) -> RequestSubmission {
        var submission = RequestSubmission(group: group, term: "pomlad-2027", title: "Vaje", audience: 20,
                                           duration: "2h", when: ["tue 18:00-21:00"])
        submission.venues = ["golnik"]
        return submission
    }

    @Test func aNewGroupIsCreatedWithItsRequest() throws {
        let database = try seeded()
        let group = try Group(name: "Pevski zbor Golnik", kind: "initiative", email: "zbor@primer.si", token: Group.newToken())
        let saved = try database.write { writer in
            try submission(group: group.slug.value).submit(to: writer, creating: group, context: ChangeContext(actor: "test"))
        }
        #expect(saved.id != nil)
        let stored = try database.read { reader in (try reader.group(group.slug), try reader.requests()) }
        #expect(stored.0?.kind == "initiative")
        #expect(stored.1.map(\.status) == [.pending])
    }

    @Test func anUnknownGroupWithoutDetailsIsNotFoundAndNothingIsWritten() throws {
        let database = try seeded()
        #expect(throws: NotFound.self) {
            try database.write { writer in try submission(group: "nihce").submit(to: writer, context: ChangeContext(actor: "test")) }
        }
        #expect(try database.read { reader in try reader.requests() }.isEmpty)
    }

    @Test func aFailedRequestLeavesNoNewGroupBehind() throws {
        let database = try seeded()
        let group = try Group(name: "Novi klub", token: Group.newToken())
        var bad = submission(group: group.slug.value)
        bad.venues = ["nikjer"]
        #expect(throws: NotFound.self) {
            try database.write { writer in try bad.submit(to: writer, creating: group, context: ChangeContext(actor: "test")) }
        }
        #expect(try database.read { reader in try reader.groups() }.isEmpty)
    }

    /// The web server reads while the CLI writes: with WAL a reader of one pool sees another's commits.
    @Test func aSecondConnectionReadsWhatTheFirstWrote() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("prostor-wal-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let cli = try AppDatabase(path: path, create: true)
        let server = try AppDatabase(path: path, create: false)
        try cli.write { writer in try writer.save(Venue(name: "KS Golnik", address: "")) }
        #expect(try server.read { reader in try reader.venues() }.map(\.slug.value) == ["ks-golnik"])
    }
}
