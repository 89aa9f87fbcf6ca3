extension Request {
    enum CodingKeys: String, CodingKey {
        case id, group, term, title, description, audience, features, durationMinutes, sessionsPerWeek, pattern,
             windows, preferredWindows, venues, preferredRooms, isPublic, status, decisions
    }

    // Written by hand only so that a request stored before `decisions` existed still reads: the
    // synthesised decoder would refuse it for the missing key.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(Int64.self, forKey: .id)
        group = try container.decode(Slug.self, forKey: .group)
        term = try container.decode(Slug.self, forKey: .term)
        title = try container.decode(String.self, forKey: .title)
        description = try container.decode(String.self, forKey: .description)
        audience = try container.decode(Int.self, forKey: .audience)
        features = try container.decode([String].self, forKey: .features)
        durationMinutes = try container.decode(Int.self, forKey: .durationMinutes)
        sessionsPerWeek = try container.decode(Int.self, forKey: .sessionsPerWeek)
        pattern = try container.decode(WeekPattern.self, forKey: .pattern)
        windows = try container.decode([TimeWindow].self, forKey: .windows)
        preferredWindows = try container.decode([TimeWindow].self, forKey: .preferredWindows)
        venues = try container.decode([Slug].self, forKey: .venues)
        preferredRooms = try container.decode([RoomRef].self, forKey: .preferredRooms)
        isPublic = try container.decode(Bool.self, forKey: .isPublic)
        status = try container.decode(Status.self, forKey: .status)
        decisions = try container.decodeIfPresent(RequestDecisions.self, forKey: .decisions) ?? RequestDecisions()
    }
}
