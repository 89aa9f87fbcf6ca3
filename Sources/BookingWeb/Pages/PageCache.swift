import Foundation

/// Keeps rendered public pages for `freshness` seconds, by what they show (page, venue, room, week or
/// month, today, language, site address), not by the raw query, so odd queries cannot grow it.
///
/// Rendering a week takes milliseconds (Mustache reads view models through reflection), while a KS
/// page is read far more often than the programme changes; the CLI's changes show within `freshness`.
final class PageCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: (html: String, renderedAt: TimeInterval)] = [:]
    private let freshness: TimeInterval
    private let capacity = 1_000

    init(freshness: TimeInterval) {
        self.freshness = freshness
    }

    func html(for key: String, render: () throws -> String) throws -> String {
        let now = Date().timeIntervalSince1970
        if freshness > 0, let entry = lock.withLock({ entries[key] }), now - entry.renderedAt < freshness {
            return entry.html
        }
        let html = try render()
        guard freshness > 0 else { return html }
        lock.withLock {
            if entries.count >= capacity && entries[key] == nil { entries.removeAll() }
            entries[key] = (html, now)
        }
        return html
    }
}
