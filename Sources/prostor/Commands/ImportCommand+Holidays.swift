import ArgumentParser
import BookingImport
import Bookings
import CivilTime
import Foundation

/// `--venue`, `--from` and `--to`, which say where and when a holiday calendar (.ics) closes.
struct HolidayOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Holiday calendars (.ics) close only this venue; all venues when omitted.", valueName: "venue"))
    var venue: String?
    @Option(help: ArgumentHelp("Expand yearly holidays from this day; the first term's start when omitted.", valueName: "date"))
    var from: String?
    @Option(help: ArgumentHelp("Expand yearly holidays through this day; the last term's end when omitted.", valueName: "date"))
    var to: String?
}

/// One file given to `prostor import`: a setup file or spreadsheet, or a holiday calendar.
enum ImportSource {
    case setup(Setup)
    case holidays(path: String, text: String)

    init(path: String) throws {
        guard (path as NSString).pathExtension.lowercased() == "ics" else {
            self = .setup(try SetupFiles.read(path: path))
            return
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw NotFound(kind: "file", key: path) }
        self = .holidays(path: path, text: String(decoding: data, as: UTF8.self))
    }

    /// Writes the file's records; a holiday calendar's skipped events are added to `skipped`.
    func apply(to writer: any StoreWriter, options: HolidayOptions, context: ChangeContext, skipped: inout [String]) throws -> ImportSummary {
        switch self {
        case .setup(let setup):
            return try SetupImport.apply(setup, to: writer, context: context)
        case .holidays(let path, let text):
            let scope: Closure.Scope = try options.venue.map { .venue(try References(writer).venue(Slug(folding: $0)).slug) } ?? .everywhere
            let terms = try writer.terms()
            guard let first = try options.from.map({ try parseDate($0, record: "import", field: "from") }) ?? terms.map(\.firstDay).min(),
                  let last = try options.to.map({ try parseDate($0, record: "import", field: "to") }) ?? terms.map(\.lastDay).max() else {
                throw CommandFailure("\(path): give --from and --to for the holidays to expand, or add a term first")
            }
            let result = try HolidayCalendar(file: path).read(text, scope: scope, from: first, through: last)
            skipped += result.skipped
            return try SetupImport.apply(result.setup, to: writer, context: context)
        }
    }
}
