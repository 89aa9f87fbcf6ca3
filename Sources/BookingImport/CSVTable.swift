import Bookings

/// A spreadsheet exported as CSV: a header row, then records, each with the line it starts on.
///
/// The separator is `;` or `,`, whichever the header uses (Slovenian spreadsheets export with `;`).
/// Fields may be quoted with `"`, with `""` for a quote inside and line breaks allowed inside quotes.
/// A byte-order mark and CRLF line ends are accepted.
struct CSVTable {
    struct Row {
        var line: Int
        var cells: [String: String]
    }

    let header: [String]
    let rows: [Row]

    init(parsing text: String, file: String) throws {
        var body = Substring(text)
        if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
        let firstLine = body.prefix { $0 != "\n" && $0 != "\r\n" }
        let separator: Character = firstLine.filter { $0 == ";" }.count >= firstLine.filter { $0 == "," }.count ? ";" : ","
        if firstLine.contains("\t") && !firstLine.contains(separator) {
            throw ImportError(at: SourceLocation(file: file, line: 1), MalformedFile(
                problem: "the columns are separated by tabs; save the spreadsheet as CSV, with ; or , between columns"))
        }
        let records = try Self.records(body, separator: separator, file: file)
        guard let (_, headerCells) = records.first else {
            throw ImportError(at: SourceLocation(file: file, line: 1), MalformedFile(problem: "the file is empty; it needs a header row"))
        }
        header = headerCells.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        // A second column of the same name used to be dropped in silence, whichever of the two was meant.
        for (index, name) in header.enumerated() {
            if let first = header.firstIndex(of: name), first < index {
                throw ImportError(at: SourceLocation(file: file, line: 1), MalformedFile(
                    problem: "column \"\(name)\" appears twice in the header (columns \(first + 1) and \(index + 1))"))
            }
        }
        var rows: [Row] = []
        for (line, cells) in records.dropFirst() where !(cells.count == 1 && cells[0].trimmingCharacters(in: .whitespaces).isEmpty) {
            guard cells.count == header.count else {
                throw ImportError(at: SourceLocation(file: file, line: line), MalformedFile(
                    problem: "row has \(cells.count) columns, the header has \(header.count) (\(header.joined(separator: String(separator))))"))
            }
            rows.append(Row(line: line, cells: Dictionary(zip(header, cells), uniquingKeysWith: { first, _ in first })))
        }
        self.rows = rows
    }

    /// Splits the text into records of cells, tracking the line on which each record starts.
    private static func records(_ text: Substring, separator: Character, file: String) throws -> [(Int, [String])] {
        var records: [(Int, [String])] = []
        var cells: [String] = []
        var cell = ""
        var line = 1, recordLine = 1
        var inQuotes = false, quotedCell = false
        var iterator = text.makeIterator()
        var pending: Character? = iterator.next()
        while let character = pending {
            pending = iterator.next()
            if inQuotes {
                if character == "\"" {
                    if pending == "\"" {
                        cell.append("\"")
                        pending = iterator.next()
                    } else {
                        inQuotes = false
                    }
                } else {
                    if character == "\n" || character == "\r\n" { line += 1 }
                    cell.append(character)
                }
                continue
            }
            switch character {
            case "\"" where cell.trimmingCharacters(in: .whitespaces).isEmpty && !quotedCell:
                cell = ""
                inQuotes = true
                quotedCell = true
            case separator:
                cells.append(cell)
                cell = ""
                quotedCell = false
            case "\n", "\r\n", "\r":
                cells.append(cell)
                records.append((recordLine, cells))
                cells = []
                cell = ""
                quotedCell = false
                line += 1
                recordLine = line
            default:
                cell.append(character)
            }
        }
        if inQuotes {
            throw ImportError(at: SourceLocation(file: file, line: recordLine), MalformedFile(problem: "a quoted field is never closed"))
        }
        if !cell.isEmpty || !cells.isEmpty {
            cells.append(cell)
            records.append((recordLine, cells))
        }
        return records
    }
}
