import CivilTime

/// Gathers conflicting occurrences into one conflict per kind, bookings and detail, with all their dates.
/// Keys are small integers and a detail is written once per conflict, since a search over a year of a
/// municipality's bookings may add hundreds of thousands of dates.
struct ConflictCollector {
    struct Key: Hashable {
        var kind: Conflict.Kind
        var first: Int
        var second: Int
        var detail: Int
    }

    private var order: [Key] = []
    private var details: [Key: String] = [:]
    private var dates: [Key: [LocalDate]] = [:]

    /// `first` and `second` are indices of bookings; `detailKey` tells details of the same kind apart.
    mutating func add(_ kind: Conflict.Kind, _ first: Int, _ second: Int?, on date: LocalDate, detailKey: Int,
                      detail: () -> String) {
        let key = Key(kind: kind, first: min(first, second ?? first), second: second.map { max(first, $0) } ?? -1, detail: detailKey)
        if details[key] == nil {
            details[key] = detail()
            order.append(key)
        }
        dates[key, default: []].append(date)
    }

    /// The conflicts sorted by kind, first date and bookings' ids.
    func conflicts(_ bookings: [Booking]) -> [Conflict] {
        let kinds = Dictionary(uniqueKeysWithValues: Conflict.Kind.allCases.enumerated().map { ($1, $0) })
        let result = order.map { key in
            var parties = [ConflictParty(bookings[key.first])] + (key.second >= 0 ? [ConflictParty(bookings[key.second])] : [])
            parties.sort { $0.id < $1.id }
            return Conflict(kind: key.kind, bookings: parties, dates: Array(Set(dates[key] ?? [])).sorted(), detail: details[key] ?? "")
        }
        let sortKeys = result.map { conflict in
            (kinds[conflict.kind] ?? 0, conflict.dates.first?.dayNumber ?? 0, conflict.bookings.first?.id ?? 0,
             conflict.bookings.last?.id ?? 0, conflict.detail)
        }
        return result.indices.sorted { sortKeys[$0] < sortKeys[$1] }.map { result[$0] }
    }
}
