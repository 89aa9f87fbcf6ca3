/// A session the engine placed but a venue's weekly limit for a group turned away.
public struct OverLimit: Sendable, Hashable {
    public var proposal: ProposedBooking
    /// The policy's rule in words, as the report shows it among the reasons.
    public var rule: String
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
            let weeks = try policy.weeksOverLimit(proposal.booking, others: others, limit: limit, zone: zones[venue])
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
