import CivilTime
import Timetabling

/// Each request's outcome of one plan, stored with the request so that `request show` and the
/// group's page can tell later what the plan made of it.
enum PlanOutcomes {
    /// The sessions of each request the plan could not place, with reasons and the alternatives that
    /// give up only the group's wishes.
    static func unplaced(_ scheduling: SchedulingProblem, _ plan: Plan, overLimit: [OverLimit]) -> [Int64: [PlanOutcome.Unplaced]] {
        var byRequest: [Int64: [PlanOutcome.Unplaced]] = [:]
        for explanation in plan.explanations {
            guard case .request(let request, let date) = scheduling.sources[explanation.session.activity], let id = request.id else { continue }
            let reasons = explanation.refusalCounts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
            byRequest[id, default: []].append(PlanOutcome.Unplaced(
                date: date, reasons: reasons.isEmpty ? ["no time at all"] : reasons,
                inTheWay: ScheduleReport.blockers(of: explanation, scheduling),
                alternatives: alternatives(of: explanation, request: request, date: date, scheduling)))
        }
        for dropped in overLimit {
            guard let id = dropped.proposal.request.id else { continue }
            byRequest[id, default: []].append(PlanOutcome.Unplaced(
                date: dropped.proposal.request.pattern.isDates ? dropped.proposal.booking.start.date : nil,
                reasons: [dropped.name], inTheWay: [dropped.rule], alternatives: []))
        }
        return byRequest
    }

    /// The explanation's alternatives the request could really take: a room that holds its people and
    /// has what it needs, and that the venue lets the group book. The engine may suggest other rooms
    /// whatever they lack; only the group's wishes (time, room, weeks) are for giving up, never its needs.
    static func alternatives(of explanation: UnplacedExplanation, request: Request, date: LocalDate?,
                             _ scheduling: SchedulingProblem) -> [PlanOutcome.Alternative] {
        let activity = scheduling.problem.activities[explanation.session.activity]
        let weeksAsked = activity.weeks.intersection(Timetabling.WeekPattern(weeks: 0..<scheduling.grid.weekCount)).weeks.count
        return explanation.alternatives.compactMap { alternative in
            let room = scheduling.rooms[alternative.room]
            guard room.misfits(for: request).isEmpty, scheduling.input.admits(request, to: room) else { return nil }
            let minute = WeekGrid.minute(ofSlot: alternative.start)
            guard let hours = try? TimeRange(startMinute: minute, endMinute: min(1440, minute + request.durationMinutes)) else { return nil }
            let day = WeekGrid.weekday(ofSlot: alternative.start)
            let weeks = alternative.weeks.intersection(activity.weeks)
                .intersection(Timetabling.WeekPattern(weeks: 0..<scheduling.grid.weekCount)).weeks
            // A single date moved to another weekday names the date it would take: the same week's day.
            let onDate = date.map { scheduling.grid.date(week: scheduling.grid.week(of: $0), day: day) }
            let givesUp: [String] = switch alternative.kind {
            case .asRequested: []
            case .otherRoom: ["room"]
            case .otherTime: ["time"]
            case .alternateWeeks: ["weeks"]
            }
            return PlanOutcome.Alternative(room: room.ref, day: day, hours: hours, date: onDate, weeks: weeks.count,
                                           weeksAsked: weeksAsked, givesUp: givesUp)
        }
    }
}
