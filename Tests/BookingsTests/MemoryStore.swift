import Bookings

/// A store in memory for the use cases' tests: the contract of `StoreWriter` without SQLite.
/// Named for what it serves, so that other test files may keep a fake of their own.
final class WorkflowMemoryStore: StoreWriter {
    var venueList: [Venue] = []
    var roomList: [Room] = []
    var closureList: [Closure] = []
    var groupList: [Group] = []
    var termList: [Term] = []
    var requestList: [Request] = []
    var bookingList: [Booking] = []
    var policies: [Slug: VenuePolicy] = [:]
    var entries: [HistoryEntry] = []

    func venues() throws -> [Venue] { venueList }
    func venue(_ slug: Slug) throws -> Venue? { venueList.first { $0.slug == slug } }
    func rooms(in venue: Slug?) throws -> [Room] { roomList.filter { venue == nil || $0.venue == venue }.sorted { $0.ref < $1.ref } }
    func room(_ ref: RoomRef) throws -> Room? { roomList.first { $0.ref == ref } }
    func closures() throws -> [Closure] { closureList }
    func closure(id: Int64) throws -> Closure? { closureList.first { $0.id == id } }
    func groups() throws -> [Group] { groupList }
    func group(_ slug: Slug) throws -> Group? { groupList.first { $0.slug == slug } }
    func terms() throws -> [Term] { termList }
    func term(_ slug: Slug) throws -> Term? { termList.first { $0.slug == slug } }
    func requests() throws -> [Request] { requestList }
    func request(id: Int64) throws -> Request? { requestList.first { $0.id == id } }
    func bookings() throws -> [Booking] { bookingList }
    func booking(id: Int64) throws -> Booking? { bookingList.first { $0.id == id } }
    func bookingTimes() throws -> [Int64: RecordTimes] { [:] }
    func policy(of venue: Slug) throws -> VenuePolicy { policies[venue] ?? VenuePolicy(venue: venue) }
    func history(booking: Int64?) throws -> [HistoryEntry] { entries.filter { booking == nil || $0.bookingID == booking } }

    func save(_ venue: Venue) throws { venueList.removeAll { $0.slug == venue.slug }; venueList.append(venue) }
    func removeVenue(_ slug: Slug) throws { venueList.removeAll { $0.slug == slug } }
    func save(_ room: Room) throws { roomList.removeAll { $0.ref == room.ref }; roomList.append(room) }
    func removeRoom(_ ref: RoomRef) throws { roomList.removeAll { $0.ref == ref } }
    func save(_ closure: Closure) throws -> Closure { saved(closure, in: &closureList) }
    func removeClosure(id: Int64) throws { closureList.removeAll { $0.id == id } }
    func save(_ group: Group) throws { groupList.removeAll { $0.slug == group.slug }; groupList.append(group) }
    func removeGroup(_ slug: Slug) throws { groupList.removeAll { $0.slug == slug } }
    func save(_ term: Term) throws { termList.removeAll { $0.slug == term.slug }; termList.append(term) }
    func removeTerm(_ slug: Slug) throws { termList.removeAll { $0.slug == slug } }
    func save(_ request: Request) throws -> Request { saved(request, in: &requestList) }
    func removeRequest(id: Int64) throws { requestList.removeAll { $0.id == id } }
    func save(_ booking: Booking) throws -> Booking { saved(booking, in: &bookingList) }
    func removeBooking(id: Int64) throws { bookingList.removeAll { $0.id == id } }
    func save(_ policy: VenuePolicy) throws { policies[policy.venue] = policy }
    func append(_ entry: HistoryEntry) throws -> HistoryEntry {
        var saved = entry
        saved.id = Int64(entries.count + 1)
        entries.append(saved)
        return saved
    }

    private func saved<T: Identified>(_ value: T, in list: inout [T]) -> T {
        var value = value
        if let id = value.id, let index = list.firstIndex(where: { $0.id == id }) {
            list[index] = value
        } else {
            value.id = Int64(list.count + 1)
            list.append(value)
        }
        return value
    }
}

protocol Identified { var id: Int64? { get set } }
extension Closure: Identified {}
extension Request: Identified {}
extension Booking: Identified {}
