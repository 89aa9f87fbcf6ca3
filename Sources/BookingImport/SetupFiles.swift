import Bookings
import Foundation

/// Reads a file of any kind `prostor import` accepts, chosen by its extension.
public enum SetupFiles {
    /// The kinds of file by extension, for messages.
    public static let extensions = ["yaml", "yml", "csv"]

    public static func read(path: String) throws -> Setup {
        let ext = (path as NSString).pathExtension.lowercased()
        guard extensions.contains(ext) else {
            throw InvalidValue(record: "file \(path)", field: "extension", value: ext,
                               rule: "must be .yaml or .yml (setup file) or .csv (requests spreadsheet)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw NotFound(kind: "file", key: path)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ImportError(at: SourceLocation(file: path, line: 1),
                              MalformedFile(problem: "the file is not UTF-8 text; save it as UTF-8 (CSV UTF-8 in a spreadsheet)"))
        }
        switch ext {
        case "csv": return try RequestSpreadsheet(file: path).read(text)
        default: return try SetupFileReader(file: path).read(text)
        }
    }
}
