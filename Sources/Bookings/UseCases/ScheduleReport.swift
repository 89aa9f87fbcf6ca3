import CivilTime
import Timetabling

/// What a scheduler run found, in the words an administrator uses: the score and its breakdown, the
/// tentative bookings, and for each session it could not place, why and what the group could take instead.
public struct ScheduleReport: Sendable, Encodable {
    public struct ConstraintLine: Sendable, Encodable {
        public var name: String
        public var rule: String
        public var level: String
        /// The municipality's weight.
        public var weight: Int
        /// Whether some venue sets its own weight, so that the cost weighs each unit with its venue's.
        public var weightedByVenue: Bool
        public var penalty: Int
        public var cost: Int
    }

    public struct Placed: Sendable, Encodable {
        public var booking: Int64?
        public var request: Int64?
        public var title: String
        public var group: String
        public var room: String
        /// The first occurrence, local time of the venue.
        public var start: String
        /// `TU 18:00-19:30`
        public var when: String
        public var rrule: String?
        /// Dates of the series that closures take away.
        public var closedDates: [String]
    }

    public struct Reason: Sendable, Encodable {
        public var constraint: String
        /// How many of the places (room × start) tried it refused.
        public var places: Int
    }

    public struct AlternativeLine: Sendable, Encodable {
        /// `as requested`, `other room`, `other time`, `alternate weeks`
        public var kind: String
        public var room: String
        public var when: String
        /// Weeks of the term it would run in, of the weeks asked for.
        public var weeks: Int
        public var weeksAsked: Int
        public var relaxes: [String]
        public var softCost: Int
    }

    public struct Unplaced: Sendable, Encodable {
        public var request: Int64?
        public var title: String
        public var group: String
        /// For a request of given dates: the date not placed.
        public var date: String?
        public var placesTried: Int
        public var reasons: [Reason]
        /// Bookings and placed sessions standing in the way, most often first.
        public var inTheWay: [String]
        public var alternatives: [AlternativeLine]
    }

    public var term: String
    public var dryRun: Bool
    public var hard: Int
    public var soft: Int
    public var elapsedSeconds: Double
    public var iterations: [Int]
    public var constraints: [ConstraintLine]
    public var placed: [Placed]
    public var unplaced: [Unplaced]

    init(scheduling: SchedulingProblem, plan: Plan, proposals: [ProposedBooking], overLimit: [OverLimit], dryRun: Bool) {
        term = scheduling.input.term.slug.value
        self.dryRun = dryRun
        hard = plan.score.hard
        soft = plan.score.soft
        elapsedSeconds = plan.elapsed
        iterations = plan.iterations
        constraints = plan.breakdown.constraints.map {
            ConstraintLine(name: $0.name, rule: $0.rule, level: $0.level.rawValue, weight: $0.weight,
                           weightedByVenue: $0.weightedBySite, penalty: $0.penalty, cost: $0.cost)
        }
        placed = proposals.map { proposal in
            let booking = proposal.booking
            let end = booking.start.adding(minutes: booking.durationMinutes)
            return Placed(booking: booking.id, request: proposal.request.id, title: booking.title, group: booking.group.value,
                          room: booking.room.description, start: booking.start.description,
                          when: "\(booking.start.date.weekday.code) \(TimeRange.format(booking.start.time.minuteOfDay))-\(TimeRange.format(end.time.minuteOfDay))",
                          rrule: booking.recurrence, closedDates: proposal.closedDates.map(\.description))
        }
        unplaced = plan.explanations.map { Self.unplaced($0, scheduling) } + overLimit.map { dropped in
            Unplaced(request: dropped.proposal.request.id, title: dropped.proposal.request.title,
                     group: dropped.proposal.request.group.value,
                     date: dropped.proposal.request.pattern.isDates ? dropped.proposal.booking.start.date.description : nil,
                     placesTried: 0, reasons: [Reason(constraint: dropped.rule, places: 0)], inTheWay: [], alternatives: [])
        }
    }

    private static func unplaced(_ explanation: UnplacedExplanation, _ scheduling: SchedulingProblem) -> Unplaced {
        let activity = scheduling.problem.activities[explanation.session.activity]
        var title = activity.id, group = activity.group ?? "", requestID: Int64?, date: String?
        if case .request(let request, let onDate) = scheduling.sources[explanation.session.activity] {
            title = request.title
            group = request.group.value
            requestID = request.id
            date = onDate?.description
        }
        var blockers: [String: Int] = [:]
        // Only where the sessions in the way are all that refuses the place: moving them would free it.
        for refusal in explanation.refusals where refusal.reasons.allSatisfy({ !$0.blockers.isEmpty }) {
            for reason in refusal.reasons {
                for blocker in reason.blockers { blockers[describe(blocker, scheduling), default: 0] += 1 }
            }
        }
        let weeksAsked = activity.weeks.intersection(Timetabling.WeekPattern(weeks: 0..<scheduling.grid.weekCount)).weeks.count
        return Unplaced(
            request: requestID, title: title, group: group, date: date, placesTried: explanation.refusals.count,
            reasons: explanation.refusalCounts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
                .map { Reason(constraint: $0.key, places: $0.value) },
            inTheWay: blockers.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(5).map(\.key),
            alternatives: explanation.alternatives.map { alternative in
                AlternativeLine(
                    kind: Self.kindNames[alternative.kind] ?? alternative.kind.rawValue,
                    room: scheduling.rooms[alternative.room].ref.description,
                    when: span(start: alternative.start, minutes: scheduling.minutes(ofActivity: explanation.session.activity)),
                    weeks: alternative.weeks.intersection(activity.weeks).intersection(
                        Timetabling.WeekPattern(weeks: 0..<scheduling.grid.weekCount)).weeks.count,
                    weeksAsked: weeksAsked, relaxes: alternative.relaxes, softCost: alternative.softCost)
            })
    }

    static let kindNames: [Alternative.Kind: String] = [
        .asRequested: "as requested", .otherRoom: "other room", .otherTime: "other time", .alternateWeeks: "alternate weeks",
    ]

    /// `TU 18:00-20:00`
    static func span(start: Int, minutes: Int) -> String {
        let minute = WeekGrid.minute(ofSlot: start)
        return "\(WeekGrid.weekday(ofSlot: start).code) \(TimeRange.format(minute))-\(TimeRange.format(min(1440, minute + minutes)))"
    }

    /// `approved booking 3 "Vaje gasilske mladine" in golnik/velika-dvorana TU 18:00-20:00`
    static func describe(_ blocker: Blocker, _ scheduling: SchedulingProblem) -> String {
        let place = "in \(scheduling.rooms[blocker.room].ref) \(span(start: blocker.start, minutes: scheduling.minutes(ofActivity: blocker.activity)))"
        switch scheduling.sources[blocker.activity] {
        case .booking(let booking):
            return "\(booking.state.rawValue) booking \(booking.id ?? 0) \"\(booking.title)\" \(place)"
        case .request(let request, _):
            return "request \(request.id ?? 0) \"\(request.title)\" (placed by this plan) \(place)"
        }
    }
}
