/// Where Prostor keeps its data. Every change happens inside one `write` transaction: when the body
/// throws, nothing of it is kept.
///
/// The SQLite implementation lives in BookingStore; any other implementation must pass the same
/// contract tests (BookingStoreTests/StorageContract).
public protocol BookingStorage: Sendable {
    /// Runs `body` in a read transaction that sees one consistent state.
    func read<T>(_ body: (any StoreReader) throws -> T) throws -> T
    /// Runs `body` in a write transaction; it commits when `body` returns and rolls back when it throws.
    func write<T>(_ body: (any StoreWriter) throws -> T) throws -> T
}

/// Everything a use case may read.
public protocol StoreReader {
    func venues() throws -> [Venue]
    func venue(_ slug: Slug) throws -> Venue?
    /// Rooms sorted by venue and slug; all venues when `venue` is nil.
    func rooms(in venue: Slug?) throws -> [Room]
    func room(_ ref: RoomRef) throws -> Room?
    func closures() throws -> [Closure]
    func closure(id: Int64) throws -> Closure?
    func groups() throws -> [Group]
    func group(_ slug: Slug) throws -> Group?
    func terms() throws -> [Term]
    func term(_ slug: Slug) throws -> Term?
    func requests() throws -> [Request]
    func request(id: Int64) throws -> Request?
    func bookings() throws -> [Booking]
    /// The bookings a change's checks must see, in id order: those with a date in one of `rooms` (their
    /// own room, or where a moved date goes) and those of `group` (`Booking.canMeet`). Approving at
    /// municipal scale reads these instead of every booking.
    func bookings(inRooms rooms: Set<RoomRef>, orOfGroup group: Slug?) throws -> [Booking]
    /// When each booking was created and last changed, by id: CREATED and LAST-MODIFIED of its feed entry.
    func bookingTimes() throws -> [Int64: RecordTimes]
    func booking(id: Int64) throws -> Booking?
    /// The venue's policy; one without limits when none was set.
    func policy(of venue: Slug) throws -> VenuePolicy
    /// The history, oldest first; only one booking's entries when `booking` is given.
    func history(booking: Int64?) throws -> [HistoryEntry]
    /// The outbox, oldest first; only messages in `status` and to or about `group` when given.
    func outbox(status: OutboxMessage.Status?, group: Slug?) throws -> [OutboxMessage]
    func outboxMessage(id: Int64) throws -> OutboxMessage?
}

/// Everything a use case may change. Saves insert a new record or replace the one with the same
/// key (slug, room reference or id); removals refuse with `StoreConflict` while other records
/// still refer to the one removed.
public protocol StoreWriter: StoreReader {
    func save(_ venue: Venue) throws
    func removeVenue(_ slug: Slug) throws
    func save(_ room: Room) throws
    func removeRoom(_ ref: RoomRef) throws
    /// Inserts when `closure.id` is nil, otherwise replaces; returns it with its id.
    @discardableResult func save(_ closure: Closure) throws -> Closure
    func removeClosure(id: Int64) throws
    func save(_ group: Group) throws
    func removeGroup(_ slug: Slug) throws
    func save(_ term: Term) throws
    func removeTerm(_ slug: Slug) throws
    /// Inserts when `request.id` is nil, otherwise replaces; returns it with its id.
    @discardableResult func save(_ request: Request) throws -> Request
    func removeRequest(id: Int64) throws
    /// Inserts when `booking.id` is nil, otherwise replaces (exceptions included); returns it with its id.
    @discardableResult func save(_ booking: Booking) throws -> Booking
    func removeBooking(id: Int64) throws
    func save(_ policy: VenuePolicy) throws
    /// Appends to the history, which is never changed or removed; returns the entry with its id.
    @discardableResult func append(_ entry: HistoryEntry) throws -> HistoryEntry
    /// Inserts when `message.id` is nil, otherwise replaces (a sender recording how a try went).
    @discardableResult func save(_ message: OutboxMessage) throws -> OutboxMessage
}
