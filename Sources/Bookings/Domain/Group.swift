/// A club, society, school or initiative that asks for space.
public struct Group: Hashable, Sendable, Codable {
    public var slug: Slug
    public var name: String
    /// The kind of group, a word such as `society`, `club`, `school`, `ngo`, `initiative`;
    /// policies may let only some kinds book some rooms.
    public var kind: String
    public var contactName: String
    public var email: String
    public var phone: String
    /// The language the group reads its messages and page in: `sl` (the default) or `en`.
    public var language: String
    public static let languages = ["sl", "en"]
    /// The secret in the address of the group's private feed. Never shown on public pages.
    public var token: String

    /// The kinds of group policies distinguish (docs/setup-file.md): one list for the setup file, the
    /// CLI, the web form and `room_kinds`, so that none accepts a kind the others refuse.
    public static let kinds = ["society", "club", "school", "ngo", "initiative", "public-body"]

    /// A kind as typed (`Society`, `public body`), folded to its slug and checked against `kinds`.
    public static func kind(_ text: String, record: String, field: String) throws(InvalidValue) -> String {
        let folded = Slug(folding: text).value
        guard kinds.contains(folded) else {
            throw InvalidValue(record: record, field: field, value: text, rule: "must be one of \(kinds.joined(separator: ", "))")
        }
        return folded
    }

    public init(slug: Slug? = nil, name: String, kind: String = "society", contactName: String = "",
                email: String = "", phone: String = "", language: String = "sl", token: String) throws(InvalidValue) {
        let record = "group \"\(name)\""
        self.name = try requireText(name, record: record, field: "name")
        self.slug = try slugOrDerived(slug, from: name, record: record)
        let kindSlug = try Self.kind(kind, record: record, field: "kind")
        self.kind = kindSlug
        self.contactName = contactName.trimmingWhitespace()
        let trimmedEmail = email.trimmingWhitespace()
        guard trimmedEmail.isEmpty || Self.looksLikeEmail(trimmedEmail) else {
            throw InvalidValue(record: record, field: "email", value: email, rule: "must be an e-mail address like \"ime@primer.si\"")
        }
        self.email = trimmedEmail
        self.phone = phone.trimmingWhitespace()
        let folded = Slug(folding: language).value
        guard Self.languages.contains(folded) else {
            throw InvalidValue(record: record, field: "language", value: language, rule: "must be sl or en")
        }
        self.language = folded
        guard token.count >= 16, token.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            throw InvalidValue(record: record, field: "token", value: token, rule: "must be at least 16 ASCII letters and digits")
        }
        self.token = token
    }

    static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !text.contains(" ")
    }

    /// A new secret token: 32 characters from the system's secure random source.
    public static func newToken() -> String {
        let alphabet = Array("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<32).map { _ in alphabet[Int(generator.next(upperBound: UInt64(alphabet.count)))] })
    }
}
