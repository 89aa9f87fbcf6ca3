import CivilTime
import Timetabling

extension SchedulingProblem {
    /// A fixed booking becomes one pinned activity per distinct weekly time, room and length among its
    /// occurrences in the term, running in the weeks those occurrences fall in. Working from concrete
    /// occurrences handles every rule, cancelled dates and moved ones alike.
    mutating func pin(_ booking: Booking) throws {
        let zone = zones[booking.room.venue]
        var weeksByPlace: [PinnedPlace: [Int]] = [:]
        for occurrence in try booking.occurrences(from: input.term.firstDay, through: input.term.lastDay, zone: zone) {
            guard let room = roomIndex(occurrence.room) else { continue }
            let minute = occurrence.start.time.minuteOfDay
            let startSlot = WeekGrid.slot(occurrence.start.date.weekday, minute: minute)
            let firstMinute = WeekGrid.minute(ofSlot: startSlot)
            // A fixed booking holds its room for the venue's buffer after it, as placed sessions do.
            let endMinute = min(1440, minute + booking.durationMinutes + input.bufferMinutes(of: occurrence.room.venue))
            let place = PinnedPlace(room: room, start: startSlot, slots: max(1, WeekGrid.slots(forMinutes: endMinute - firstMinute)))
            weeksByPlace[place, default: []].append(grid.week(of: occurrence.start.date))
        }
        for (index, (place, weeks)) in weeksByPlace.sorted(by: { $0.key < $1.key }).enumerated() {
            let activity = problem.activities.count
            problem.activities.append(Activity(
                id: "booking-\(booking.id ?? 0)" + (weeksByPlace.count > 1 ? "#\(index + 1)" : ""), sessions: 1,
                duration: place.slots, size: 1, owner: "booking-\(booking.id ?? 0)", group: booking.group.value,
                weeks: Timetabling.WeekPattern(weeks: weeks)))
            sources.append(.booking(booking))
            problem.pinned.append(Placement(activity: activity, session: 0, room: place.room, start: place.start))
        }
    }

    /// How long an activity's sessions really last, without the buffer they hold the room for.
    func minutes(ofActivity index: Int) -> Int {
        switch sources[index] {
        case .request(let request, _): request.durationMinutes
        case .booking(let booking): booking.durationMinutes
        }
    }

    /// The earlier run's tentative bookings, as the plan to change as little as possible.
    mutating func addPrevious() {
        var sessionsUsed: [Int: Int] = [:]
        for booking in input.previous.sorted(by: { ($0.start, $0.id ?? 0) < ($1.start, $1.id ?? 0) }) {
            guard let activity = activityIndex(forRequest: booking.requestID, on: booking.start.date),
                  let room = roomIndex(booking.room) else { continue }
            let session = sessionsUsed[activity, default: 0]
            guard session < problem.activities[activity].sessions else { continue }
            sessionsUsed[activity] = session + 1
            let start = WeekGrid.slot(booking.start.date.weekday, minute: booking.start.time.minuteOfDay)
            problem.previousPlan.append(Placement(activity: activity, session: session, room: room, start: start))
        }
    }

    /// The activity placing a request; for a request of given dates, the one of that date.
    func activityIndex(forRequest id: Int64?, on date: LocalDate) -> Int? {
        sources.indices.first { index in
            guard case .request(let request, let activityDate) = sources[index], request.id == id else { return false }
            return activityDate == nil || activityDate == date
        }
    }

    /// A group cannot be in two places at once: all its activities form one conflict set.
    mutating func addGroupConflicts() {
        var byGroup: [String: [Int]] = [:]
        for (index, activity) in problem.activities.enumerated() {
            if let group = activity.group { byGroup[group, default: []].append(index) }
        }
        for (group, activities) in byGroup.sorted(by: { $0.key < $1.key }) where activities.count > 1 {
            problem.conflictSets.append(ConflictSet(name: "group \(group)", activities: activities))
        }
    }
}

/// Where a fixed booking's occurrences sit in the weekly grid.
struct PinnedPlace: Hashable, Comparable {
    let room: Int
    let start: Int
    let slots: Int

    static func < (lhs: PinnedPlace, rhs: PinnedPlace) -> Bool {
        (lhs.start, lhs.room, lhs.slots) < (rhs.start, rhs.room, rhs.slots)
    }
}
