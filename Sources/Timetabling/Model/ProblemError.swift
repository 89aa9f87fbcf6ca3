/// What is wrong with a problem, naming the value and how to fix it.
public struct ProblemError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The full message a user sees.
    public var message: String

    /// Creates an error with a message.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}

extension Problem {
    /// Checks indices and sizes; throws the first problem found.
    public func validate() throws(ProblemError) {
        if grid.days <= 0 || grid.slotsPerDay <= 0 {
            throw ProblemError("grid: days and slots per day must be positive, got \(grid.days) × \(grid.slotsPerDay)")
        }
        for activity in activities {
            if activity.sessions < 0 {
                throw ProblemError("activity \"\(activity.id)\": sessions must not be negative, got \(activity.sessions)")
            }
            if activity.duration <= 0 || activity.duration > grid.slotsPerDay {
                throw ProblemError(
                    "activity \"\(activity.id)\": duration must be 1...\(grid.slotsPerDay) slots, got \(activity.duration)")
            }
            for room in (activity.candidateRooms ?? []).union(activity.preferredRooms) where !rooms.indices.contains(room) {
                throw ProblemError("activity \"\(activity.id)\": room index \(room) does not exist")
            }
        }
        for set in conflictSets {
            for index in set.activities where !activities.indices.contains(index) {
                throw ProblemError("conflict set \"\(set.name)\": activity index \(index) does not exist")
            }
        }
        for closure in roomClosures where !rooms.indices.contains(closure.room) {
            throw ProblemError("room closure: room index \(closure.room) does not exist")
        }
        for item in unavailability where !activities.indices.contains(item.activity) {
            throw ProblemError("unavailability: activity index \(item.activity) does not exist")
        }
        for item in refusedStarts where !activities.indices.contains(item.activity) || !rooms.indices.contains(item.room) {
            throw ProblemError("refused starts: activity \(item.activity) or room \(item.room) does not exist")
        }
        try validateSiteWeights()
        for (kind, placements) in [("pinned", pinned), ("previous plan", previousPlan)] {
            for placement in placements {
                try validate(placement, kind: kind)
            }
        }
    }

    private func validateSiteWeights() throws(ProblemError) {
        let sites = Set(rooms.compactMap(\.site))
        for (site, weights) in siteWeights.sorted(by: { $0.key < $1.key }) {
            guard sites.contains(site) else {
                throw ProblemError("site weights of \"\(site)\": no room belongs to that site")
            }
            for (constraint, weight) in weights.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                guard weight >= 0 else {
                    throw ProblemError("site weights of \"\(site)\": \(constraint.rawValue) must not be negative, got \(weight)")
                }
                guard constraint.setting(in: settings).level == .soft else {
                    throw ProblemError(
                        "site weights of \"\(site)\": \(constraint.rawValue) is a hard rule in this problem, so only soft rules take a site's weight")
                }
            }
        }
    }

    private func validate(_ placement: Placement, kind: String) throws(ProblemError) {
        guard activities.indices.contains(placement.activity) else {
            throw ProblemError("\(kind) placement: activity index \(placement.activity) does not exist")
        }
        let activity = activities[placement.activity]
        guard placement.session >= 0 && placement.session < activity.sessions else {
            throw ProblemError(
                "\(kind) placement of \"\(activity.id)\": session \(placement.session) is not in 0..<\(activity.sessions)")
        }
        guard rooms.indices.contains(placement.room) else {
            throw ProblemError("\(kind) placement of \"\(activity.id)\": room index \(placement.room) does not exist")
        }
        guard grid.fits(start: placement.start, duration: activity.duration) else {
            throw ProblemError(
                "\(kind) placement of \"\(activity.id)\": start \(placement.start) does not leave \(activity.duration) slots in its day")
        }
    }
}
