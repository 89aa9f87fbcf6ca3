import Bookings
import Yams

/// Reads the `policy:` mapping of a venue in a setup file.
struct PolicyFields {
    let file: String

    func policy(_ node: Node, venue: Venue) throws -> Located<VenuePolicy> {
        let record = "policy of venue \(venue.slug)"
        let fields = try YAMLFields(node, file: file, record: record, known: [
            "book_ahead_days", "min_notice_hours", "max_hours_per_group_per_week", "buffer_minutes", "room_kinds", "weights",
            "public_holidays",
        ])
        let ahead = try optionalInt(fields, "book_ahead_days")
        let notice = try optionalInt(fields, "min_notice_hours")
        let hours = try optionalInt(fields, "max_hours_per_group_per_week")
        let buffer = try optionalInt(fields, "buffer_minutes") ?? 0
        var kinds: [String: [String]] = [:]
        if let kindsNode = fields.mapping["room_kinds"] {
            guard let mapping = kindsNode.mapping else {
                throw ImportError(at: fields.location(of: "room_kinds"), WrongShape(
                    record: record, field: "room_kinds", expected: "a mapping of room slugs to lists of group kinds"))
            }
            let rooms = Array(mapping.keys.compactMap(\.string))
            let kindFields = try YAMLFields(kindsNode, file: file, record: record, known: rooms)
            for room in rooms { kinds[room] = try kindFields.strings(room) }
        }
        let weights = try self.weights(fields, record: record)
        let holidays = try fields.bool("public_holidays", default: true)
        do {
            let policy = try VenuePolicy(venue: venue.slug, bookAheadDays: ahead, minNoticeHours: notice,
                                         maxHoursPerGroupPerWeek: hours, bufferMinutes: buffer, roomKinds: kinds,
                                         weights: weights, closedOnPublicHolidays: holidays)
            return Located(policy, at: fields.location)
        } catch {
            // The field names the key (`room_kinds.kuhinja`), so the error points at that key's line.
            let key = error.field.split(separator: ".").first.map(String.init) ?? ""
            throw ImportError(at: fields.location(of: key), error)
        }
    }

    /// `weights:` maps wishes to whole numbers; each error points at the line of its wish.
    private func weights(_ fields: YAMLFields, record: String) throws -> SchedulingWeights {
        guard let node = fields.mapping["weights"] else { return SchedulingWeights() }
        guard node.mapping != nil else {
            throw ImportError(at: fields.location(of: "weights"), WrongShape(
                record: record, field: "weights", expected: "a mapping of wishes to weights, such as energy_clustering: 5"))
        }
        let wishes = try YAMLFields(node, file: file, record: record + ": weights",
                                    known: SchedulingWeights.Wish.allCases.map(\.rawValue))
        var values: [String: Int] = [:]
        for key in wishes.mapping.keys.compactMap(\.string) { values[key] = try wishes.int(key) }
        do {
            return try SchedulingWeights(values, record: record)
        } catch {
            // The field names the wish (`weights.day_spread`), so the error points at that wish's line.
            let wish = error.field.split(separator: ".").dropFirst().first.map(String.init) ?? ""
            throw ImportError(at: wishes.location(of: wish), error)
        }
    }

    func optionalInt(_ fields: YAMLFields, _ key: String) throws -> Int? {
        guard fields.mapping[key] != nil else { return nil }
        return try fields.int(key)
    }
}
