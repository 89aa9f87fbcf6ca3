import BookingImport
import Bookings
import Foundation
import Testing

/// `SetupFiles.read(path:)`: the kind of file by its extension, and files that cannot be read as text.
@Suite("Reading files by path")
struct SetupFilesTests {
    @Test func aYAMLFileIsReadAsASetupFile() throws {
        let setup = try SetupFiles.read(path: fixture("setup.yaml"))
        #expect(setup.venues.map(\.value.slug.value) == ["golnik", "strazisce"])
        #expect(setup.venues.map(\.location.line) == [9, 29])
        #expect(setup.requests.count == 4)
    }

    @Test func aCSVFileIsReadAsARequestSpreadsheet() throws {
        let setup = try SetupFiles.read(path: fixture("requests.csv"))
        #expect(setup.requests.count == 3)
        #expect(setup.venues.isEmpty)
    }

    @Test func aFileThatIsNotUTF8SaysHowToSaveIt() throws {
        let path = try fixture("requests-cp1250.csv")
        let store = try ImportStore.withFixtures()
        try store.expectRejection("\(path):1: not a well-formed file: the file is not UTF-8 text; save it as UTF-8 (CSV UTF-8 in a spreadsheet)") {
            try $0.importFiles(path)
        }
    }

    @Test func aFileOfAnotherKindIsRefusedByItsExtension() throws {
        let store = try ImportStore.withFixtures()
        try store.expectRejection("file kranj.txt: extension must be .yaml or .yml (setup file) or .csv (requests spreadsheet), got \"txt\"") {
            try $0.importFiles("kranj.txt")
        }
        try store.expectRejection("file Fixtures/kranj: extension must be .yaml or .yml (setup file) or .csv (requests spreadsheet), got \"\"") {
            try $0.importFiles("Fixtures/kranj")
        }
    }

    @Test func aMissingFileIsNotFound() throws {
        let store = try ImportStore.withFixtures()
        try store.expectRejection("no file \"/nonexistent/kranj.yml\"") { try $0.importFiles("/nonexistent/kranj.yml") }
    }

    // An empty file is the wrong file or a failed save; "nothing to import" with exit 0 hid that.
    @Test(arguments: ["", "# only a comment\n", "\n\n"])
    func anEmptySetupFileIsRefused(text: String) {
        #expect(throws: ImportError.self) { try SetupFileReader(file: "empty.yaml").read(text) }
        #expect(thrownMessage { try SetupFileReader(file: "empty.yaml").read(text) }
            == "empty.yaml:1: not a well-formed file: the file is empty; a setup file has terms, venues, closures, groups, requests or bookings")
    }
}
