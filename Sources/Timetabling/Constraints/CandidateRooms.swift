/// A session uses one of its activity's candidate rooms: penalty 1 per session otherwise.
struct CandidateRooms: UnaryConstraint {
    let setting: ConstraintSetting
    var reads: UnaryReads { .room }
    var name: String { "candidate rooms" }
    var rule: String { "A session must take place in one of its activity's candidate rooms." }

    func penalty(activity: Int, room: Int, start: Int, in context: UnaryContext) -> Int {
        context.candidateRoom[activity * context.roomCount + room] ? 0 : 1
    }
}
