import CivilTime
import Foundation

// The checks every record shares, so that each rule is worded the same way wherever it applies.

/// A name or title: not empty, no control characters, and at most `maximumLength` characters (the web
/// form's limit, which a browser enforces only for readers who do not bypass it).
func requireText(_ text: String, record: String, field: String, maximumLength: Int = 200) throws(InvalidValue) -> String {
    let trimmed = text.trimmingWhitespace()
    guard !trimmed.isEmpty else {
        throw InvalidValue(record: record, field: field, value: text, rule: "must not be empty")
    }
    try requireLength(trimmed, maximumLength, record: record, field: field)
    guard !trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && $0 != "\n" }) else {
        throw InvalidValue(record: record, field: field, value: text, rule: "must not contain control characters")
    }
    return trimmed
}

/// Refuses a text longer than `maximum` characters, showing only its beginning so that the message stays short.
func requireLength(_ text: String, _ maximum: Int, record: String, field: String) throws(InvalidValue) {
    guard text.count > maximum else { return }
    throw InvalidValue(record: shortenedRecord(record), field: field, value: shortened(text),
                       rule: "must be at most \(maximum) characters (it has \(text.count))")
}

/// `request "AAAA…"`: a record named by a long text, with the text shortened inside its quotes.
func shortenedRecord(_ record: String) -> String {
    guard let quote = record.firstIndex(of: "\""), record.hasSuffix("\""), record.index(after: quote) < record.endIndex else {
        return shortened(record)
    }
    let name = record[record.index(after: quote)...].dropLast()
    return record[...quote] + shortened(String(name)) + "\""
}

/// The first 40 characters and an ellipsis, for repeating a long value in a message.
func shortened(_ text: String) -> String {
    text.count <= 40 ? text : text.prefix(40) + "…"
}

func requirePositive(_ number: Int, record: String, field: String) throws(InvalidValue) -> Int {
    guard number > 0 else {
        throw InvalidValue(record: record, field: field, value: String(number), rule: "must be a positive number")
    }
    return number
}

/// The most people a room may hold or a request may bring: more than any community hall, and small
/// enough that the scheduler's sums of sizes (kept in 32 bits) cannot overflow.
let maximumPeople = 10_000

func requireAtMost(_ number: Int, _ maximum: Int, record: String, field: String) throws(InvalidValue) -> Int {
    guard number <= maximum else {
        throw InvalidValue(record: record, field: field, value: String(number), rule: "must be at most \(maximum)")
    }
    return number
}

/// The years a date may fall in. Year 0000 or 9999 is a typo, never a hall's programme, and outside
/// these years the time-zone rules are extrapolated and feeds would span millennia.
public let supportedYears = 1970...2199

/// Refuses a date outside `supportedYears`.
public func requireSupportedDate(_ date: LocalDate, record: String, field: String) throws(InvalidValue) {
    guard supportedYears.contains(date.year) else {
        throw InvalidValue(record: record, field: field, value: date.description,
                           rule: "must be in the years \(supportedYears.lowerBound) to \(supportedYears.upperBound)")
    }
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
