import ArgumentParser
import Bookings
import CivilTime

extension ReportCommand {
    /// `prostor report plan`: the stored plan beside a plain first-come, first-fit placement.
    struct Plan: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "What the plan gave the requests, beside a plain first-come, first-fit placement of the same requests.",
            discussion: """
                For the term (the current one by default): requests asked, placed and not placed and why, \
                hours placed per kind of group, fairness (each group's share of the session time it asked \
                for that it got; the worst-off group named only by its kind) and energy (separate blocks of \
                use per room and week). The second column places the same requests first come (by request \
                number), first fit (the first room by name and the first quarter-hour that is free on every \
                date), around the bookings made by hand. Withdrawn and rejected requests count in neither. \
                No group is named.

                Examples:
                  prostor report plan
                  prostor report plan --venue golnik --json
                """
        )

        @Option(help: "The term's slug; the current one (else the next) by default.") var term: String?
        @Option(help: "Only requests and rooms of this venue.") var venue: String?
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let (comparison, chosen) = try store.open().read { reader in
                let venueSlug = try venue.map { try References(reader).venue(Slug(folding: $0)).slug }
                let today = try CommandClock.today(reader)
                let terms = try reader.terms()
                let chosen: Term
                if let term {
                    chosen = try References(reader).term(Slug(folding: term))
                } else if let found = FreeTimeQuery.restOfTerm(terms, today: today)?.term ?? terms.last {
                    chosen = found
                } else {
                    throw InvalidValue(record: "report plan", field: "--term", value: "", rule: "needs a term; add one with `prostor term add`")
                }
                return (try PlanComparison(term: chosen, venue: venueSlug, reader: reader, language: .en), chosen)
            }
            if output.json { return try printJSON(comparison) }
            say("Plan figures for \(chosen.name) (\(chosen.firstDay) to \(chosen.lastDay))\(comparison.venue.map { " in \($0)" } ?? ""): "
                + "the stored plan beside first come, first fit:")
            Self.table(comparison).print(emptyMessage: "")
        }

        static func table(_ comparison: PlanComparison) -> Table {
            let a = comparison.stored, b = comparison.firstFit
            var table = Table("FIGURE", "STORED PLAN", "FIRST COME, FIRST FIT")
            table.add("requests asked", String(a.requestsAsked), String(b.requestsAsked))
            table.add("placed", String(a.requestsPlaced), String(b.requestsPlaced))
            table.add("not placed", String(a.requestsNotPlaced), String(b.requestsNotPlaced))
            var rules: [String] = []
            for reason in a.reasons + b.reasons where !rules.contains(reason.rule) { rules.append(reason.rule) }
            for rule in rules {
                table.add("  " + PlainReason.reason(rule, in: .en), String(a.reasons.first { $0.rule == rule }?.requests ?? 0),
                          String(b.reasons.first { $0.rule == rule }?.requests ?? 0))
            }
            table.add("hours placed in the term", number(a.hoursPlaced), number(b.hoursPlaced))
            for kind in Set(a.hoursByKind.keys).union(b.hoursByKind.keys).sorted() {
                table.add("  for \(kind)", number(a.hoursByKind[kind] ?? 0), number(b.hoursByKind[kind] ?? 0))
            }
            func worst(_ figures: PlanFigures) -> String {
                figures.worstShare.map { "\(percent($0)) (\(figures.worstKind ?? ""))" } ?? "-"
            }
            table.add("worst-off group's share", worst(a), worst(b))
            table.add("mean share of the groups", a.meanShare.map(percent) ?? "-", b.meanShare.map(percent) ?? "-")
            table.add("blocks of room use a week", number(a.blocksPerWeek), number(b.blocksPerWeek))
            return table
        }

        static func number(_ value: Double) -> String {
            let tenths = Int((value * 10).rounded())
            return "\(tenths / 10).\(tenths % 10)"
        }

        static func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
    }
}
