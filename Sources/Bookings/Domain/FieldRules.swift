import Foundation

// The checks every record shares, so that each rule is worded the same way wherever it applies.

func requireText(_ text: String, record: String, field: String) throws(InvalidValue) -> String {
    let trimmed = text.trimmingWhitespace()
    guard !trimmed.isEmpty else {
        throw InvalidValue(record: record, field: field, value: text, rule: "must not be empty")
    }
    guard !trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && $0 != "\n" }) else {
        throw InvalidValue(record: record, field: field, value: text, rule: "must not contain control characters")
    }
    return trimmed
}

func requirePositive(_ number: Int, record: String, field: String) throws(InvalidValue) -> Int {
    guard number > 0 else {
        throw InvalidValue(record: record, field: field, value: String(number), rule: "must be a positive number")
    }
    return number
}

/// The given slug, or one folded from the name when none is given.
func slugOrDerived(_ slug: Slug?, from name: String, record: String) throws(InvalidValue) -> Slug {
    if let slug { return slug }
    return try derivedSlug(from: name, record: record)
}

func derivedSlug(from name: String, record: String) throws(InvalidValue) -> Slug {
    let slug = Slug(folding: name)
    guard !slug.value.isEmpty else {
        throw InvalidValue(record: record, field: "name", value: name, rule: "must contain a letter or digit to make a slug from")
    }
    return slug
}

func requireTimeZone(_ identifier: String, record: String) throws(InvalidValue) -> String {
    guard TimeZone(identifier: identifier) != nil else {
        throw InvalidValue(record: record, field: "timezone", value: identifier,
                           rule: "must be an IANA time zone such as \"Europe/Ljubljana\"")
    }
    return identifier
}

/// Features are words such as `projector` or `step-free`; they are compared as slugs so that
/// `Step free` and `step-free` mean the same.
func normalisedFeatures(_ features: [String], record: String) throws(InvalidValue) -> [String] {
    var result = Set<String>()
    for feature in features {
        let slug = Slug(folding: feature).value
        guard !slug.isEmpty else {
            throw InvalidValue(record: record, field: "features", value: feature, rule: "must be a word such as \"projector\"")
        }
        result.insert(slug)
    }
    return result.sorted()
}

extension String {
    func trimmingWhitespace() -> String {
        trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
