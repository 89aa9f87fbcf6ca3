/// The mix of plain moves in `LocalSearch.step()`, as data.
///
/// A step on a placed session first gives its turn to the compound moves (gathering into one room,
/// at `gatherRate` percent; a Kempe chain, at `kempeRate` percent; a time swap with a set member, one
/// step in eight when sessions are longer than one slot). Otherwise it draws one row of `moveMix`: where
/// the target comes from, then what of the session's old place it keeps. The rows were tuned on the
/// ITC-2007 instances; their order matters for reproducible runs, since a row is drawn by index.
extension LocalSearch {
    /// Where a plain move's target comes from, before `Keep` is applied to it.
    enum Target {
        /// A random pair of the activity's domain.
        case random
        /// A random domain pair with the start next to a session of one of its compact sets (compactness).
        case besideSetMember
        /// A random domain pair in the room of another session of the activity (room stability).
        case siblingRoom
        /// A random domain pair with a start on a day the owner does not use yet (day spread).
        case emptyDay
    }

    /// What the move keeps of the old place, if the activity may start there.
    enum Keep {
        /// The old room (a change of time), else the old start (a change of room).
        case roomElseStart
        /// The old start (a change of room).
        case start
        /// Nothing: room and start both change.
        case nothing
    }

    struct PlainMove {
        var target: Target
        var keep: Keep
    }

    /// One row per sixteenth of plain moves: 6 change the time, 3 the room, 7 both. A sibling's room
    /// only counts when the old room does not allow the new start, as tuned.
    static let moveMix: [PlainMove] = [
        PlainMove(target: .besideSetMember, keep: .roomElseStart),
        PlainMove(target: .siblingRoom, keep: .roomElseStart),
        PlainMove(target: .emptyDay, keep: .roomElseStart),
        PlainMove(target: .besideSetMember, keep: .roomElseStart),
        PlainMove(target: .random, keep: .roomElseStart),
        PlainMove(target: .random, keep: .roomElseStart),
        PlainMove(target: .random, keep: .start),
        PlainMove(target: .random, keep: .start),
        PlainMove(target: .random, keep: .start),
        PlainMove(target: .random, keep: .nothing),
        PlainMove(target: .random, keep: .nothing),
        PlainMove(target: .random, keep: .nothing),
        PlainMove(target: .random, keep: .nothing),
        PlainMove(target: .random, keep: .nothing),
        PlainMove(target: .random, keep: .nothing),
        PlainMove(target: .random, keep: .nothing),
    ]

    /// The target of a plain move of a placed session, from a random domain pair; nil when it is no move.
    /// Inlined into `step`, where the code it replaced was written out.
    @inline(__always) mutating func plainTarget(
        _ session: Int, room: Int, start: Int, oldRoom: Int, oldStart: Int
    ) -> (room: Int, start: Int)? {
        let p = evaluator.p
        let a = p.activity(of: session)
        var room = room
        var start = start
        let move = Self.moveMix[rng.below(Self.moveMix.count)]
        switch move.target {
        case .random: break
        case .besideSetMember: if let guided = guidedStart(a) { start = guided }
        case .siblingRoom: if let sibling = siblingRoom(session) { room = sibling }
        case .emptyDay: if let empty = emptyDayStart(a) { start = empty }
        }
        switch move.keep {
        case .roomElseStart where p.allows(a, room: oldRoom, start: start): room = oldRoom
        case .roomElseStart, .start: if p.allows(a, room: room, start: oldStart) { start = oldStart }
        case .nothing: break
        }
        if room == oldRoom && start == oldStart { return nil }
        return p.allows(a, room: room, start: start) ? (room, start) : nil
    }
}
