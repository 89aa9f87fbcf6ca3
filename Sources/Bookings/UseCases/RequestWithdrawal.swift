/// A request that is withdrawn or removed stops holding the rooms the scheduler proposed for it.
///
/// Its tentative bookings were only proposals, so they go, each recorded in the history; left in
/// place they would keep the room taken in every feed and be pinned by the next scheduler run as if
/// booked by hand. Approved bookings stay: they are the venue's commitment, and only an administrator
/// cancels them (`prostor cancel`).
public enum RequestWithdrawal {
    /// Removes the tentative bookings of request `id`; returns their ids. Call inside the write that
    /// withdraws or removes the request, so both happen or neither.
    @discardableResult
    public static func releaseProposals(ofRequest id: Int64, reason: String, in writer: any StoreWriter,
                                        context: ChangeContext) throws -> [Int64] {
        let proposals = try writer.bookings().filter { $0.requestID == id && $0.state == .tentative }
        var released: [Int64] = []
        for booking in proposals {
            guard let bookingID = booking.id else { continue }
            try writer.removeBooking(id: bookingID)
            try writer.append(HistoryEntry(at: context.now, actor: context.actor, action: .unscheduled, bookingID: bookingID,
                                           summary: "\(reason); the tentative booking was removed",
                                           before: HistorySnapshot(booking: booking), after: nil))
            released.append(bookingID)
        }
        return released
    }
}
