import BookingImport
import Bookings
import Testing

/// Values past what a hall needs, and files that are not what they seem, refused at the line that holds
/// them, with nothing written: each of these was once accepted and crashed or misled a later command.
@Suite("Import bounds and malformed files")
struct BoundsImportTests {
    let store: ImportStore
    static let header = "group;term;title;audience;duration;sessions;repeats;days;hours;venues;rooms;features;public;description"

    init() throws { store = try ImportStore.withFixtures() }

    func room(capacity: String) -> String {
        """
        venues:
          - slug: zlato-polje
            name: KS Zlato polje
            rooms:
              - slug: velika-dvorana
                name: Velika dvorana
                capacity: \(capacity)
        """
    }

    @Test func aCapacityAboveTenThousandIsNamedAtItsLine() throws {
        try store.expectRejection("kranj.yaml:7: room \"Velika dvorana\": capacity must be at most 10000, got \"2147483648\"") {
            try $0.importYAML(room(capacity: "2147483648"))
        }
    }

    @Test func anAudienceAboveTenThousandIsNamedAtItsRow() throws {
        let text = "\(Self.header)\ndu-golnik;spomlad-2027;Joga;99999999999;1h;1;weekly;tor;09:00-12:00;;;;da;\n"
        try store.expectRejection("requests.csv:2: request \"Joga\": audience must be at most 10000, got \"99999999999\"") {
            try $0.importCSV(text)
        }
    }

    @Test(arguments: [
        ("      max_hours_per_group_per_week: 9223372036854775807",
         "golnik.yaml:5: policy of venue golnik: max_hours_per_group_per_week must be at most 168, got \"9223372036854775807\""),
        ("      book_ahead_days: 9223372036854775807",
         "golnik.yaml:5: policy of venue golnik: book_ahead_days must be at most 3660, got \"9223372036854775807\""),
        ("      min_notice_hours: 9223372036854775807",
         "golnik.yaml:5: policy of venue golnik: min_notice_hours must be at most 8784, got \"9223372036854775807\""),
        ("      room_kinds:\n        kuhinja: [society, cult]",
         "golnik.yaml:6: policy of venue golnik: room_kinds.kuhinja must be one of society, club, school, ngo, initiative, public-body, got \"cult\""),
    ])
    func policyLimitsAndKindsAreBounded(policy: String, message: String) {
        #expect(thrownMessage { try SetupFileReader(file: "golnik.yaml").read(PolicyFieldsTests.yaml(policy)) } == message)
    }

    @Test func aGroupOfAnUndocumentedKindIsRefused() throws {
        let text = """
            groups:
              - slug: kult
                name: Kult
                kind: cult
            """
        try store.expectRejection(
            "kranj.yaml:4: group \"Kult\": kind must be one of society, club, school, ngo, initiative, public-body, got \"cult\"") {
            try $0.importYAML(text)
        }
    }

    @Test func aRuleWithAHugeCountIsRefusedAtTheDoor() throws {
        let text = """
            bookings:
              - room: golnik/sejna-soba
                group: du-golnik
                title: Vsak dan
                start: 2027-01-18T18:00
                duration: 1h
                rrule: FREQ=DAILY;COUNT=1000000000
            """
        let message = thrownMessage { try store.importYAML(text) } ?? ""
        #expect(message.contains("RRULE part COUNT: \"1000000000\" is more than 10000, the most Prostor accepts"))
        #expect(message.hasPrefix("kranj.yaml:"))
    }

    @Test func aDuplicatedColumnIsNamedInsteadOfDropped() throws {
        let text = "group;term;title;audience;duration;days;hours;title\ndu-golnik;spomlad-2027;Joga;20;1h;tor;09:00-12:00;Pilates\n"
        try store.expectRejection(
            "requests.csv:1: not a well-formed file: column \"title\" appears twice in the header (columns 3 and 8)") {
            try $0.importCSV(text)
        }
    }

    @Test func aTabSeparatedSpreadsheetIsNamedAsSuch() throws {
        let text = "group\tterm\ttitle\taudience\tduration\tdays\thours\ndu-golnik\tspomlad-2027\tJoga\t20\t1h\ttor\t09:00-12:00\n"
        try store.expectRejection("requests.csv:1: not a well-formed file: the columns are separated by tabs; "
                                  + "save the spreadsheet as CSV, with ; or , between columns") { try $0.importCSV(text) }
    }
}
