import Bookings
import CivilTime

/// Reads requests collected in a spreadsheet (CSV; columns documented in docs/setup-file.md).
public struct RequestSpreadsheet {
    public static let columns = ["group", "term", "title", "audience", "duration", "sessions", "repeats", "days",
                                 "hours", "venues", "rooms", "features", "public", "description"]
    static let required = ["group", "term", "title", "audience", "duration", "days", "hours"]

    let file: String

    public init(file: String) { self.file = file }

    public func read(_ text: String) throws -> Setup {
        let table = try CSVTable(parsing: text, file: file)
        for column in table.header where !Self.columns.contains(column) {
            throw ImportError(at: SourceLocation(file: file, line: 1),
                              UnknownField(record: "header row", field: column, known: Self.columns))
        }
        for column in Self.required where !table.header.contains(column) {
            throw ImportError(at: SourceLocation(file: file, line: 1), InvalidValue(
                record: "header row", field: column, value: table.header.joined(separator: ";"), rule: "column is required"))
        }
        var setup = Setup()
        for row in table.rows {
            let location = SourceLocation(file: file, line: row.line)
            do {
                setup.requests.append(Located(try request(row.cells), at: location))
            } catch {
                throw ImportError(at: location, error)
            }
        }
        return setup
    }

    private func request(_ cells: [String: String]) throws -> Request {
        func cell(_ column: String) -> String { (cells[column] ?? "").trimmingCharacters(in: .whitespaces) }
        func list(_ column: String) -> [String] {
            cell(column).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        let title = cell("title")
        let record = "request \"\(title)\""
        func number(_ column: String, default fallback: Int?) throws(InvalidValue) -> Int {
            if cell(column).isEmpty, let fallback { return fallback }
            guard let value = Int(cell(column)) else {
                throw InvalidValue(record: record, field: column, value: cell(column), rule: "must be a whole number")
            }
            return value
        }
        let days = try list("days").map { text throws(InvalidValue) in
            guard let day = Weekday(name: text) else {
                throw InvalidValue(record: record, field: "days", value: text, rule: "must be weekdays such as tor,čet or tue,thu")
            }
            return day
        }
        guard !days.isEmpty else {
            throw InvalidValue(record: record, field: "days", value: "", rule: "must name at least one day")
        }
        let hours = try TimeRange(parsing: cell("hours"), record: record, field: "hours")
        let repeats = cell("repeats")
        return try Request(
            group: Slug(validating: cell("group"), record: record, field: "group"),
            term: Slug(validating: cell("term"), record: record, field: "term"),
            title: title, description: cell("description"),
            audience: number("audience", default: nil), features: list("features"),
            durationMinutes: DurationText.minutes(cell("duration"), record: record),
            sessionsPerWeek: number("sessions", default: 1),
            pattern: repeats.isEmpty ? .weekly : WeekPattern(parsing: repeats, record: record),
            windows: [TimeWindow(days: days, hours: hours)],
            venues: list("venues").map { text throws(InvalidValue) in try Slug(validating: text, record: record, field: "venues") },
            preferredRooms: list("rooms").map { text throws(InvalidValue) in try RoomRef(parsing: text, record: record, field: "rooms") },
            isPublic: cell("public").isEmpty ? true : YesNo.parse(cell("public"), record: record, field: "public"))
    }
}
