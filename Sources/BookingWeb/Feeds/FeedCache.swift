import Foundation
import Hummingbird
import CompressNIO

/// A feed ready to send: its bytes, gzipped once, and the validators of a conditional GET.
struct CachedFeed: Sendable {
    let body: ByteBuffer
    let gzipped: ByteBuffer?
    /// A strong ETag: the content hash in quotes.
    let etag: String
    /// When this content was first generated, in whole seconds (HTTP dates have no fractions).
    let lastModified: Int64
    let hash: UInt64
}

/// Keeps the feeds the server generated, by scope. A feed is generated again at most every
/// `freshness` seconds; when the new text hashes the same, the old entry (its gzip and its
/// Last-Modified) is kept, so clients polling with If-None-Match get 304 until the data changes.
///
/// The store has no change counter the server could watch (the CLI writes from another process),
/// hence the short freshness window rather than invalidation.
final class FeedCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [FeedAddress: (feed: CachedFeed, checkedAt: TimeInterval)] = [:]
    private let freshness: TimeInterval
    private let now: @Sendable () -> TimeInterval

    /// Past this many scopes the cache starts again, so that guessed group tokens cannot grow it.
    private let capacity = 1_000

    init(freshness: TimeInterval, now: @escaping @Sendable () -> TimeInterval = { Date().timeIntervalSince1970 }) {
        self.freshness = freshness
        self.now = now
    }

    /// The cached feed while fresh, else `generate()` hashed and, when changed, compressed and stored.
    /// Nil when the source has no such calendar.
    func feed(for scope: FeedAddress, generate: () throws -> [UInt8]?) throws -> CachedFeed? {
        let time = now()
        let cached = lock.withLock { entries[scope] }
        if let cached, time - cached.checkedAt < freshness { return cached.feed }
        guard let bytes = try generate() else {
            lock.withLock { entries[scope] = nil }
            return nil
        }
        let hash = ContentHash.fnv1a64(bytes)
        let feed: CachedFeed
        if let old = cached?.feed, old.hash == hash {
            feed = old
        } else {
            var body = ByteBuffer(bytes: bytes)
            let gzipped = try? body.compress(with: .gzip())
            body.moveReaderIndex(to: 0)
            feed = CachedFeed(body: body, gzipped: gzipped, etag: "\"\(ContentHash.hex(hash))\"",
                              lastModified: Int64(time), hash: hash)
        }
        lock.withLock {
            if entries.count >= capacity && entries[scope] == nil { entries.removeAll() }
            entries[scope] = (feed, time)
        }
        return feed
    }
}

/// FNV-1a, 64 bits: a content hash for ETags. It need not resist forgery — a client can only
/// fool its own cache — only change whenever the feed does.
enum ContentHash {
    static func fnv1a64<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
