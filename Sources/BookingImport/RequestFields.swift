import Bookings
import CivilTime
import Yams

/// Reads the `requests:` entries of a setup file.
struct RequestFields {
    let file: String

    static let known = ["group", "term", "title", "description", "audience", "features", "duration", "sessions",
                        "repeats", "dates", "when", "preferred", "venues", "rooms", "public"]

    func request(_ node: Node) throws -> Located<Request> {
        let title = node.mapping?["title"]?.string
        let fields = try YAMLFields(node, file: file, record: title.map { "request \"\($0)\"" } ?? "request",
                                    known: Self.known)
        let record = fields.record
        let group = try slug(fields, "group"), term = try slug(fields, "term")
        let durationText = try fields.string("duration")
        let duration = try fields.at("duration") { try DurationText.minutes(durationText, record: record) }
        let pattern = try weekPattern(fields)
        let windows = try timeWindows(fields, "when"), preferred = try timeWindows(fields, "preferred")
        let venues = try fields.strings("venues").map { text in
            try fields.at("venues") { try Slug(validating: text, record: record, field: "venues") }
        }
        let rooms = try fields.strings("rooms").map { text in
            try fields.at("rooms") { try RoomRef(parsing: text, record: record, field: "rooms") }
        }
        let titleText = try fields.string("title"), description = try fields.optionalString("description") ?? ""
        let audience = try fields.int("audience"), sessions = try fields.int("sessions", default: 1)
        let features = try fields.strings("features"), isPublic = try fields.bool("public", default: true)
        let request = try fields.validated {
            try Request(group: group, term: term, title: titleText, description: description, audience: audience,
                        features: features, durationMinutes: duration, sessionsPerWeek: sessions, pattern: pattern,
                        windows: windows, preferredWindows: preferred, venues: venues, preferredRooms: rooms,
                        isPublic: isPublic)
        }
        return Located(request, at: fields.location)
    }

    func slug(_ fields: YAMLFields, _ key: String) throws -> Slug {
        let text = try fields.string(key)
        return try fields.at(key) { try Slug(validating: text, record: fields.record, field: key) }
    }

    func weekPattern(_ fields: YAMLFields) throws -> WeekPattern {
        let repeats = try fields.optionalString("repeats") ?? "weekly"
        let dates = try fields.strings("dates").map { text in try fields.at("dates") { try LocalDate(iso: text) } }
        if Slug(folding: repeats).value == "dates" {
            guard !dates.isEmpty else {
                throw ImportError(at: fields.location(of: "repeats"),
                                  InvalidValue(record: fields.record, field: "dates", value: "", rule: "must list the dates when repeats is dates"))
            }
            return .dates(dates.sorted())
        }
        guard dates.isEmpty else {
            throw ImportError(at: fields.location(of: "dates"),
                              InvalidValue(record: fields.record, field: "repeats", value: repeats, rule: "must be dates when dates are listed"))
        }
        return try fields.at("repeats") { try WeekPattern(parsing: repeats, record: fields.record) }
    }

    func timeWindows(_ fields: YAMLFields, _ key: String) throws -> [TimeWindow] {
        try fields.entries(key).map { node in
            let window = try YAMLFields(node, file: file, record: fields.record, known: ["days", "hours"])
            let days = try window.strings("days").map { text in
                guard let day = Weekday(name: text) else {
                    throw ImportError(at: window.location(of: "days"), InvalidValue(
                        record: fields.record, field: "\(key).days", value: text,
                        rule: "must be a weekday such as mon, tue … (or pon, tor …)"))
                }
                return day
            }
            guard !days.isEmpty else {
                throw ImportError(at: window.location, InvalidValue(record: fields.record, field: "\(key).days", value: "", rule: "must name at least one day"))
            }
            let hoursText = try window.string("hours")
            let hours = try window.at("hours") { try TimeRange(parsing: hoursText, record: fields.record, field: "\(key).hours") }
            return TimeWindow(days: days, hours: hours)
        }
    }
}
