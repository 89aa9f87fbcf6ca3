import Bookings
import CivilTime
import Yams

/// Reads the `bookings:` entries of a setup file: bookings that exist before the scheduler runs.
struct BookingFields {
    let file: String

    func booking(_ node: Node) throws -> Located<Booking> {
        let title = node.mapping?["title"]?.string
        let fields = try YAMLFields(node, file: file, record: title.map { "booking \"\($0)\"" } ?? "booking", known: [
            "room", "group", "title", "description", "start", "duration", "rrule", "state", "public", "exceptions",
        ])
        let record = fields.record
        let roomText = try fields.string("room"), groupText = try fields.string("group")
        let room = try fields.at("room") { try RoomRef(parsing: roomText, record: record) }
        let group = try fields.at("group") { try Slug(validating: groupText, record: record, field: "group") }
        let startText = try fields.string("start")
        let start = try fields.at("start") { try LocalDateTime(iso: startText) }
        let durationText = try fields.string("duration")
        let duration = try fields.at("duration") { try DurationText.minutes(durationText, record: record) }
        let stateText = try fields.optionalString("state") ?? Booking.State.approved.rawValue
        guard let state = Booking.State(rawValue: stateText), state == .approved || state == .tentative else {
            throw ImportError(at: fields.location(of: "state"),
                              InvalidValue(record: record, field: "state", value: stateText, rule: "must be approved or tentative"))
        }
        let exceptions = try fields.entries("exceptions").map { try exception($0, record: record) }
        let titleText = try fields.string("title"), description = try fields.optionalString("description") ?? ""
        let rule = try fields.optionalString("rrule"), isPublic = try fields.bool("public", default: true)
        let booking = try fields.validated {
            try Booking(room: room, group: group, title: titleText, description: description, start: start,
                        durationMinutes: duration, recurrence: rule, state: state, isPublic: isPublic,
                        exceptions: exceptions)
        }
        return Located(booking, at: fields.location)
    }

    func exception(_ node: Node, record: String) throws -> OccurrenceException {
        let fields = try YAMLFields(node, file: file, record: record, known: ["date", "cancel", "move_to", "room", "reason"])
        let date = try fields.date("date")
        let cancel = try fields.bool("cancel", default: false)
        let moveText = try fields.optionalString("move_to")
        let reason = try fields.optionalString("reason") ?? ""
        switch (cancel, moveText) {
        case (true, nil):
            guard try fields.optionalString("room") == nil else {
                throw ImportError(at: fields.location(of: "room"), InvalidValue(
                    record: record, field: "exceptions.room", value: try fields.string("room"), rule: "only goes with move_to"))
            }
            return OccurrenceException(originalDate: date, change: .cancelled, reason: reason)
        case (false, let moveText?):
            let target = try fields.at("move_to") { try LocalDateTime(iso: moveText) }
            let room = try fields.optionalString("room").map { text in
                try fields.at("room") { try RoomRef(parsing: text, record: record, field: "exceptions.room") }
            }
            return OccurrenceException(originalDate: date, change: .moved(to: target, room: room), reason: reason)
        default:
            throw ImportError(at: fields.location, InvalidValue(
                record: record, field: "exceptions", value: date.description, rule: "must either cancel: true or move_to a new start"))
        }
    }
}
