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

/// One day of a week page: its heading, whether it is today, and its table or list.
struct DayView: Sendable {
    let id: String
    let heading: String
    let isToday: Bool
    let isEmpty: Bool
    let rows: [DayTable.Row]
    let activities: [ActivityView]
}

extension Programme {
    var roomNames: [RoomRef: String] {
        Dictionary(rooms.map { ($0.ref, $0.name) }, uniquingKeysWith: { first, _ in first })
    }
}

/// Reads a slug from a path parameter: malformed is a 400, so that nothing odd reaches the store.
func pathSlug(_ text: String?) throws(PageError) -> Slug {
    guard let text, let slug = try? Slug(validating: text, record: "", field: "") else { throw PageError(.badRequest) }
    return slug
}
