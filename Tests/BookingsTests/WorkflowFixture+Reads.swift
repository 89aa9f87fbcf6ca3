import BookingStore
import Bookings

/// What the workflow tests look at after a change, each read in a transaction of its own.
extension AppDatabase {
    var entries: [HistoryEntry] { get throws { try read { try $0.history(booking: nil) } } }
    var bookingList: [Booking] { get throws { try read { try $0.bookings() } } }
    var requestList: [Request] { get throws { try read { try $0.requests() } } }
}
