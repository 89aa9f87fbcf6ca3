/// Every feed of a municipality with the path it is published under: `all.ics`, `venues/<slug>.ics`,
/// `rooms/<venue>/<room>.ics` and `groups/<slug>.ics` (group feeds are private: serve them by token).
public enum FeedCatalog {
    public static func scopes(_ data: FeedData) -> [(path: String, scope: FeedScope)] {
        var result: [(path: String, scope: FeedScope)] = [("all.ics", .all)]
        for venue in data.venues.keys.sorted() { result.append(("venues/\(venue).ics", .venue(venue))) }
        for room in data.rooms.keys.sorted() { result.append(("rooms/\(room.venue)/\(room.room).ics", .room(room))) }
        for group in data.groups.keys.sorted() { result.append(("groups/\(group).ics", .group(group))) }
        return result
    }
}
