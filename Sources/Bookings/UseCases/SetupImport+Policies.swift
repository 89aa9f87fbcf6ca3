extension SetupImport {
    /// Writes the venues' policies, after their rooms, so that `room_kinds` can name only rooms that exist.
    static func importPolicies(_ policies: [Located<VenuePolicy>], into store: any StoreWriter,
                               summary: inout ImportSummary, context: ChangeContext) throws {
        for entry in policies {
            try located(entry.location) {
                let policy = entry.value
                let rooms = Set(try store.rooms(in: policy.venue).map(\.slug.value))
                for room in policy.roomKinds.keys.sorted() where !rooms.contains(room) {
                    throw NotFound(kind: "room", key: "\(policy.venue)/\(room)",
                                   suggestions: nearest(room, in: rooms.sorted()).map { "\(policy.venue)/\($0)" })
                }
                let existing = try store.policy(of: policy.venue)
                summary.record("policy", existing: existing.isUnrestricted ? nil : existing, new: policy)
                guard existing != policy else { return }
                try store.save(policy)
                try store.append(HistoryEntry(at: context.now, actor: context.actor, action: .policyChanged, venue: policy.venue,
                                              summary: "policy of \(policy.venue) set by import of \(entry.location.file)",
                                              before: HistorySnapshot(policy: existing), after: HistorySnapshot(policy: policy)))
            }
        }
    }
}
