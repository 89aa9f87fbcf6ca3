import Timetabling

/// How much a venue cares about each of the scheduler's wishes for its own rooms, in place of the
/// municipality's weights: a hall that is costly to heat may weigh energy-aware clustering higher, one
/// whose groups dislike moving may weigh minimal change higher.
///
/// Stored by the wishes' setup-file names (`energy_clustering: 5`); a wish not named keeps the
/// municipality's weight. Fairness between groups is weighed across the whole municipality, so no venue
/// sets it. Which penalties count as a venue's is `Timetabling.SiteWeightedConstraint`'s rule: those
/// arising in its rooms, and those of requests that can only use its rooms.
public struct SchedulingWeights: Hashable, Sendable, Codable {
    /// A wish of the scheduler that a venue may weigh.
    public enum Wish: String, CaseIterable, Sendable {
        case preferredTimes = "preferred_times"
        case preferredRooms = "preferred_rooms"
        case roomStability = "room_stability"
        case daySpread = "day_spread"
        case energyClustering = "energy_clustering"
        case minimalChange = "minimal_change"

        /// The engine's constraint for the wish.
        var constraint: SiteWeightedConstraint {
            switch self {
            case .preferredTimes: .preferredTimes
            case .preferredRooms: .preferredRooms
            case .roomStability: .roomStability
            case .daySpread: .daySpread
            case .energyClustering: .energyClustering
            case .minimalChange: .minimalChange
            }
        }

        /// What the wish asks, for `venue policy`.
        public var meaning: String {
            switch self {
            case .preferredTimes: "a session at one of its request's preferred times"
            case .preferredRooms: "a session in one of its request's preferred rooms"
            case .roomStability: "all sessions of a request in one room"
            case .daySpread: "a request's sessions on different days"
            case .energyClustering: "a room's sessions of a day in one block, so it is heated once"
            case .minimalChange: "a session kept where the previous plan had it"
            }
        }
    }

    /// The most a venue may weigh a wish: ten times the heaviest default, enough to dominate any
    /// other wish without letting one venue's preference outweigh placing a session at all.
    public static let maximum = 100

    /// Setup-file name of the wish → weight, 0 switching the wish off in the venue's rooms.
    public private(set) var values: [String: Int]

    /// No weights of the venue's own.
    public init() { values = [:] }

    /// Weights by wish name, checked: known names, 0...`maximum`.
    public init(_ values: [String: Int], record: String) throws(InvalidValue) {
        self.values = [:]
        for (name, weight) in values.sorted(by: { $0.key < $1.key }) {
            let wish = try Self.wish(named: name, record: record)
            guard (0...Self.maximum).contains(weight) else {
                throw InvalidValue(record: record, field: "weights.\(name)", value: String(weight),
                                   rule: "must be between 0 and \(Self.maximum)")
            }
            self.values[wish.rawValue] = weight
        }
    }

    /// The wish of a setup-file name, or an error listing the known ones with the nearest first.
    public static func wish(named name: String, record: String) throws(InvalidValue) -> Wish {
        guard let wish = Wish(rawValue: name) else {
            let known = Wish.allCases.map(\.rawValue)
            let hint = nearest(name, in: known).first.map { " (did you mean \"\($0)\"?)" } ?? ""
            throw InvalidValue(record: record, field: "weights", value: name,
                               rule: "must name wishes the scheduler weighs\(hint): \(known.joined(separator: ", "))")
        }
        return wish
    }

    public var isEmpty: Bool { values.isEmpty }

    /// The venue's weight of `wish`, or nil for the municipality's.
    public subscript(wish: Wish) -> Int? { values[wish.rawValue] }

    /// The weights as the engine takes them for the venue's site.
    var siteWeights: SiteWeights {
        var weights = SiteWeights()
        for wish in Wish.allCases { if let weight = self[wish] { weights[wish.constraint] = weight } }
        return weights
    }

    public init(from decoder: any Decoder) throws {
        values = try decoder.singleValueContainer().decode([String: Int].self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(values)
    }
}
