import BookingImport
import Bookings
import Testing

/// A feature a request needs must be one that some room offers, in the store or in the same files:
/// a typo (`projektor`) would otherwise leave the request with no room at all, and nobody would know why.
@Suite("Features a request names, on import")
struct FeatureImportTests {
    let store: ImportStore
    static let header = "group;term;title;audience;duration;sessions;repeats;days;hours;venues;rooms;features;public;description"

    init() throws { store = try ImportStore.withFixtures() }

    func request(features: String) -> String {
        """
        requests:
          - group: du-golnik
            term: spomlad-2027
            title: Predavanja
            audience: 12
            features: \(features)
            duration: 1h
            when:
              - days: [tor]
                hours: "17:00-21:00"
        """
    }

    @Test func aTypoInTheSetupFileIsNamedWithTheNearestFeature() throws {
        try store.expectRejection(
            "kranj.yaml:2: request \"Predavanja\": features must be a feature some room offers (did you mean \"projector\"?), got \"projektor\"") {
            try $0.importYAML(request(features: "[piano, projektor]"))
        }
    }

    @Test func aFeatureNoRoomOffersIsRefusedInTheSpreadsheet() throws {
        let text = "\(Self.header)\ndu-golnik;spomlad-2027;Kuharski tečaj;10;2h;1;weekly;sre;16:00-20:00;;;kitchen;da;\n"
        try store.expectRejection(
            "requests.csv:2: request \"Kuharski tečaj\": features must be a feature some room offers, got \"kitchen\"") {
            try $0.importCSV(text)
        }
    }

    @Test func aFeatureOfARoomInTheSameFileIsKnown() throws {
        let text = """
            venues:
              - slug: golnik
                name: KS Golnik
                address: Golnik 45, 4204 Golnik
                rooms:
                  - slug: kuhinja
                    name: Kuhinja
                    capacity: 12
                    features: [kitchen]
            """ + "\n" + request(features: "[kitchen]")
        let summary = try store.importYAML(text)
        #expect(summary.counts["request"]?.added == 1)
        let saved = try store.database.read { reader throws in try reader.requests() }
        #expect(saved.contains { $0.title == "Predavanja" && $0.features == ["kitchen"] })
    }

    @Test func featuresAreComparedAsSlugs() throws {
        // The fixture's gym offers "Step free"; a request asking for "step-free" finds it.
        #expect(throws: Never.self) { try store.importYAML(request(features: "[Step Free]")) }
    }
}
