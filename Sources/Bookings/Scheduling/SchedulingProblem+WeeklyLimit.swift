/// A session the engine placed but a rule applied to its plan turned away: a venue's weekly limit for
/// a group, or a room and time an administrator refused for the request.
public struct OverLimit: Sendable, Hashable {
    public var proposal: ProposedBooking
    /// The rule in words, as the report shows it among the reasons.
    public var rule: String
    /// The rule's name for `PlainReason`: `weekly hours limit` or `refused places` (the engine's rule).
    public var name = "weekly hours limit"
}

extension SchedulingProblem {
    /// The proposals that keep every venue's limit of hours a week for a group, and those that do not.
    ///
    /// The engine has no constraint for the limit, so it is applied to its plan: proposals are taken in
    /// the order of their requests (first asked, first kept), each counted with the group's approved and
    /// tentative bookings and the proposals kept before it, through the same check approval makes.
    func keepingWeeklyLimits(_ proposals: [ProposedBooking]) throws -> (kept: [ProposedBooking], overLimit: [OverLimit]) {
        var kept: [ProposedBooking] = []
        var overLimit: [OverLimit] = []
        for proposal in proposals {
            let venue = proposal.booking.room.venue
            guard let policy = input.policies[venue], let limit = policy.maxMinutesPerGroupPerWeek else {
                kept.append(proposal)
                continue
            }
            let others = input.fixed + kept.map(\.booking)
            let weeks = try policy.weeksOverLimit(proposal.booking, others: others, limit: limit, zone: zones[venue],
                                                 closures: input.closures)
            if weeks.isEmpty {
                kept.append(proposal)
            } else {
                overLimit.append(OverLimit(proposal: proposal, rule: "venue \(venue) allows a group at most \(limit / 60) hours a week "
                                           + "(\(weeks.count) week\(weeks.count == 1 ? "" : "s") over it, from \(weeks[0]))"))
            }
        }
        return (kept, overLimit)
    }
}

extension SchedulingProblem {
    /// The proposals that take no room and time an administrator refused for their request, and those
    /// that do. The engine keeps the refused places out of a request's domain; this holds the rule for
    /// any proposal that reaches the plan some other way, so a rejection never comes back.
    func keepingRefusedPlacesFree(_ proposals: [ProposedBooking]) -> (kept: [ProposedBooking], refused: [OverLimit]) {
        var kept: [ProposedBooking] = [], refused: [OverLimit] = []
        for proposal in proposals {
            let booking = proposal.booking
            let end = booking.start.adding(minutes: booking.durationMinutes)
            let span = try? TimeRange(startMinute: booking.start.time.minuteOfDay,
                                      endMinute: end.date == booking.start.date ? end.time.minuteOfDay : 1440)
            if let span, let place = proposal.request.decisions.refusedPlaces.first(where: {
                $0.covers(room: booking.room, day: booking.start.date.weekday, span: span)
            }) {
                refused.append(OverLimit(proposal: proposal, rule: "\(place.place) was refused: \(place.reason)",
                                         name: "refused places"))
            } else {
                kept.append(proposal)
            }
        }
        return (kept, refused)
    }
}
