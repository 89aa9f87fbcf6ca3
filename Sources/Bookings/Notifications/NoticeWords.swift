import CivilTime

/// Dates and times in a message as people here write them: `torek, 16. 3. 2027, 18.00–19.30` in
/// Slovenian, `Tuesday, 16 March 2027, 18:00–19:30` in English.
struct NoticeWords: Sendable {
    let language: PlainReason.Language

    init(_ code: String) {
        language = PlainReason.Language(rawValue: code) ?? .sl
    }

    var isSlovenian: Bool { language == .sl }

    /// The Slovenian text or the English one.
    func say(_ sl: String, _ en: String) -> String { isSlovenian ? sl : en }

    func time(_ time: LocalTime) -> String { self.time(minuteOfDay: time.minuteOfDay) }

    /// `18.00` or `18:00`; minute 1440 is `24.00`.
    func time(minuteOfDay: Int) -> String {
        let minute = minuteOfDay % 60
        return "\(minuteOfDay / 60)\(isSlovenian ? "." : ":")\(minute < 10 ? "0" : "")\(minute)"
    }

    /// `sobota 10.00–11.30`
    func hours(_ day: Weekday, _ range: TimeRange) -> String {
        "\(weekday(day)) \(time(minuteOfDay: range.startMinute))–\(time(minuteOfDay: range.endMinute))"
    }

    func date(_ date: LocalDate) -> String {
        isSlovenian ? "\(date.day). \(date.month). \(date.year)" : "\(date.day) \(Self.monthsEnglish[date.month - 1]) \(date.year)"
    }

    func weekday(_ day: Weekday) -> String {
        (isSlovenian ? Self.weekdaysSlovenian : Self.weekdaysEnglish)[day.rawValue - 1]
    }

    /// `torek, 16. 3. 2027`
    func dayAndDate(_ date: LocalDate) -> String { "\(weekday(date.weekday)), \(self.date(date))" }

    /// `torek, 16. 3. 2027, 18.00–19.30`
    func session(_ start: LocalDateTime, minutes: Int) -> String {
        "\(dayAndDate(start.date)), \(time(start.time))–\(time(start.adding(minutes: minutes).time))"
    }

    /// `ob torkih 18.00–19.30` / `on Tuesdays 18:00–19:30`
    func weekly(_ start: LocalDateTime, minutes: Int) -> String {
        let end = time(start.adding(minutes: minutes).time)
        return isSlovenian ? "\(Self.weekdaysPlural[start.date.weekday.rawValue - 1]) \(time(start.time))–\(end)"
            : "on \(weekday(start.date.weekday))s \(time(start.time))–\(end)"
    }

    static let weekdaysSlovenian = ["ponedeljek", "torek", "sreda", "četrtek", "petek", "sobota", "nedelja"]
    static let weekdaysPlural = ["ob ponedeljkih", "ob torkih", "ob sredah", "ob četrtkih", "ob petkih", "ob sobotah", "ob nedeljah"]
    static let weekdaysEnglish = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let monthsEnglish = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                                "October", "November", "December"]
}
