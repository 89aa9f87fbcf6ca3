/// A readable identifier derived from a name: lower case ASCII letters, digits and single hyphens.
///
/// Diacritics are folded so that slugs can be typed on any keyboard and used in URLs:
/// `Slug(folding: "Stražišče")` is `strazisce`, `Slug(folding: "Zlato polje")` is `zlato-polje`.
public struct Slug: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public let value: String

    /// Folds a name into a slug; the result is empty when the name has no letters or digits.
    public init(folding name: String) {
        var result = ""
        var pendingHyphen = false
        for scalar in name.decomposedASCIIScalars() {
            if scalar.isASCIILetterOrDigit {
                if pendingHyphen && !result.isEmpty { result.append("-") }
                pendingHyphen = false
                result.unicodeScalars.append(scalar.lowercasedASCII)
            } else {
                pendingHyphen = true
            }
        }
        value = result
    }

    /// Accepts a slug as written by a person, validating its form.
    public init(validating text: String, record: String, field: String) throws(InvalidValue) {
        let folded = Slug(folding: text).value
        guard !text.isEmpty, text == folded else {
            // A text with no letter or digit folds to "", which makes no example: `like "", got ""` helped nobody.
            let example = folded.isEmpty ? "\"golnik\" or \"velika-dvorana\"" : "\"\(folded)\""
            throw InvalidValue(record: record, field: field, value: text,
                               rule: "must be lower-case letters, digits and hyphens, like \(example)")
        }
        value = text
    }

    public var description: String { value }
    public static func < (lhs: Slug, rhs: Slug) -> Bool { lhs.value < rhs.value }

    public init(from decoder: any Decoder) throws {
        value = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}

extension String {
    /// The name's scalars with diacritics removed: canonical decomposition drops combining marks,
    /// and the few letters that do not decompose (đ, ł, ß, æ, ø) are spelled out.
    fileprivate func decomposedASCIIScalars() -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        for scalar in decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.isASCII {
                scalars.append(scalar)
            } else if let spelled = Self.undecomposable[scalar] {
                scalars.append(contentsOf: spelled.unicodeScalars)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else {
                scalars.append(" ")
            }
        }
        return scalars
    }

    private static let undecomposable: [Unicode.Scalar: String] = [
        "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ß": "ss", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O",
    ]
}

extension Unicode.Scalar {
    fileprivate var isASCIILetterOrDigit: Bool {
        ("a"..."z").contains(self) || ("A"..."Z").contains(self) || ("0"..."9").contains(self)
    }

    fileprivate var lowercasedASCII: Unicode.Scalar {
        ("A"..."Z").contains(self) ? Unicode.Scalar(value + 32) ?? self : self
    }
}
