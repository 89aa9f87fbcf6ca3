import BookingImport
import Bookings
import Testing

/// Bad request spreadsheets: each error names file, line and record, and nothing is written.
@Suite("Request spreadsheet errors")
struct SpreadsheetErrorTests {
    let store: ImportStore
    static let header = "group;term;title;audience;duration;sessions;repeats;days;hours;venues;rooms;features;public;description"

    init() throws { store = try ImportStore.withFixtures() }

    @Test func aRowWithAMissingColumnIsNamedWithTheHeader() throws {
        let text = """
            \(Self.header)
            du-golnik;spomlad-2027;Joga;20;1h;2;weekly;tor,čet;09:00-12:00;golnik;golnik/sejna-soba;;da;Opis
            du-golnik;spomlad-2027;Kvačkanje;8;2h;1;weekly;sre;15:00-19:00;;;;da
            """
        try store.expectRejection("requests.csv:3: not a well-formed file: row has 13 columns, the header has 14 (\(Self.header))") {
            try $0.importCSV(text)
        }
    }

    @Test func anUnknownColumnSuggestsTheColumnMeant() throws {
        let text = "group;term;titel;audience;duration;days;hours\ndu-golnik;spomlad-2027;Joga;20;1h;tor;09:00-12:00\n"
        try store.expectRejection("requests.csv:1: header row: unknown field \"titel\" (did you mean \"title\"?); known fields: "
                                  + "group, term, title, audience, duration, sessions, repeats, days, hours, venues, rooms, "
                                  + "features, public, description") { try $0.importCSV(text) }
    }

    @Test func aMissingRequiredColumnIsNamed() throws {
        let text = "group;term;title;audience;duration;days\ndu-golnik;spomlad-2027;Joga;20;1h;tor\n"
        try store.expectRejection("requests.csv:1: header row: hours column is required, got \"group;term;title;audience;duration;days\"") {
            try $0.importCSV(text)
        }
    }

    @Test func aQuotedFieldThatIsNeverClosedIsNamedAtTheLineItStarts() throws {
        let text = "group;term;title;audience;duration;days;hours;description\n"
            + "du-golnik;spomlad-2027;Joga;20;1h;tor;09:00-12:00;\"Opis\nbrez konca\n"
        try store.expectRejection("requests.csv:2: not a well-formed file: a quoted field is never closed") { try $0.importCSV(text) }
    }

    @Test func anEmptySpreadsheetNeedsAHeaderRow() throws {
        try store.expectRejection("requests.csv:1: not a well-formed file: the file is empty; it needs a header row") {
            try $0.importCSV("")
        }
    }

    @Test func anUnknownWeekdayIsNamedWithItsRow() throws {
        let text = "group;term;title;audience;duration;days;hours\n"
            + "du-golnik;spomlad-2027;Joga;20;1h;tor;09:00-12:00\n"
            + "du-golnik;spomlad-2027;Pilates;20;1h;\"tor,srd\";09:00-12:00\n"
        try store.expectRejection("requests.csv:3: request \"Pilates\": days must be weekdays such as tor,čet or tue,thu, got \"srd\"") {
            try $0.importCSV(text)
        }
    }

    @Test func aNumberThatIsNotOneIsNamed() throws {
        let text = "group,term,title,audience,duration,days,hours\ndu-golnik,spomlad-2027,Joga,dvajset,1h,tor,09:00-12:00\n"
        try store.expectRejection("requests.csv:2: request \"Joga\": audience must be a whole number, got \"dvajset\"") {
            try $0.importCSV(text)
        }
    }

    @Test func aWindowShorterThanTheDurationIsNamedWithItsRow() throws {
        let text = "group;term;title;audience;duration;days;hours\ndu-golnik;spomlad-2027;Joga;20;2h;tor;09:00-10:00\n"
        try store.expectRejection("requests.csv:2: request \"Joga\": when must be at least as long as the duration of 120 minutes, got \"TU 09:00-10:00\"") {
            try $0.importCSV(text)
        }
    }

    @Test func anUnknownRoomUndoesTheRowsBeforeIt() throws {
        let text = "group;term;title;audience;duration;days;hours;rooms\n"
            + "du-golnik;spomlad-2027;Joga;20;1h;tor;09:00-12:00;golnik/sejna-soba\n"
            + "du-golnik;spomlad-2027;Pilates;20;1h;tor;09:00-12:00;golnik/sejna-sob\n"
        try store.expectRejection("requests.csv:3: no room \"golnik/sejna-sob\" (did you mean \"golnik/sejna-soba\"?)") {
            try $0.importCSV(text)
        }
    }

    @Test func anUnknownGroupIsNamedWithItsRow() throws {
        let text = "group;term;title;audience;duration;days;hours\nsk-strazisc;spomlad-2027;Šah;20;1h;tor;09:00-12:00\n"
        try store.expectRejection("requests.csv:2: no group \"sk-strazisc\" (did you mean \"sk-strazisce\"?)") {
            try $0.importCSV(text)
        }
    }
}
