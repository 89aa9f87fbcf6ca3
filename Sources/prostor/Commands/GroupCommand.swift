import ArgumentParser
import Foundation
import Bookings

struct GroupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "group",
        abstract: "Add, list, show, edit and remove the groups that ask for space.",
        subcommands: [Add.self, List.self, Show.self, Edit.self, Remove.self]
    )

    /// The kinds of group that policies distinguish.
    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case society, club, school, ngo, initiative
        case publicBody = "public-body"
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a group; it gets a new secret token for its private calendar feed.",
            discussion: """
                Example:
                  prostor group add "Folklorna skupina Golnik" --slug fs-golnik \\
                    --kind society --contact "Janez Rozman" \\
                    --email folklora@fs-golnik.si --phone "+386 41 307 119"
                """
        )

        @Argument(help: "The group's name.") var name: String
        @Option(help: "The group's slug; made from the name when omitted.") var slug: String?
        @Option(help: "What kind of group it is.") var kind: Kind = .society
        @Option(help: "The contact person's name.") var contact = ""
        @Option(help: "The contact e-mail address.") var email = ""
        @Option(help: "The contact phone number.") var phone = ""
        @Option(help: ArgumentHelp("The language of its messages and page: sl or en.", valueName: "sl|en")) var language = "sl"
        @OptionGroup var store: StoreOptions

        func run() throws {
            let record = "group \"\(name)\""
            let group = try Group(slug: slug.map { text throws(InvalidValue) in try parseSlug(text, record: record, field: "slug") },
                                  name: name, kind: kind.rawValue, contactName: contact, email: email, phone: phone,
                                  language: language, token: Group.newToken())
            try store.open().write { writer in
                if try writer.group(group.slug) != nil { throw StoreConflict("group \(group.slug) already exists") }
                try writer.save(group)
            }
            say("Added group \(group.slug).")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the groups (never their tokens).",
            discussion: "Example:\n  prostor group list --json"
        )

        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let groups = try store.open().read { reader in try reader.groups() }
            if output.json { return try printJSON(groups.map { GroupOutput($0, showToken: false) }) }
            var table = Table("GROUP", "NAME", "KIND", "CONTACT", "EMAIL")
            for group in groups {
                table.add(group.slug.value, group.name, group.kind, group.contactName, group.email)
            }
            table.print(emptyMessage: "No groups yet: add one with `prostor group add` or `prostor import`.")
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a group; its secret token only when asked.",
            discussion: "Examples:\n  prostor group show fs-golnik\n  prostor group show fs-golnik --show-token"
        )

        @Argument(help: "The group's slug.") var group: String
        @Flag(name: .customLong("show-token"), help: "Also print the secret token of the group's private feed.") var showToken = false
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let group = try store.open().read { reader in try References(reader).group(Slug(folding: self.group)) }
            if output.json { return try printJSON(GroupOutput(group, showToken: showToken)) }
            say("\(group.name) (\(group.slug))")
            say("kind:    \(group.kind)")
            say("contact: \(group.contactName)")
            say("email:   \(group.email)")
            say("phone:   \(group.phone)")
            say("language: \(group.language)")
            guard showToken else { return }
            let site = GroupOutput.site
            say("token:   \(group.token)")
            say("page:    \(site.address)/groups/\(group.token)")
            say("feed:    \(site.address)/feeds/groups/\(group.token).ics")
            if site.isGuess { say("  (the address of `prostor serve` on this machine; set PROSTOR_SITE_URL to the public one)") }
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change a group's name, kind or contact, or give it a new token.",
            discussion: """
                --new-token makes the old private feed address stop working; send the group the new one.

                Example:
                  prostor group edit fs-golnik --email tajnik@fs-golnik.si --new-token
                """
        )

        @Argument(help: "The group's slug.") var group: String
        @Option(help: "A new name (the slug stays).") var name: String?
        @Option(help: "A new kind.") var kind: Kind?
        @Option(help: "A new contact person.") var contact: String?
        @Option(help: "A new e-mail address.") var email: String?
        @Option(help: "A new phone number.") var phone: String?
        @Option(help: ArgumentHelp("A new language for its messages and page.", valueName: "sl|en")) var language: String?
        @Flag(name: .customLong("new-token"), help: "Replace the secret token with a new one.") var newToken = false
        @OptionGroup var store: StoreOptions

        func run() throws {
            try store.open().write { writer in
                let old = try References(writer).group(Slug(folding: group))
                let new = try Group(slug: old.slug, name: name ?? old.name, kind: kind?.rawValue ?? old.kind,
                                    contactName: contact ?? old.contactName, email: email ?? old.email,
                                    phone: phone ?? old.phone, language: language ?? old.language,
                                    token: newToken ? Group.newToken() : old.token)
                try writer.save(new)
            }
            say("Updated group \(Slug(folding: group)).")
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove a group that has no requests or bookings.",
            discussion: "Example:\n  prostor group remove fs-golnik"
        )

        @Argument(help: "The group's slug.") var group: String
        @OptionGroup var store: StoreOptions

        func run() throws {
            try store.open().write { writer in
                let group = try References(writer).group(Slug(folding: group))
                try writer.removeGroup(group.slug)
            }
            say("Removed group \(Slug(folding: group)).")
        }
    }
}

/// A group as `group list --json` and `group show --json` print it; the token only when asked for.
struct GroupOutput: Encodable {
    let slug: Slug
    let name: String
    let kind: String
    let contact: String
    let email: String
    let phone: String
    let language: String
    let token: String?
    /// The group's own page and feed, with the token in them: only when the token is asked for.
    let page: String?
    let feed: String?

    /// PROSTOR_SITE_URL, else the address `prostor serve` listens on by default.
    static var site: (address: String, isGuess: Bool) {
        if let site = ProcessInfo.processInfo.environment["PROSTOR_SITE_URL"], !site.isEmpty {
            return (String(site.reversed().drop(while: { $0 == "/" }).reversed()), false)
        }
        return ("http://127.0.0.1:8080", true)
    }

    init(_ group: Group, showToken: Bool) {
        slug = group.slug
        name = group.name
        kind = group.kind
        contact = group.contactName
        email = group.email
        phone = group.phone
        language = group.language
        token = showToken ? group.token : nil
        page = showToken ? "\(Self.site.address)/groups/\(group.token)" : nil
        feed = showToken ? "\(Self.site.address)/feeds/groups/\(group.token).ics" : nil
    }
}
