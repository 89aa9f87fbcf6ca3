import CivilTime

extension Component {
    /// A VEVENT with its required UID and DTSTAMP and a DTSTART:
    /// `Component.event(uid: "b12@prostor", timestamp: now, start: .zoned(first, zone: "Europe/Ljubljana"))`.
    ///
    /// `timestamp` is the UTC date-time the feed was generated (DTSTAMP is always UTC).
    public static func event(uid: String, timestamp: LocalDateTime, start: CalendarTime) -> Component {
        var event = Component(name: "VEVENT")
        event.uid = uid
        event.timestamp = timestamp
        event.start = start
        return event
    }

    /// UID: the event's identity across feeds and updates.
    public var uid: String? {
        get { text("UID") }
        set { set("UID", newValue.map(Value.text)) }
    }

    /// DTSTAMP, in UTC.
    public var timestamp: LocalDateTime? {
        get { utc("DTSTAMP") }
        set { set("DTSTAMP", newValue.map { .dateTime([$0], .utc) }) }
    }

    /// DTSTART.
    public var start: CalendarTime? {
        get { time("DTSTART") }
        set { set("DTSTART", newValue?.value) }
    }

    /// DTEND (exclusive); an event has DTEND or DURATION, not both.
    public var end: CalendarTime? {
        get { time("DTEND") }
        set { set("DTEND", newValue?.value) }
    }

    /// DURATION, the alternative to DTEND.
    public var duration: CalendarDuration? {
        get { if case .duration(let value)? = property("DURATION")?.value { value } else { nil } }
        set { set("DURATION", newValue.map { .duration($0) }) }
    }

    /// RRULE as text, e.g. "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270616T215959Z" (checked for shape when written).
    public var recurrenceRule: String? {
        get { if case .recur(let rule)? = property("RRULE")?.value { rule } else { nil } }
        set { set("RRULE", newValue.map { .recur($0) }) }
    }

    /// RDATE: extra occurrences, from every RDATE property; setting writes one property per kind of time.
    public var recurrenceDates: [CalendarTime] {
        get { times("RDATE") }
        set { setTimes("RDATE", newValue) }
    }

    /// EXDATE: removed occurrences, from every EXDATE property; setting writes one property per kind of time.
    public var exceptionDates: [CalendarTime] {
        get { times("EXDATE") }
        set { setTimes("EXDATE", newValue) }
    }

    /// RECURRENCE-ID: which occurrence of the event with the same UID this override replaces.
    public var recurrenceID: CalendarTime? {
        get { time("RECURRENCE-ID") }
        set { set("RECURRENCE-ID", newValue?.value) }
    }

    /// SUMMARY: the title.
    public var summary: String? {
        get { text("SUMMARY") }
        set { set("SUMMARY", newValue.map(Value.text)) }
    }

    /// DESCRIPTION (named so because `description` means something else in Swift).
    public var descriptionText: String? {
        get { text("DESCRIPTION") }
        set { set("DESCRIPTION", newValue.map(Value.text)) }
    }

    /// LOCATION, e.g. "KS Golnik, Velika dvorana, Golnik 54, 4204 Golnik".
    public var location: String? {
        get { text("LOCATION") }
        set { set("LOCATION", newValue.map(Value.text)) }
    }

    /// STATUS: "TENTATIVE", "CONFIRMED" or "CANCELLED" for events.
    public var status: String? {
        get { text("STATUS") }
        set { set("STATUS", newValue.map(Value.text)) }
    }

    /// SEQUENCE: the revision number, raised when the event changes so clients replace their copy.
    public var sequence: Int? {
        get { if case .integer(let number)? = property("SEQUENCE")?.value { number } else { nil } }
        set { set("SEQUENCE", newValue.map { .integer($0) }) }
    }

    /// CREATED, in UTC.
    public var created: LocalDateTime? {
        get { utc("CREATED") }
        set { set("CREATED", newValue.map { .dateTime([$0], .utc) }) }
    }

    /// LAST-MODIFIED, in UTC.
    public var lastModified: LocalDateTime? {
        get { utc("LAST-MODIFIED") }
        set { set("LAST-MODIFIED", newValue.map { .dateTime([$0], .utc) }) }
    }

    /// CLASS: "PUBLIC", "PRIVATE" or "CONFIDENTIAL".
    public var classification: String? {
        get { text("CLASS") }
        set { set("CLASS", newValue.map(Value.text)) }
    }

    /// TRANSP: "OPAQUE" (busy) or "TRANSPARENT" (free).
    public var transparency: String? {
        get { text("TRANSP") }
        set { set("TRANSP", newValue.map(Value.text)) }
    }

    /// CATEGORIES, from every CATEGORIES property; setting writes one property with all of them.
    public var categories: [String] {
        get {
            properties(named: "CATEGORIES").flatMap { property -> [String] in
                if case .text(let values) = property.value { values } else { [] }
            }
        }
        set { set("CATEGORIES", newValue.isEmpty ? nil : .text(newValue)) }
    }

    /// URL, e.g. the booking's page.
    public var url: String? {
        get { if case .uri(let text)? = property("URL")?.value { text } else { nil } }
        set { set("URL", newValue.map { .uri($0) }) }
    }

    private func text(_ name: String) -> String? {
        property(name)?.text
    }

    private func utc(_ name: String) -> LocalDateTime? {
        if case .dateTime(let times, .utc)? = property(name)?.value { times.first } else { nil }
    }

    private func time(_ name: String) -> CalendarTime? {
        property(name).flatMap { CalendarTime.times(in: $0.value).first }
    }

    private func times(_ name: String) -> [CalendarTime] {
        properties(named: name).flatMap { CalendarTime.times(in: $0.value) }
    }

    private mutating func setTimes(_ name: String, _ times: [CalendarTime]) {
        let values = CalendarTime.values(grouping: times)
        let key = name.uppercased()
        guard let first = properties.firstIndex(where: { $0.name == key }) else {
            properties.append(contentsOf: values.map { Property(name: key, value: $0) })
            return
        }
        properties.removeAll { $0.name == key }
        properties.insert(contentsOf: values.map { Property(name: key, value: $0) }, at: first)
    }
}
