import CivilTime

/// A period for which groups ask for space and the scheduler plans, e.g. spring 2027.
public struct Term: Hashable, Sendable, Codable {
    public var slug: Slug
    public var name: String
    public var firstDay: LocalDate
    /// The last day of the term, inclusive.
    public var lastDay: LocalDate

    public init(slug: Slug? = nil, name: String, firstDay: LocalDate, lastDay: LocalDate) throws(InvalidValue) {
        let record = "term \"\(name)\""
        self.name = try requireText(name, record: record, field: "name")
        self.slug = try slugOrDerived(slug, from: name, record: record)
        try requireSupportedDate(firstDay, record: record, field: "start")
        try requireSupportedDate(lastDay, record: record, field: "end")
        guard lastDay > firstDay else {
            throw InvalidValue(record: record, field: "end", value: lastDay.description,
                               rule: "must be after the start \(firstDay)")
        }
        self.firstDay = firstDay
        self.lastDay = lastDay
    }

    public func contains(_ date: LocalDate) -> Bool { firstDay <= date && date <= lastDay }

    /// The number of calendar weeks the term touches, counting from the Monday of its first week.
    public var weekCount: Int {
        let firstMonday = firstDay.adding(days: -(firstDay.weekday.rawValue - 1))
        return firstMonday.days(until: lastDay) / 7 + 1
    }
}
