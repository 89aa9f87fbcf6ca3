import Bookings
import CivilTime

/// The "Prosti termini" page of a venue: a plain GET form (no script) and the free times it finds,
/// each linking to the request form filled in with the room, the day and the hours.
struct FreeTimesPage: Sendable {
    struct DayChoice: Sendable {
        let value: String
        let label: String
        let checked: Bool
    }

    struct FeatureChoice: Sendable {
        let value: String
        let label: String
        let checked: Bool
    }

    struct Row: Sendable {
        let room: String
        let roomLink: String
        let capacity: Int
        let day: String
        let hours: String
        let dates: String
        let onlyFor: String
        let askLink: String
    }

    let page: PageFrame
    let o: OpenTexts
    let venueName: String
    let venueLink: String
    let usageLink: String
    let formAction: String
    let lang: String
    let isEnglish: Bool
    let people: String
    let duration: String
    let from: String
    let to: String
    let date: String
    let dayChoices: [DayChoice]
    let featureChoices: [FeatureChoice]
    let heading: String
    let error: String
    let hasError: Bool
    let rows: [Row]
    let isEmpty: Bool
    let hasFeatures: Bool

    /// The form as the reader filled it in; `found` is nil when the query could not be read (`error` says so).
    init(venue: Venue, features: [String], form: FreeTimesForm, found: FreeTimes?, error: String?, heading: String,
         language: Language) {
        let texts = language.texts
        let format = CivilFormat(language: language)
        let path = "/venues/\(venue.slug)/free"
        page = PageFrame(title: "\(language.openTexts.freeTimes) · \(venue.name)", language: language, path: path,
                         parameters: form.parameters)
        o = language.openTexts
        venueName = venue.name
        venueLink = Link.to("/venues/\(venue.slug)", language: language)
        usageLink = Link.to("/venues/\(venue.slug)/usage", language: language)
        formAction = path
        lang = language.rawValue
        isEnglish = language == .en
        people = form.people
        duration = form.duration
        from = form.from
        to = form.to
        date = form.date
        dayChoices = Weekday.allCases.map { day in
            DayChoice(value: day.code.lowercased(), label: texts.weekdays[day.rawValue - 1],
                      checked: form.days.isEmpty || form.days.contains(day.code.lowercased()))
        }
        featureChoices = features.map { FeatureChoice(value: $0, label: texts.featureNames[$0] ?? $0, checked: form.features.contains($0)) }
        hasFeatures = !features.isEmpty
        self.heading = heading
        self.error = error ?? ""
        hasError = error != nil
        let duration = found.map { DurationText.format(minutes: $0.query.durationMinutes) } ?? form.duration
        rows = (found?.times ?? []).map { time in
            let hours = "\(format.time(minuteOfDay: time.hours.startMinute))–\(format.time(minuteOfDay: time.hours.endMinute))"
            let window = "\(texts.weekdaysShort[time.weekday.rawValue - 1].lowercased()) \(time.hours)"
            var ask: [(String, String)] = [("venue", time.room.venue.value), ("room", time.room.description), ("when", window),
                                           ("duration", duration)]
            if let date = time.date { ask += [("repeats", "dates"), ("dates", date.description)] } else { ask.append(("repeats", "weekly")) }
            return Row(room: time.roomName, roomLink: Link.to("/venues/\(time.room.venue)/rooms/\(time.room.room)", language: language),
                       capacity: time.capacity,
                       day: time.date.map(format.dayAndDate) ?? texts.weekdays[time.weekday.rawValue - 1],
                       hours: hours, dates: String(time.dates),
                       onlyFor: time.reservedTo.map { language.openTexts.kindNames[$0] ?? $0 }.joined(separator: ", "),
                       askLink: Link.to("/request", ask, language: language))
        }
        isEmpty = found != nil && rows.isEmpty
    }
}

/// The free-times form's fields as typed (so that they go back into the form), read from the query.
struct FreeTimesForm: Sendable {
    var people = ""
    var duration = "1h"
    var from = ""
    var to = ""
    var date = ""
    var days: [String] = []
    var features: [String] = []

    init(query: String?) {
        let fields = FormFields(urlEncoded: query ?? "")
        people = fields["people"]
        if !fields["duration"].isEmpty { duration = fields["duration"] }
        from = fields["from"]
        to = fields["to"]
        date = fields["date"]
        days = fields.all("day").map { $0.lowercased() }.filter { Weekday(code: $0.uppercased()) != nil }
        features = fields.all("feature").map { Slug(folding: $0).value }.filter { !$0.isEmpty }
    }

    /// The same search as query parameters, for the link to the page in the other language.
    var parameters: [(String, String)] {
        var result: [(String, String)] = []
        for (name, value) in [("people", people), ("duration", duration), ("from", from), ("to", to), ("date", date)] where !value.isEmpty {
            result.append((name, value))
        }
        result += days.map { ("day", $0) } + features.map { ("feature", $0) }
        return result
    }

    /// The query for the domain; throws the domain's `InvalidValue` for a field that cannot be read.
    func query(venue: Slug, span: FreeTimeQuery.Span) throws(InvalidValue) -> FreeTimeQuery {
        let record = "free times"
        let capacity: Int
        if people.isEmpty { capacity = 1 } else {
            guard let number = Int(people) else {
                throw InvalidValue(record: record, field: "people", value: people, rule: "must be a whole number")
            }
            capacity = number
        }
        let minutes = try DurationText.minutes(duration, record: record)
        var between: TimeRange?
        if !from.isEmpty || !to.isEmpty {
            between = try TimeRange(parsing: "\(from.isEmpty ? "00:00" : from)-\(to.isEmpty ? "24:00" : to)", record: record, field: "between")
        }
        let chosen = days.compactMap { Weekday(code: $0.uppercased()) }
        return try FreeTimeQuery(venue: venue, capacity: capacity, features: features, durationMinutes: minutes,
                                 days: chosen.isEmpty ? Weekday.allCases : chosen, between: between, span: span)
    }
}
