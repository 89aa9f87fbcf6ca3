import Foundation

extension ZoneTable {
    private final class Cache: @unchecked Sendable {
        // Guarded by `lock`; tables themselves are immutable.
        let lock = NSLock()
        var tables: [String: ZoneTable] = [:]
    }

    private static let cache = Cache()

    /// The table of a zone, read from Foundation once per identifier per process.
    static func cached(identifier: String) throws(CivilTimeError) -> ZoneTable {
        cache.lock.lock()
        defer { cache.lock.unlock() }
        if let table = cache.tables[identifier] {
            return table
        }
        guard let zone = TimeZone(identifier: identifier) else {
            throw CivilTimeError(
                message: "unknown time zone \"\(identifier)\": expected an IANA identifier such as Europe/Ljubljana")
        }
        let table = build(zone: zone)
        cache.tables[identifier] = table
        return table
    }

    /// Walks Foundation's transitions from 1900 to 2500, once; no Foundation calls happen after this.
    private static func build(zone: TimeZone) -> ZoneTable {
        let names = ZoneNames(zone: zone)
        var cursor = Date(timeIntervalSince1970: TimeInterval(tableStart))
        var utc: [Int64] = []
        var offsets = [zone.secondsFromGMT(for: cursor)]
        var daylight = [zone.isDaylightSavingTime(for: cursor)]
        let end = Date(timeIntervalSince1970: TimeInterval(cycleEnd))
        while let next = zone.nextDaylightSavingTimeTransition(after: cursor), next < end, next > cursor {
            cursor = next
            let offset = zone.secondsFromGMT(for: next)
            let isDaylight = zone.isDaylightSavingTime(for: next)
            guard let previous = offsets.last, offset != previous || isDaylight != daylight.last else { continue }
            utc.append(Int64(next.timeIntervalSince1970.rounded()))
            offsets.append(offset)
            daylight.append(isDaylight)
        }
        let abbreviations = offsets.indices.map { names.name(offset: offsets[$0], daylight: daylight[$0]) }
        return ZoneTable(utc: utc, offsets: offsets, isDaylightSaving: daylight, abbreviations: abbreviations)
    }
}

/// Short names of a zone's current standard and daylight offsets ("CET", "CEST").
///
/// Foundation's `abbreviation(for:)` answers "GMT+1" for European zones on Linux; the en_US names do the
/// same for zones without a US name, so en_GB (which has the European ones) is asked next, and a numeric
/// "+0530" is used for offsets the names do not describe (such as historical local mean time).
private struct ZoneNames {
    let standardOffset: Int
    let standard: String?
    let daylight: String?

    init(zone: TimeZone) {
        let now = Date()
        standardOffset = zone.secondsFromGMT(for: now) - Int(zone.daylightSavingTimeOffset(for: now))
        standard = Self.lookup(zone, .shortStandard)
        daylight = Self.lookup(zone, .shortDaylightSaving)
    }

    private static func lookup(_ zone: TimeZone, _ style: NSTimeZone.NameStyle) -> String? {
        for locale in ["en_US", "en_GB"] {
            if let name = zone.localizedName(for: style, locale: Locale(identifier: locale)), !isNumeric(name) {
                return name
            }
        }
        return nil
    }

    private static func isNumeric(_ name: String) -> Bool {
        (name.hasPrefix("GMT") || name.hasPrefix("UTC")) && name.count > 3
    }

    func name(offset: Int, daylight isDaylight: Bool) -> String {
        if !isDaylight, offset == standardOffset, let standard { return standard }
        if isDaylight, offset != standardOffset, let daylight { return daylight }
        return Self.numeric(offset)
    }

    static func numeric(_ offset: Int) -> String {
        let sign = offset < 0 ? "-" : "+"
        let minutes = abs(offset) / 60
        let text = sign + pad(minutes / 60, 2)
        return minutes % 60 == 0 ? text : text + pad(minutes % 60, 2)
    }
}
