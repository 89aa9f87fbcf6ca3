import CivilTime

/// A request that is withdrawn, rejected or removed stops holding the rooms given to it.
///
/// Its tentative bookings were only proposals, so they go, each recorded in the history; left in
/// place they would keep the room taken in every feed and be pinned by the next scheduler run as if
/// booked by hand. When a request ends (withdrawn by the group, rejected by an administrator), its
/// approved bookings stop too: the dates from today on are cancelled with the reason, so the room is
/// free again and the change is in the history and the feeds. Removing a request keeps them, no
/// longer tied to it: removal tidies records, it is not a decision about the room.
public enum RequestWithdrawal {
    /// What ending a request changed.
    public struct Ending: Sendable {
        public var request: Request
        /// Tentative bookings removed.
        public var released: [Int64] = []
        /// Approved bookings cancelled whole (none of their dates had taken place yet).
        public var cancelled: [Int64] = []
        /// Approved bookings that keep their past dates, with the dates cancelled from today on.
        public var cancelledDates: [Int64: [LocalDate]] = [:]
    }

    /// Ends request `id` as withdrawn or rejected, with the reason; call inside one write so that the
    /// request and its bookings change together or not at all.
    public static func end(_ id: Int64, as status: Request.Status, reason: String, today: LocalDate,
                           in writer: any StoreWriter, context: ChangeContext) throws -> Ending {
        precondition(!status.isOpen, "a request ends as withdrawn or rejected")
        guard var request = try writer.request(id: id) else { throw NotFound(kind: "request", key: String(id)) }
        guard request.status.isOpen else {
            throw InvalidValue(record: "request \(id) \"\(request.title)\"", field: "status", value: request.status.rawValue,
                               rule: "must be pending or scheduled to be \(status.rawValue); it has ended already")
        }
        if status == .rejected && reason.trimmingWhitespace().isEmpty {
            throw InvalidValue(record: "request \(id) \"\(request.title)\"", field: "reason", value: reason,
                               rule: "must say why, for the group and the history")
        }
        request.status = status
        request.decisions.rejection = reason.trimmingWhitespace().isEmpty ? nil : reason
        var ending = Ending(request: try writer.save(request))
        try Notifier(writer, context: context).ended(ending.request, reason: reason)
        let verb = status == .rejected ? "rejected" : "withdrawn"
        let why = "request \(id) \(verb)" + (reason.isEmpty ? "" : ": \(reason)")
        ending.released = try releaseProposals(ofRequest: id, reason: why, in: writer, context: context)
        let desk = BookingDesk(writer, context: context)
        for booking in try writer.bookings() where booking.requestID == id && booking.state == .approved {
            guard let bookingID = booking.id else { continue }
            if booking.start.date >= today {
                _ = try desk.cancel(bookingID, date: nil, reason: why)
                ending.cancelled.append(bookingID)
            } else {
                let dates = try desk.cancelRemaining(bookingID, from: today, reason: why)
                if !dates.isEmpty { ending.cancelledDates[bookingID] = dates }
            }
        }
        return ending
    }

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
