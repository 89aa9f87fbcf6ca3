/// Who a group is on the public form. Anyone can type a group's name, so the form may create a new
/// group but never add a request to one that exists: that is done from the group's own page, whose
/// address only the group has (its token). A name matches when it folds to the same slug as a known
/// group's slug or name (`Folklorna skupina Golnik` and `FOLKLORNA  skupina golnik` are one group);
/// an e-mail matches regardless of case.
public enum GroupIdentity {
    /// The known group the name or e-mail belongs to, and which of the two matched.
    public static func match(name: String, email: String, in reader: any StoreReader) throws -> GroupAlreadyKnown? {
        let folded = Slug(folding: name).value
        let address = email.trimmingWhitespace().lowercased()
        for group in try reader.groups() {
            if !folded.isEmpty && (group.slug.value == folded || Slug(folding: group.name).value == folded) {
                return GroupAlreadyKnown(group: group, field: "name")
            }
            if !address.isEmpty && group.email.lowercased() == address {
                return GroupAlreadyKnown(group: group, field: "email")
            }
        }
        return nil
    }

    /// How many times a day a group's link may be sent to it on request, so that the form cannot be
    /// used to flood a group's mailbox.
    public static let linksPerDay = 3

    /// Sends the group its page's address when it has an e-mail address and has not been sent too many
    /// today; returns whether a message was written. The answer to the reader is the same either way, so
    /// the form does not tell who has which address.
    public static func sendLink(to group: Group, in writer: any StoreWriter, context: ChangeContext) throws -> Bool {
        guard !group.email.isEmpty else { return false }
        let dayAgo = context.now.addingTimeInterval(-86_400)
        let recent = try writer.outbox(status: nil, group: group.slug).filter {
            $0.event == .groupLink && (OutboxMessage.instant($0.createdAt) ?? .distantPast) > dayAgo
        }
        guard recent.count < linksPerDay else { return false }
        try Notifier(writer, context: context).sendLink(to: group)
        return true
    }
}

/// A new request on the public form names a group that exists: it must come from the group's own page.
public struct GroupAlreadyKnown: Error, Equatable, Sendable, CustomStringConvertible {
    public let group: Group
    /// `name` or `email`: what matched.
    public let field: String

    public init(group: Group, field: String) {
        self.group = group
        self.field = field
    }

    public var description: String {
        "group \(group.slug) already exists with this \(field == "name" ? "name" : "e-mail address"): file its requests from its own page (prostor group show \(group.slug) --show-token)"
    }
}
