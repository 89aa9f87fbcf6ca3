import CivilTime

/// Slovenia's work-free days (dela prosti dnevi) of a year, as the Zakon o praznikih in dela prostih
/// dnevih v Republiki Sloveniji lists them: 1 and 2 January, 8 February, Easter Sunday and Monday,
/// 27 April, 1 and 2 May, Whit Sunday, 25 June, 15 August, 31 October, 1 November, 25 and 26 December.
///
/// Computed rather than typed into every setup file, so that no year is forgotten and Easter is never
/// mistyped. 2 January was not a work-free day in 2013–2016 (the amendment of 2012, reversed from
/// 2017). Years before the law (1991) get the same list; nothing earlier is ever booked.
public enum PublicHolidays {
    /// One holiday: one or two consecutive days with the name by which a closure is shown.
    public struct Holiday: Hashable, Sendable, Codable {
        public var name: String
        /// English name, for `?lang=en` and `--json`.
        public var englishName: String
        public var firstDay: LocalDate
        public var lastDay: LocalDate
    }

    /// The work-free days of `year`, in order of date. Two-day holidays (novo leto, praznik dela) are
    /// one entry each, as a closure from the first day to the second.
    public static func of(year: Int) -> [Holiday] {
        let easter = easterSunday(year: year)
        let newYearLast = (2013...2016).contains(year) ? 1 : 2
        var days: [Holiday] = [
            fixed(year, 1, 1, "Novo leto", "New Year", through: newYearLast),
            fixed(year, 2, 8, "Prešernov dan", "Prešeren Day, the Slovenian cultural holiday"),
            Holiday(name: "Velikonočna nedelja", englishName: "Easter Sunday", firstDay: easter, lastDay: easter),
            Holiday(name: "Velikonočni ponedeljek", englishName: "Easter Monday", firstDay: easter.adding(days: 1),
                    lastDay: easter.adding(days: 1)),
            fixed(year, 4, 27, "Dan upora proti okupatorju", "Day of Uprising Against Occupation"),
            fixed(year, 5, 1, "Praznik dela", "Labour Day", through: 2),
            Holiday(name: "Binkoštna nedelja", englishName: "Whit Sunday", firstDay: easter.adding(days: 49),
                    lastDay: easter.adding(days: 49)),
            fixed(year, 6, 25, "Dan državnosti", "Statehood Day"),
            fixed(year, 8, 15, "Marijino vnebovzetje", "Assumption Day"),
            fixed(year, 10, 31, "Dan reformacije", "Reformation Day"),
            fixed(year, 11, 1, "Dan spomina na mrtve", "Remembrance Day"),
            fixed(year, 12, 25, "Božič", "Christmas"),
            fixed(year, 12, 26, "Dan samostojnosti in enotnosti", "Independence and Unity Day"),
        ]
        days.sort { $0.firstDay < $1.firstDay }
        return days
    }

    /// Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher).
    public static func easterSunday(year: Int) -> LocalDate {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return LocalDate(dayNumber: LocalDate.dayNumber(year: year, month: month, day: day))
    }

    /// The holidays of `years` as all-day closures of each venue in `venues`.
    public static func closures(years: ClosedRange<Int>, venues: [Slug]) -> [Closure] {
        let holidays = years.flatMap { of(year: $0) }
        return venues.flatMap { venue in
            holidays.compactMap { holiday in
                try? Closure(scope: .venue(venue), firstDay: holiday.firstDay, lastDay: holiday.lastDay, reason: holiday.name)
            }
        }
    }

    private static func fixed(_ year: Int, _ month: Int, _ day: Int, _ name: String, _ englishName: String,
                              through lastDay: Int? = nil) -> Holiday {
        let first = LocalDate(dayNumber: LocalDate.dayNumber(year: year, month: month, day: day))
        let last = LocalDate(dayNumber: LocalDate.dayNumber(year: year, month: month, day: lastDay ?? day))
        return Holiday(name: name, englishName: englishName, firstDay: first, lastDay: last)
    }
}
