import CivilTime

/// Dates and times as people here write them: `torek, 12. 1. 2027, 18.00` in Slovenian,
/// `Tuesday, 12 January 2027, 18:00` in English.
struct CivilFormat: Sendable {
    let language: Language

    var texts: Texts { language.texts }

    /// `18.00` or `18:00`; minute 1440 is `24.00`.
    func time(minuteOfDay minute: Int) -> String {
        let separator = language == .sl ? "." : ":"
        let minutes = minute % 60
        return "\(minute / 60)\(separator)\(minutes < 10 ? "0" : "")\(minutes)"
    }

    func time(_ time: LocalTime) -> String { self.time(minuteOfDay: time.minuteOfDay) }

    /// `18.00–20.00`
    func span(from start: LocalDateTime, to end: LocalDateTime) -> String {
        let endMinute = end.date == start.date ? end.time.minuteOfDay : 1440
        return "\(time(start.time))–\(time(minuteOfDay: endMinute))"
    }

    /// `12. 1. 2027` or `12 January 2027`.
    func date(_ date: LocalDate) -> String {
        let (year, month, day) = date.components
        return language == .sl ? "\(day). \(month). \(year)" : "\(day) \(texts.months[month - 1]) \(year)"
    }

    /// `torek, 12. 1. 2027`
    func dayAndDate(_ date: LocalDate) -> String {
        "\(weekday(date.weekday)), \(self.date(date))"
    }

    /// `torek, 12. 1. 2027, 18.00`
    func dateTime(_ value: LocalDateTime) -> String {
        "\(dayAndDate(value.date)), \(time(value.time))"
    }

    func weekday(_ day: Weekday) -> String { texts.weekdays[day.rawValue - 1] }

    /// `15. 2.–21. 2. 2027` or `15 February – 21 February 2027`.
    func range(_ first: LocalDate, _ last: LocalDate) -> String {
        if language == .sl {
            return "\(first.day). \(first.month).\(first.year == last.year ? "" : " \(first.year)")–\(date(last))"
        }
        return "\(first.day) \(texts.months[first.month - 1])\(first.year == last.year ? "" : " \(first.year)") – \(date(last))"
    }

    /// `februar 2027`
    func month(year: Int, month: Int) -> String { "\(texts.months[month - 1]) \(year)" }
}
