import Bookings

/// The demo's last stages: what clashes in the pilot's term, and how well its rooms are used.
enum DemoReview {
    static func conflicts(_ reader: any StoreReader, number: Int) throws {
        guard let term = try reader.terms().first else { return }
        let conflicts = try ConflictFinder(reader).conflicts(among: try reader.bookings(), from: term.firstDay, through: term.lastDay)
        say("\(number). Conflicts in \(term.name) (\(term.firstDay) to \(term.lastDay)), approved and tentative bookings:")
        if conflicts.isEmpty {
            say("   none.")
        } else {
            say(ConflictsCommand.table(conflicts).rendered.split(separator: "\n").map { "   " + $0 }.joined(separator: "\n"))
        }
    }

    static func usage(_ reader: any StoreReader, number: Int) throws {
        guard let term = try reader.terms().first else { return }
        let report = try ReportCommand.Usage.report(reader, venue: nil, from: term.firstDay, through: term.lastDay)
        say("\(number). Usage report for \(term.name), per room (`prostor report usage` gives each ISO week):")
        say(ReportCommand.Usage.table(report.totals).rendered.split(separator: "\n").map { "   " + $0 }.joined(separator: "\n"))
    }
}
