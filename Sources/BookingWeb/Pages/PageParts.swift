import Bookings
import CivilTime

/// Subscribe links for a feed: `webcal://` opens a calendar app, `https://` is the same address.
struct SubscribeLinks: Sendable {
    let label: String
    let webcal: String
    let https: String

    init(label: String, path: String, base: String) {
        self.label = label
        https = base + path
        let schemeEnd = base.range(of: "://").map { base[$0.upperBound...] } ?? Substring(base)
        webcal = "webcal://" + schemeEnd + path
    }
}

/// Previous, current and next links of a week or month page.
struct Navigation: Sendable {
    let previous: String
    let current: String
    let next: String
    let previousLabel: String
    let currentLabel: String
    let nextLabel: String
}

/// A room as a column heading or a list entry.
struct RoomSummary: Sendable {
    let name: String
    let link: String
    let capacity: Int
    let features: String
    let hasFeatures: Bool

    init(_ room: Room, link: String, texts: Texts) {
        name = room.name
        self.link = link
        capacity = room.capacity
        features = room.features.map { texts.featureNames[$0] ?? $0 }.joined(separator: ", ")
        hasFeatures = !room.features.isEmpty
    }
}

/// One day of a week page: its heading, whether it is today, its closures ("Zaprto — Prešernov dan")
/// and its table or list, where dates that do not take place are marked as such.
struct DayView: Sendable {
    let id: String
    let heading: String
    let isToday: Bool
    let isEmpty: Bool
    let rows: [DayTable.Row]
    let activities: [ActivityView]
    let closures: [String]
    let hasClosures: Bool

    init(id: String, heading: String, isToday: Bool, isEmpty: Bool, rows: [DayTable.Row], activities: [ActivityView],
         closures: [String]) {
        self.id = id
        self.heading = heading
        self.isToday = isToday
        self.isEmpty = isEmpty
        self.rows = rows
        self.activities = activities
        self.closures = closures
        hasClosures = !closures.isEmpty
    }
}

extension Programme {
    var roomNames: [RoomRef: String] {
        Dictionary(rooms.map { ($0.ref, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    /// The closures of the page's days, each with its dates, for the list under the page's heading;
    /// with `room`, those of the whole venue and of that room.
    func closureLines(format: CivilFormat, room: RoomRef? = nil) -> [String] {
        let names = roomNames
        return closures.filter { closure in room.map(closure.concerns) ?? true }
            .map { $0.text(format: format, roomNames: names, withDates: true) }
    }

    /// The closures of one day, without the date its heading already gives.
    func closureLines(on date: LocalDate, format: CivilFormat, room: RoomRef? = nil) -> [String] {
        let names = roomNames
        return closures(on: date).filter { closure in room.map(closure.concerns) ?? true }
            .map { $0.text(format: format, roomNames: names, withDates: false) }
    }
}

/// Reads a slug from a path parameter: malformed is an `InvalidValue` (400), so that nothing odd reaches the store.
func pathSlug(_ text: String?) throws -> Slug {
    try Slug(validating: text ?? "", record: "", field: "")
}
