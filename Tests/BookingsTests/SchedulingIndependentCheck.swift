import Bookings
import CivilTime

/// Checks a stored plan without the engine: every tentative and approved booking expanded to its
/// occurrences, then compared pairwise and with rooms, closures and requests. Returns one line per
/// violation, so that a failing test shows them all.
struct IndependentCheck {
    struct Placed {
        var booking: Booking
        var occurrence: Occurrence
        var startUTC: Int64
        var endUTC: Int64
    }

    var violations: [String] = []

    init(storage: any BookingStorage, term: Slug) throws {
        let (venues, rooms, closures, requests, bookings, found) = try storage.read { reader in
            (try reader.venues(), try reader.rooms(in: nil), try reader.closures(), try reader.requests(), try reader.bookings(),
             try reader.term(term))
        }
        guard let term = found else {
            violations.append("no term \(term)")
            return
        }
        let zones = try Dictionary(uniqueKeysWithValues: venues.map { ($0.slug, try ZoneRules(identifier: $0.timeZone)) })
        let roomsByRef = Dictionary(uniqueKeysWithValues: rooms.map { ($0.ref, $0) })
        let requestsByID = Dictionary(uniqueKeysWithValues: requests.compactMap { request in request.id.map { ($0, request) } })
        var placed: [Placed] = []
        for booking in bookings where booking.state == .tentative || booking.state == .approved {
            let zone = zones[booking.room.venue]
            let occurrences = try booking.occurrences(from: term.firstDay, through: term.lastDay, zone: zone)
            if occurrences.isEmpty && booking.state == .tentative && booking.requestID != nil {
                violations.append("booking \(booking.id ?? 0) \"\(booking.title)\": placed for a request, but never takes place")
            }
            for occurrence in occurrences {
                let start = zone?.utcSeconds(for: occurrence.start) ?? occurrence.start.secondsSinceEpoch
                let end = zone?.utcSeconds(for: occurrence.end) ?? occurrence.end.secondsSinceEpoch
                placed.append(Placed(booking: booking, occurrence: occurrence, startUTC: start, endUTC: end))
                check(occurrence, of: booking, room: roomsByRef[occurrence.room],
                      request: booking.requestID.flatMap { requestsByID[$0] }, closures: closures)
            }
        }
        checkOverlaps(placed, key: { $0.occurrence.room.description }, what: "room")
        checkOverlaps(placed, key: { $0.booking.group.value }, what: "group")
    }

    private mutating func check(_ occurrence: Occurrence, of booking: Booking, room: Room?, request: Request?, closures: [Closure]) {
        let name = "booking \(booking.id ?? 0) \"\(booking.title)\" on \(occurrence.start)"
        guard let room else { return violations.append("\(name): no room \(occurrence.room)") }
        guard let span = occurrence.span, occurrence.end.date == occurrence.start.date || occurrence.end.time == .midnight else {
            return violations.append("\(name): runs past midnight")
        }
        let day = occurrence.start.date.weekday
        if !room.openingHours.allows(span, on: day) {
            violations.append("\(name): \(span) outside the opening hours of \(room.ref) on \(day.code)")
        }
        guard booking.state == .tentative, let request else { return }
        // What the scheduler placed for a request: the request's windows, rooms and dates, and no closures.
        if let closure = closures.first(where: { $0.blocks(room.ref, on: occurrence.start.date, during: span) }) {
            violations.append("\(name): in the closure \"\(closure.reason)\"")
        }
        let windowDays = Set(request.windows.flatMap(\.days))
        let inWindow = request.windows.contains { window in
            window.hours.contains(span) && (window.days.contains(day) || (request.pattern.isDates && !windowDays.contains(day)))
        }
        if !inWindow {
            violations.append("\(name): \(day.code) \(span) outside the windows of request \(request.id ?? 0)")
        }
        if case .dates(let dates) = request.pattern, !dates.contains(occurrence.start.date) {
            violations.append("\(name): not one of the dates of request \(request.id ?? 0)")
        }
        if room.capacity < request.audience {
            violations.append("\(name): \(request.audience) people in \(room.ref) for \(room.capacity)")
        }
        if !room.missingFeatures(request.features).isEmpty {
            violations.append("\(name): \(room.ref) lacks \(room.missingFeatures(request.features))")
        }
        if !request.venues.isEmpty && !request.venues.contains(room.venue) {
            violations.append("\(name): \(room.ref) is not in the venues \(request.venues) of request \(request.id ?? 0)")
        }
        if booking.durationMinutes != request.durationMinutes || booking.group != request.group {
            violations.append("\(name): length or group differs from request \(request.id ?? 0)")
        }
    }

    /// No two occurrences with the same key (a room, a group) overlap in time.
    private mutating func checkOverlaps(_ placed: [Placed], key: (Placed) -> String, what: String) {
        for (value, items) in Dictionary(grouping: placed, by: key) {
            let sorted = items.sorted { ($0.startUTC, $0.endUTC) < ($1.startUTC, $1.endUTC) }
            var latest: Placed?
            for item in sorted {
                if let earlier = latest, item.startUTC < earlier.endUTC {
                    violations.append("\(what) \(value): booking \(earlier.booking.id ?? 0) \"\(earlier.booking.title)\" on "
                        + "\(earlier.occurrence.start) overlaps booking \(item.booking.id ?? 0) \"\(item.booking.title)\" on \(item.occurrence.start)")
                }
                if latest == nil || item.endUTC > (latest?.endUTC ?? 0) { latest = item }
            }
        }
    }
}
