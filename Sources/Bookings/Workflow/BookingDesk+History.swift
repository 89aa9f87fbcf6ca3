extension BookingDesk {
    /// Saves a changed booking, raising its sequence when subscribers see the change, and appends the
    /// change to the history.
    @discardableResult
    func commit(_ old: Booking, _ new: Booking, _ action: HistoryEntry.Action, summary: String, reason: String) throws -> Booking {
        var changed = new
        if old.changesWhatSubscribersSee(comparedWith: changed) { changed.sequence = old.sequence + 1 }
        let saved = try store.save(changed)
        try record(action, before: old, after: saved, summary: summary, reason: reason)
        return saved
    }

    /// Appends the change to the history and, in the same transaction, the messages it owes the group.
    func record(_ action: HistoryEntry.Action, before: Booking?, after: Booking, summary: String, reason: String) throws {
        let entry = try store.append(HistoryEntry(at: context.now, actor: context.actor, action: action, bookingID: after.id,
                                                  summary: summary, reason: reason, before: before.map(HistorySnapshot.init(booking:)),
                                                  after: HistorySnapshot(booking: after)))
        try Notifier(store, context: context).tell(entry)
    }

    /// Records that an administrator let the booking through although it broke these rules.
    func recordOverride(of booking: Booking, rules: [String], reason: String?) throws {
        guard let reason, !rules.isEmpty else { return }
        try store.append(HistoryEntry(at: context.now, actor: context.actor, action: .policyOverridden, bookingID: booking.id,
                                      venue: booking.room.venue, summary: "policy overridden: " + rules.joined(separator: "; "),
                                      reason: reason))
    }
}

extension SetupImport {
    /// The history entry of a booking an import added or changed.
    static func importEntry(_ old: Booking?, _ new: Booking, context: ChangeContext, file: String) -> HistoryEntry {
        HistoryEntry(at: context.now, actor: context.actor, action: .imported, bookingID: new.id,
                     summary: old == nil ? "imported from \(file)" : "changed by import of \(file)",
                     before: old.map(HistorySnapshot.init(booking:)), after: HistorySnapshot(booking: new))
    }
}
