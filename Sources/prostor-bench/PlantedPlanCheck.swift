import Bookings
import CivilTime

/// Checks the generator's planted plan against the requests and rooms directly, without the engine:
/// the independent evidence that a feasible plan exists.
enum PlantedPlanCheck {
    /// The first broken rule, or nil when the planted plan places every session of every request legally.
    static func violation(_ municipality: MunicipalityGenerator.Municipality) throws -> String? {
        let input = municipality.input
        var sessions = Array(repeating: 0, count: input.requests.count)
        var byRoom: [Int: [MunicipalityGenerator.PlantedSession]] = [:]
        var byGroup: [Slug: [MunicipalityGenerator.PlantedSession]] = [:]
        for place in municipality.planted {
            let request = input.requests[place.request]
            let room = input.rooms[place.room]
            sessions[place.request] += 1
            guard request.venues.contains(room.venue) else { return "\(request.title): room of another venue" }
            guard room.capacity >= request.audience else { return "\(request.title): room too small" }
            guard room.missingFeatures(request.features).isEmpty else { return "\(request.title): missing features" }
            let fits = request.windows.contains { window in
                window.days.contains(place.day) && window.hours.startMinute <= place.minute
                    && place.minute + request.durationMinutes <= window.hours.endMinute
            }
            guard fits else { return "\(request.title): outside its windows" }
            guard room.openingHours.allows(try TimeRange(startMinute: place.minute, endMinute: place.minute + place.minutes),
                                           on: place.day)
            else { return "\(request.title): room closed" }
            byRoom[place.room, default: []].append(place)
            byGroup[request.group, default: []].append(place)
        }
        // Requests kept without a planted place (`includeUnplanted`) are outside the claim.
        for (index, request) in input.requests.enumerated() where sessions[index] != request.sessionsPerWeek && sessions[index] > 0 {
            return "\(request.title): \(sessions[index]) of \(request.sessionsPerWeek) sessions planted"
        }
        for (what, lists) in [("room", Array(byRoom.values)), ("group", Array(byGroup.values))] {
            for list in lists {
                for (i, first) in list.enumerated() {
                    for second in list[(i + 1)...] where first.day == second.day
                        && first.minute < second.minute + second.minutes && second.minute < first.minute + first.minutes {
                        return "\(input.requests[first.request].title) and \(input.requests[second.request].title): same \(what) at once"
                    }
                }
            }
        }
        return nil
    }
}
