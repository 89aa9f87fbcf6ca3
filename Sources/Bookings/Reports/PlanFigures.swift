import CivilTime

/// What a plan gave the requests of a term, in figures that name no group: how many were asked,
/// placed and not placed (and why), the hours placed for each kind of group, fairness (each group's
/// share of the session time it asked for that it got; the worst-off named only by its kind) and
/// energy (the separate blocks of use of each room in a week, which heating and lighting cost).
public struct PlanFigures: Sendable, Codable, Hashable {
    public struct Reason: Sendable, Codable, Hashable {
        /// The rule name (`room clash`); `words` in the language asked for.
        public var rule: String
        public var words: String
        public var requests: Int
    }

    public var requestsAsked: Int
    public var requestsPlaced: Int
    public var requestsNotPlaced: Int
    /// Why requests were not placed, by the first reason of each (most common first).
    public var reasons: [Reason]
    /// Hours that take place in the term, by kind of group.
    public var hoursByKind: [String: Double]
    public var hoursPlaced: Double
    /// The lowest share (0…1) of the session time asked that a group got, and that group's kind.
    public var worstShare: Double?
    public var worstKind: String?
    /// The mean share over the groups that asked.
    public var meanShare: Double?
    /// Separate blocks of use per room and week, averaged over the term's weeks, summed over the rooms.
    public var blocksPerWeek: Double

    /// `plan` are the bookings that place the term's requests (with their request ids); `fixed` the
    /// other bookings in the rooms (booked by hand), which count for energy but not for the requests.
    /// `notPlacedReasons` gives, for a request not placed, the rule that kept it out.
    public init(requests: [Request], plan: [Booking], fixed: [Booking], groupKinds: [Slug: String], rooms: [Room],
                closures: [Closure], zones: [Slug: ZoneRules], term: Term, notPlacedReasons: [Int64: String],
                language: PlainReason.Language) throws {
        let placedIDs = Set(plan.compactMap(\.requestID))
        requestsAsked = requests.count
        requestsPlaced = requests.filter { placedIDs.contains($0.id ?? -1) }.count
        requestsNotPlaced = requestsAsked - requestsPlaced
        var reasonCounts: [String: Int] = [:]
        for request in requests where !placedIDs.contains(request.id ?? -1) {
            reasonCounts[notPlacedReasons[request.id ?? -1] ?? "no time at all", default: 0] += 1
        }
        reasons = reasonCounts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map {
            Reason(rule: $0.key, words: PlainReason.reason($0.key, in: language), requests: $0.value)
        }
        // Hours that take place, by kind of group.
        var minutesByKind: [String: Int] = [:]
        var all: [Booking] = plan
        all += fixed
        let occurrences = try ConflictFinder(rooms: rooms, closures: closures, requests: [], policies: [], zones: zones)
            .occurrences(of: all, from: term.firstDay, through: term.lastDay)
        for entry in occurrences where entry.booking < plan.count {
            let booking = plan[entry.booking]
            minutesByKind[groupKinds[booking.group] ?? "initiative", default: 0] += booking.durationMinutes
        }
        hoursByKind = minutesByKind.mapValues { Double($0) / 60 }
        hoursPlaced = Double(minutesByKind.values.reduce(0, +)) / 60
        // Fairness: session time a week asked and got, per group.
        var asked: [Slug: Int] = [:], got: [Slug: Int] = [:]
        for request in requests {
            let sessions = if case .dates(let dates) = request.pattern { dates.count } else { request.sessionsPerWeek }
            asked[request.group, default: 0] += sessions * request.durationMinutes
        }
        let asking = Set(requests.compactMap(\.id))
        for booking in plan where asking.contains(booking.requestID ?? -1) { got[booking.group, default: 0] += booking.durationMinutes }
        let shares = asked.filter { $0.value > 0 }.map { group, minutes in (group, min(1, Double(got[group] ?? 0) / Double(minutes))) }
            .sorted { ($0.1, $0.0.value) < ($1.1, $1.0.value) }
        worstShare = shares.first?.1
        worstKind = shares.first.map { groupKinds[$0.0] ?? "initiative" }
        meanShare = shares.isEmpty ? nil : shares.reduce(0) { $0 + $1.1 } / Double(shares.count)
        // Energy: blocks of use per room and day (occurrences that touch or overlap are one block), per week.
        var spans: [String: [(Int, Int)]] = [:]
        for entry in occurrences {
            let occurrence = entry.occurrence
            guard let span = occurrence.span else { continue }
            spans["\(occurrence.room)|\(occurrence.start.date.dayNumber)", default: []].append((span.startMinute, span.endMinute))
        }
        var blocks = 0
        for (_, day) in spans {
            var end = -1
            for (start, finish) in day.sorted(by: { $0 < $1 }) {
                if start > end { blocks += 1 }
                end = max(end, finish)
            }
        }
        let weeks = Double(term.firstDay.distance(to: term.lastDay) + 1) / 7
        blocksPerWeek = weeks > 0 ? Double(blocks) / weeks : 0
    }
}
