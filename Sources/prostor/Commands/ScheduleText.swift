import Bookings

/// The schedule report as text: the plan, the score breakdown, and each unplaced request with its
/// reasons and alternatives.
struct ScheduleText {
    let report: ScheduleReport

    func print() {
        let searches = report.iterations.count
        say("Schedule for \(report.term): \(report.placed.count) session\(report.placed.count == 1 ? "" : "s") placed, "
            + "\(report.unplaced.count) not placed; score hard=\(report.hard) soft=\(report.soft) "
            + "(\(String(format: "%.1f", report.elapsedSeconds)) s, \(searches) search\(searches == 1 ? "" : "es"), "
            + "\(report.iterations.reduce(0, +)) steps)")
        if report.dryRun {
            say("Dry run: nothing was stored.")
        } else if report.placed.isEmpty {
            say("Nothing was placed, so nothing waits for approval; each request keeps why (`prostor request show ID`).")
        } else {
            say("Stored as tentative bookings: approve them with `prostor approve --term \(report.term) --tentative`, or one by one "
                + "with `prostor approve ID`; look with `prostor booking list --state tentative`.")
        }
        say()
        var placed = Table("BOOKING", "REQUEST", "TITLE", "GROUP", "ROOM", "WHEN", "FROM", "CLOSED DATES")
        for line in report.placed {
            placed.add(line.booking.map(String.init) ?? "-", line.request.map(String.init) ?? "-", line.title, line.group,
                       line.room, line.when + (line.rrule.map { Self.repeatWord($0) } ?? ""), line.start.prefix(10).description,
                       line.closedDates.isEmpty ? "" : line.closedDates.joined(separator: ","))
        }
        placed.print(emptyMessage: "Nothing was placed.")
        say()
        var score = Table("CONSTRAINT", "LEVEL", "WEIGHT", "PENALTY", "COST")
        for line in report.constraints where line.weight > 0 || line.weightedByVenue {
            score.add(line.name, line.level, String(line.weight) + (line.weightedByVenue ? "*" : ""), String(line.penalty),
                      String(line.cost))
        }
        say("Score by constraint:")
        score.print(emptyMessage: "(no constraints)")
        if report.constraints.contains(where: \.weightedByVenue) {
            say("* the municipality's weight; some venues set their own, and the cost weighs each penalty with its venue's.")
        }
        for unplaced in report.unplaced {
            say()
            printUnplaced(unplaced)
        }
    }

    private func printUnplaced(_ unplaced: ScheduleReport.Unplaced) {
        let date = unplaced.date.map { " on \($0)" } ?? ""
        say("Not placed: request \(unplaced.request.map(String.init) ?? "-") \"\(unplaced.title)\" (\(unplaced.group))\(date)")
        if unplaced.placesTried == 0, !unplaced.reasons.isEmpty {
            say("  placed, then turned away: \(unplaced.reasons.map(\.reason).joined(separator: "; "))")
        } else if unplaced.placesTried == 0 {
            say("  no room and time is allowed at all: check the request's days, hours, venues and dates")
        } else {
            let reasons = unplaced.reasons.map { "\($0.reason) (\($0.places))" }.joined(separator: "; ")
            say("  refused at all \(unplaced.placesTried) rooms and times it can use: \(reasons)")
        }
        for blocker in unplaced.inTheWay { say("  in the way: \(blocker)") }
        if unplaced.alternatives.isEmpty {
            say("  no alternative found")
        }
        for (index, alternative) in unplaced.alternatives.enumerated() {
            let weeks = alternative.weeks == alternative.weeksAsked ? "" : ", in \(alternative.weeks) of \(alternative.weeksAsked) weeks"
            let kind = alternative.relaxes.isEmpty ? "as asked" : alternative.relaxes.map { PlainReason.wish($0, in: .en) }.joined(separator: ", ")
            say("  alternative \(index + 1), \(kind): \(alternative.room) \(alternative.when)\(weeks)")
        }
    }

    static func repeatWord(_ rule: String) -> String {
        if rule.contains("FREQ=MONTHLY") { return ", monthly" }
        if rule.contains("INTERVAL=2") { return ", fortnightly" }
        return ", weekly"
    }
}
