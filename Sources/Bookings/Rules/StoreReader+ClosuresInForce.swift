extension StoreReader {
    /// The closures every view applies: those stored, and Slovenia's public holidays (`PublicHolidays`)
    /// as all-day closures of each venue whose policy keeps them, in the years the term and bookings
    /// touch (`holidayYears`). Holidays are computed, never stored, so that a term added later gets its
    /// holidays and a venue that opts out loses them everywhere at once.
    public func closuresInForce(bookings: [Booking]? = nil, alsoYears extra: ClosedRange<Int>? = nil) throws -> [Closure] {
        let stored = try closures()
        var years = Self.holidayYears(terms: try terms(), bookings: try bookings ?? self.bookings())
        if let extra { years = years.map { min($0.lowerBound, extra.lowerBound)...max($0.upperBound, extra.upperBound) } ?? extra }
        guard let years else { return stored }
        var keeping: [Slug] = []
        for venue in try venues() {
            if try policy(of: venue.slug).closedOnPublicHolidays { keeping.append(venue.slug) }
        }
        // A database imported from a setup file that typed the holidays in has them already: show each once.
        let typedIn = Set(stored.filter { $0.hours == nil }.map { "\($0.scope)|\($0.firstDay)|\($0.lastDay)|\($0.reason)" })
        let computed = PublicHolidays.closures(years: years, venues: keeping).filter { holiday in
            guard case .venue(let venue) = holiday.scope else { return true }
            let key = "|\(holiday.firstDay)|\(holiday.lastDay)|\(holiday.reason)"
            return !typedIn.contains("\(Closure.Scope.everywhere)" + key) && !typedIn.contains("\(Closure.Scope.venue(venue))" + key)
        }
        return stored + computed
    }

    /// The years from the first term or booking through the last term's end, and two years past the
    /// latest first date of a booking (as far as a feed publishes an open-ended rule), within
    /// `supportedYears`; nil when there is neither.
    static func holidayYears(terms: [Term], bookings: [Booking]) -> ClosedRange<Int>? {
        let firsts = terms.map(\.firstDay.year) + bookings.map(\.start.date.year)
        let lasts = terms.map(\.lastDay.year) + bookings.map { $0.start.date.year + 2 }
        guard let first = firsts.min(), let last = lasts.max() else { return nil }
        let lower = max(first, supportedYears.lowerBound), upper = min(last, supportedYears.upperBound)
        return lower <= upper ? lower...upper : nil
    }
}
