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
        /// The scheduler's rule, for scripts.
        public var constraint: String
        /// The same in the words a volunteer uses (`PlainReason`).
        public var reason: String
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
        /// The group's wishes it gives up (`time`, `room`, `weeks`); never its needs.
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
                     placesTried: 0, reasons: [Reason(constraint: dropped.name,
                                                      reason: PlainReason.reason(dropped.name, in: .en) + " (\(dropped.rule))", places: 0)],
                     inTheWay: [], alternatives: [])
        }
    }

    private static func unplaced(_ explanation: UnplacedExplanation, _ scheduling: SchedulingProblem) -> Unplaced {
        let activity = scheduling.problem.activities[explanation.session.activity]
        var title = activity.id, group = activity.group ?? "", requestID: Int64?, date: String?
        var alternatives: [AlternativeLine] = []
        if case .request(let request, let onDate) = scheduling.sources[explanation.session.activity] {
            title = request.title
            group = request.group.value
            requestID = request.id
            date = onDate?.description
            alternatives = PlanOutcomes.alternatives(of: explanation, request: request, date: onDate, scheduling).map { alternative in
                AlternativeLine(
                    kind: alternative.givesUp.first.flatMap { Self.kindNames[$0] } ?? "as requested",
                    room: alternative.room.description,
                    when: (alternative.date.map { "\($0) " } ?? "") + "\(alternative.day.code) \(alternative.hours)",
                    weeks: alternative.weeks, weeksAsked: alternative.weeksAsked,
                    relaxes: alternative.givesUp, softCost: 0)
            }
        }
        return Unplaced(
            request: requestID, title: title, group: group, date: date, placesTried: explanation.refusals.count,
            reasons: explanation.refusalCounts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
                .map { Reason(constraint: $0.key, reason: PlainReason.reason($0.key, in: .en), places: $0.value) },
            inTheWay: blockers(of: explanation, scheduling), alternatives: alternatives)
    }

    /// The bookings and placed sessions in the way, most often first; only where they are all that
    /// refuses a place, since moving them would free it.
    static func blockers(of explanation: UnplacedExplanation, _ scheduling: SchedulingProblem) -> [String] {
        var blockers: [String: Int] = [:]
        let minutes = scheduling.minutes(ofActivity: explanation.session.activity)
        for refusal in explanation.refusals where refusal.reasons.allSatisfy({ !$0.blockers.isEmpty }) {
            for reason in refusal.reasons {
                for blocker in reason.blockers {
                    var text = describe(blocker, scheduling)
                    if reason.constraint == "room clash", let buffer = onlyBuffer(blocker, refusal, minutes: minutes, scheduling) {
                        text += " (only the \(buffer) minutes the venue keeps free between bookings)"
                    }
                    blockers[text, default: 0] += 1
                }
            }
        }
        return blockers.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(5).map(\.key)
    }

    /// The venue's buffer, when the session tried and the one in the way would not overlap without it:
    /// the group should hear that the gap between bookings, not another booking, takes the time.
    static func onlyBuffer(_ blocker: Blocker, _ refusal: Refusal, minutes: Int, _ scheduling: SchedulingProblem) -> Int? {
        let buffer = scheduling.input.bufferMinutes(of: scheduling.rooms[refusal.room].venue)
        guard buffer > 0, blocker.room == refusal.room else { return nil }
        let tried = WeekGrid.minute(ofSlot: refusal.start) + WeekGrid.weekday(ofSlot: refusal.start).rawValue * 1440
        let other = WeekGrid.minute(ofSlot: blocker.start) + WeekGrid.weekday(ofSlot: blocker.start).rawValue * 1440
        let otherMinutes = scheduling.minutes(ofActivity: blocker.activity)
        let overlap = tried < other + otherMinutes && other < tried + minutes
        return overlap ? nil : buffer
    }

    /// The alternative's kind, for scripts, by the wish it gives up.
    static let kindNames: [String: String] = ["room": "other room", "time": "other time", "weeks": "alternate weeks"]

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
