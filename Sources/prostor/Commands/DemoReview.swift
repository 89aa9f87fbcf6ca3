import Bookings
import CivilTime

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

    /// What the outbox holds after the demo: the messages its changes wrote, none of them sent.
    static func outbox(_ reader: any StoreReader, number: Int) throws {
        let messages = try reader.outbox(status: nil, group: nil)
        let counts = Dictionary(grouping: messages, by: \.event).mapValues(\.count)
        say("\(number). Outbox: \(messages.count) message\(messages.count == 1 ? "" : "s") written with the changes above, none sent "
            + "(`prostor notify send` sends them):")
        say("   " + counts.keys.sorted { $0.rawValue < $1.rawValue }.map { "\(counts[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", "))
        var table = Table("ID", "TO", "WHAT", "SUBJECT")
        for message in messages.prefix(8) {
            table.add(String(message.id ?? 0), message.recipient, message.event.rawValue, message.subject)
        }
        say(table.rendered.split(separator: "\n").map { "   " + $0 }.joined(separator: "\n"))
        if messages.count > 8 { say("   … and \(messages.count - 8) more: prostor notify list --db …") }
        guard let sample = messages.first(where: { $0.calendar != nil }) ?? messages.first else { return }
        say()
        say("   Message \(sample.id ?? 0) as it would be sent (`prostor notify show \(sample.id ?? 0)`), text part:")
        let text = sample.text(site: GroupOutput.site.address)
        for line in ([sample.subject, ""] + text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)) {
            say("   | " + line)
        }
    }

    /// What is left free after the plan: weekday evenings, for a two-hour activity, week after week.
    static func freeTimes(_ reader: any StoreReader, number: Int, now: LocalDateTime) throws {
        guard let rest = FreeTimeQuery.restOfTerm(try reader.terms(), today: now.date) else { return }
        let query = try FreeTimeQuery(durationMinutes: 120, days: [.monday, .tuesday, .wednesday, .thursday, .friday],
                                      between: TimeRange(parsing: "17:00-21:00"), span: .weekly(from: rest.from, through: rest.through))
        let found = try FreeTimes(query, reader: reader, now: now)
        say("\(number). Free every week \(rest.from) to \(rest.through), Monday to Friday 17:00-21:00, for 2 hours or more "
            + "(`prostor free`, and /venues/V/free on the web):")
        var table = Table("VENUE", "ROOMS WITH A FREE EVENING", "FREE WEEKLY TIMES", "FREE HOURS A WEEK")
        for venue in try reader.venues() {
            let times = found.times.filter { $0.room.venue == venue.slug }
            let minutes = times.reduce(0) { $0 + $1.hours.durationMinutes }
            table.add(venue.slug.value, String(Set(times.map(\.room)).count), String(times.count), ReportCommand.Usage.hours(minutes))
        }
        say(table.rendered.split(separator: "\n").map { "   " + $0 }.joined(separator: "\n"))
    }

    /// The stored plan beside first come, first fit (`prostor report plan`).
    static func plan(_ reader: any StoreReader, number: Int) throws {
        guard let term = try reader.terms().first else { return }
        let comparison = try PlanComparison(term: term, venue: nil, reader: reader, language: .en)
        say("\(number). What the plan gave the requests, beside a plain first-come, first-fit placement (`prostor report plan`):")
        say(ReportCommand.Plan.table(comparison).rendered.split(separator: "\n").map { "   " + $0 }.joined(separator: "\n"))
    }
}
