import Bookings
import Foundation

/// `request show`'s account of what happened to a request: its dates, the refusals and the last plan's
/// outcome, in plain words.
struct RequestDecisionsText {
    let request: Request

    func print() {
        if case .dates(let dates) = request.pattern {
            say("dates:       \(dates.map(\.description).joined(separator: ", "))")
        }
        let decisions = request.decisions
        if let rejection = decisions.rejection {
            say("\(request.status == .rejected ? "rejected" : "ended"):    \(rejection)")
        }
        for place in decisions.refusedPlaces {
            say("refused:     \(place.place)\(place.booking.map { " (booking \($0))" } ?? ""): \(place.reason)")
        }
        guard let outcome = decisions.outcome else {
            return say("last plan:   none yet")
        }
        let when = outcome.at.formatted(.iso8601)
        if outcome.bookings.isEmpty {
            say("last plan:   not placed (\(when))")
        } else {
            say("last plan:   placed as \(outcome.bookings.count == 1 ? "booking" : "bookings") "
                + outcome.bookings.map(String.init).joined(separator: ", ") + " (\(when))")
        }
        for unplaced in outcome.unplaced {
            say("  not placed\(unplaced.date.map { " on \($0)" } ?? ""): "
                + unplaced.reasons.map { PlainReason.reason($0, in: .en) }.joined(separator: "; "))
            for blocker in unplaced.inTheWay { say("    in the way: \(blocker)") }
            for alternative in unplaced.alternatives {
                let weeks = alternative.weeks == alternative.weeksAsked ? "" : ", \(alternative.weeks) of \(alternative.weeksAsked) weeks"
                let givesUp = alternative.givesUp.isEmpty ? "as asked" : alternative.givesUp.map { PlainReason.wish($0, in: .en) }.joined(separator: ", ")
                say("    could take: \(alternative.room) \(alternative.date.map { "\($0) " } ?? "")\(alternative.day.code) \(alternative.hours)"
                    + "\(weeks) (\(givesUp))")
            }
        }
    }
}
