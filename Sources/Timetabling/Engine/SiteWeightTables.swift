/// Per-unit weights of the constraints some site weighs differently from the problem: for each such
/// constraint, the weight of a unit charged to each room, owner or conflict set.
///
/// A constraint no site names has no table, so it keeps counting raw units times one weight, as before.
struct SiteWeightTables: Sendable {
    private let tables: [SiteWeightedConstraint: [Int32]]

    /// No site weights at all.
    static let none = SiteWeightTables(tables: [:])

    private init(tables: [SiteWeightedConstraint: [Int32]]) { self.tables = tables }

    /// Tables for `problem`, with owners and conflict sets indexed as the compiled problem indexes them.
    init(_ problem: Problem, ownerOf: [Int32], ownerCount: Int, activitiesOfSet: [[Int]]) {
        guard !problem.siteWeights.isEmpty else {
            self = .none
            return
        }
        let activitySite = problem.activities.map { Self.commonSite(of: $0.candidateRooms ?? Set(problem.rooms.indices), problem) }
        var ownerSites = Array(repeating: [String?](), count: ownerCount)
        for (activity, owner) in ownerOf.enumerated() { ownerSites[Int(owner)].append(activitySite[activity]) }
        let ownerSite = ownerSites.map(Self.shared)
        let setSite = activitiesOfSet.map { Self.shared($0.map { activitySite[$0] }) }
        var tables: [SiteWeightedConstraint: [Int32]] = [:]
        for constraint in SiteWeightedConstraint.allCases
        where problem.siteWeights.values.contains(where: { $0[constraint] != nil }) {
            let setting = constraint.setting(in: problem.settings)
            guard setting.level == .soft else { continue }
            let sites: [String?] = switch constraint.chargedTo {
            case .room: problem.rooms.map(\.site)
            case .owner: ownerSite
            case .conflictSet: setSite
            }
            tables[constraint] = sites.map { site in
                Int32(site.flatMap { problem.siteWeights[$0]?[constraint] } ?? setting.weight)
            }
        }
        self.tables = tables
    }

    /// The unit weights of `constraint`, or `nil` when every unit has the problem's weight.
    func units(_ constraint: SiteWeightedConstraint) -> [Int32]? { tables[constraint] }

    private static func commonSite(of rooms: Set<Int>, _ problem: Problem) -> String? {
        shared(rooms.map { problem.rooms[$0].site })
    }

    /// The one site all entries name; `nil` if they differ, one has none, or there are none.
    private static func shared(_ sites: [String?]) -> String? {
        guard let first = sites.first, let site = first, sites.allSatisfy({ $0 == site }) else { return nil }
        return site
    }
}
