import CivilTime

extension ConflictFinder {
    /// How far an open-ended rule is followed when a booking is checked as a whole.
    public static let horizonDays = 2 * 366

    /// The days a booking's occurrences can fall on: from its start (or an earlier move) to its rule's
    /// end, or `horizonDays` later for a rule without end.
    public static func span(of booking: Booking) -> (from: LocalDate, through: LocalDate) {
        var first = booking.start.date, last = booking.start.date.adding(days: horizonDays)
        for exception in booking.exceptions {
            guard case .moved(let target, _) = exception.change else { continue }
            first = min(first, target.date)
            last = max(last, target.date)
        }
        return (first, last)
    }

    /// The occurrences of `candidate` that overlap (counting buffers) those of the approved bookings among
    /// `others`, grouped by the booking they clash with; `dates` are the candidate's rule dates. Only the
    /// days `from` through `through` are looked at: the whole booking when they are nil.
    public func clashes(of candidate: Booking, with others: [Booking], from: LocalDate? = nil,
                        through: LocalDate? = nil) throws -> [Clash] {
        let span = Self.span(of: candidate)
        let first = from ?? span.from, last = through ?? span.through
        // Only bookings that can meet the candidate in a room: those with a room in one of its venues.
        let venues = Self.venues(of: candidate)
        var considered = [candidate]
        considered += others.filter {
            $0.state == .approved && ($0.id == nil || $0.id != candidate.id) && !Self.venues(of: $0).isDisjoint(with: venues)
        }
        var states = considered
        states[0].state = .approved
        let all = try occurrences(of: states, from: first, through: last)
        var datesByOther: [Int: Set<LocalDate>] = [:]
        for pair in roomPairs(all) {
            let a = all[Int(pair.first)], b = all[Int(pair.second)]
            if a.booking == 0 {
                datesByOther[b.booking, default: []].insert(a.occurrence.originalDate)
            } else if b.booking == 0 {
                datesByOther[a.booking, default: []].insert(b.occurrence.originalDate)
            }
        }
        return datesByOther.keys.sorted { (considered[$0].id ?? 0) < (considered[$1].id ?? 0) }.map { index in
            Clash(other: considered[index], dates: (datesByOther[index] ?? []).sorted())
        }
    }

    /// The tentative bookings among `others` whose occurrences overlap those of `approved`.
    public func tentativeCollisions(of approved: Booking, among others: [Booking]) throws -> [Clash] {
        let tentative = others.filter { $0.state == .tentative && $0.id != approved.id }
        return try tentative.compactMap { other -> Clash? in
            var asApproved = other
            asApproved.state = .approved
            let clash = try clashes(of: approved, with: [asApproved]).first
            return clash.map { Clash(other: other, dates: $0.dates) }
        }
    }

    /// The venues of a booking's room and of the rooms its moved occurrences go to.
    static func venues(of booking: Booking) -> Set<Slug> {
        var venues: Set<Slug> = [booking.room.venue]
        for exception in booking.exceptions {
            if case .moved(_, let room?) = exception.change { venues.insert(room.venue) }
        }
        return venues
    }
}
