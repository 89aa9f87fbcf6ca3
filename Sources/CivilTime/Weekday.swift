/// A day of the week, numbered as ISO 8601 does (Monday = 1 … Sunday = 7).
public enum Weekday: Int, Sendable, CaseIterable, Comparable, Codable {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    /// The RFC 5545 two-letter code: "MO" … "SU".
    public var code: String { Self.codes[rawValue - 1] }

    /// The English name: "Monday" … "Sunday".
    public var englishName: String { Self.englishNames[rawValue - 1] }

    /// The Slovenian name in lower case, as written mid-sentence: "ponedeljek" … "nedelja".
    public var slovenianName: String { Self.slovenianNames[rawValue - 1] }

    /// Parses an RFC 5545 code such as "MO" (case-insensitive).
    public init?(code: String) {
        guard let index = Self.codes.firstIndex(of: code.uppercased()) else { return nil }
        self.init(rawValue: index + 1)
    }

    /// Parses an English or Slovenian name or abbreviation, or an RFC 5545 code (case-insensitive).
    ///
    /// Accepts "monday", "mon", "MO", "ponedeljek", "pon", "četrtek", "čet" and so on.
    public init?(name: String) {
        let key = name.trimmingSpaces().lowercased()
        for day in Self.allCases {
            let index = day.rawValue - 1
            let names = [
                Self.codes[index].lowercased(), Self.englishNames[index].lowercased(),
                String(Self.englishNames[index].lowercased().prefix(3)),
                Self.slovenianNames[index], Self.slovenianAbbreviations[index],
            ]
            if names.contains(key) {
                self = day
                return
            }
        }
        return nil
    }

    /// Weekdays order from Monday to Sunday.
    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The weekday `days` days after this one (negative counts backwards).
    public func advanced(by days: Int) -> Weekday {
        let index = ((rawValue - 1 + days) % 7 + 7) % 7
        return Self.allCases[index]
    }

    private static let codes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
    private static let englishNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    private static let slovenianNames = ["ponedeljek", "torek", "sreda", "četrtek", "petek", "sobota", "nedelja"]
    private static let slovenianAbbreviations = ["pon", "tor", "sre", "čet", "pet", "sob", "ned"]
}

extension String {
    /// The string without leading and trailing spaces and tabs (no Foundation needed).
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
