import CivilTime

/// One date of a booking in a span and what becomes of it: it takes place (perhaps moved to another
/// time or room), or it does not, and why.
///
/// Built only by `BookingDates`, the one expansion every view (feeds, agenda, pages, conflicts, the
/// usage report) reads, so that none of them can show a date another leaves out.
public struct BookingDate: Hashable, Sendable {
    public enum Status: Hashable, Sendable {
        case takesPlace
        /// Called off by an exception. `closure` is a closure that also blocks the date, if any: the
        /// scheduler and `book` cancel closed dates, and a reader understands the closure's reason best.
        case cancelled(reason: String, closure: Closure?)
        /// Neither cancelled nor moved, but a closure of its room blocks it. Applied when the dates are
        /// expanded, not stored, so that a closure added later reaches every view.
        case closed(Closure)
    }

    /// Where and when it takes place; for a date that does not, where and when the rule put it.
    public var occurrence: Occurrence
    public var status: Status

    public var takesPlace: Bool { status == .takesPlace }

    /// The closure that keeps the date from taking place, if one does.
    public var closure: Closure? {
        switch status {
        case .takesPlace: nil
        case .cancelled(_, let closure): closure
        case .closed(let closure): closure
        }
    }
}
