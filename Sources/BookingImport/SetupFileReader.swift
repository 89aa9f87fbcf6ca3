import Bookings
import CivilTime
import Foundation
import Yams

/// Reads a setup file (YAML; the format is documented in docs/setup-file.md) into a `Setup`.
/// Every error names the file, the line, the record and the field.
public struct SetupFileReader {
    let file: String

    /// `file` is the name used in messages, usually the path as the user typed it.
    public init(file: String) { self.file = file }

    public func read(_ text: String) throws -> Setup {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw ImportError(at: SourceLocation(file: file, line: error.line), MalformedFile(problem: error.problem))
        }
        guard let root else {
            // An empty file is almost always the wrong file or a failed save; "nothing to import" hid that.
            throw ImportError(at: SourceLocation(file: file, line: 1), MalformedFile(
                problem: "the file is empty; a setup file has terms, venues, closures, groups, requests or bookings"))
        }
        let top = try YAMLFields(root, file: file, record: "setup file",
                                 known: ["terms", "venues", "closures", "groups", "requests", "bookings"])
        var setup = Setup()
        for node in try top.entries("terms") { setup.terms.append(try term(node)) }
        for node in try top.entries("venues") { try venue(node, into: &setup) }
        for node in try top.entries("closures") { setup.closures.append(try closure(node)) }
        for node in try top.entries("groups") { setup.groups.append(try group(node)) }
        for node in try top.entries("requests") { setup.requests.append(try RequestFields(file: file).request(node)) }
        for node in try top.entries("bookings") { setup.bookings.append(try BookingFields(file: file).booking(node)) }
        return setup
    }

    func named(_ node: Node, kind: String) -> String {
        let name = node.mapping?["name"]?.string ?? node.mapping?["title"]?.string ?? node.mapping?["reason"]?.string
        return name.map { "\(kind) \"\($0)\"" } ?? kind
    }

    func slug(_ fields: YAMLFields) throws -> Slug? {
        guard let text = try fields.optionalString("slug") else { return nil }
        return try fields.at("slug") { try Slug(validating: text, record: fields.record, field: "slug") }
    }

    func term(_ node: Node) throws -> Located<Term> {
        let fields = try YAMLFields(node, file: file, record: named(node, kind: "term"), known: ["slug", "name", "start", "end"])
        let slug = try slug(fields)
        let name = try fields.string("name"), start = try fields.date("start"), end = try fields.date("end")
        let term = try fields.validated { try Term(slug: slug, name: name, firstDay: start, lastDay: end) }
        return Located(term, at: fields.location)
    }

    func venue(_ node: Node, into setup: inout Setup) throws {
        let fields = try YAMLFields(node, file: file, record: named(node, kind: "venue"),
                                    known: ["slug", "name", "address", "timezone", "admins", "rooms", "policy"])
        let slug = try slug(fields)
        let name = try fields.string("name"), address = try fields.optionalString("address") ?? ""
        let zone = try fields.optionalString("timezone") ?? Venue.defaultTimeZone
        let admins = try fields.strings("admins")
        let venue = try fields.validated { try Venue(slug: slug, name: name, address: address, timeZone: zone, admins: admins) }
        setup.venues.append(Located(venue, at: fields.location))
        for roomNode in try fields.entries("rooms") { setup.rooms.append(try room(roomNode, venue: venue.slug)) }
        if let policyNode = fields.mapping["policy"] {
            setup.policies.append(try PolicyFields(file: file).policy(policyNode, venue: venue))
        }
    }

    func room(_ node: Node, venue: Slug) throws -> Located<Room> {
        let fields = try YAMLFields(node, file: file, record: named(node, kind: "room"),
                                    known: ["slug", "name", "capacity", "features", "opening_hours"])
        let slug = try slug(fields)
        let name = try fields.string("name"), capacity = try fields.int("capacity")
        let features = try fields.strings("features")
        let hours = try openingHours(fields)
        let room = try fields.validated {
            try Room(venue: venue, slug: slug, name: name, capacity: capacity, features: features, openingHours: hours)
        }
        return Located(room, at: fields.location)
    }

    func openingHours(_ room: YAMLFields) throws -> OpeningHours {
        guard let node = room.mapping["opening_hours"] else { return .closed }
        let days = Weekday.allCases.map { $0.englishName.lowercased() }
        let fields = try YAMLFields(node, file: file, record: room.record, known: days)
        var ranges: [Weekday: [TimeRange]] = [:]
        for day in Weekday.allCases {
            let key = day.englishName.lowercased()
            let field = "opening_hours.\(key)"
            ranges[day] = try fields.strings(key).map { text in
                try fields.at(key) { try TimeRange(parsing: text, record: room.record, field: field) }
            }
        }
        return try room.at("opening_hours") { try OpeningHours(ranges, record: room.record) }
    }

    func closure(_ node: Node) throws -> Located<Closure> {
        let fields = try YAMLFields(node, file: file, record: named(node, kind: "closure"),
                                    known: ["reason", "from", "to", "hours", "venue", "room"])
        let reason = try fields.string("reason"), from = try fields.date("from"), to = try fields.optionalDate("to")
        let hours = try fields.optionalString("hours").map { text in
            try fields.at("hours") { try TimeRange(parsing: text, record: fields.record, field: "hours") }
        }
        var scope = Closure.Scope.everywhere
        if let room = try fields.optionalString("room") {
            scope = .room(try fields.at("room") { try RoomRef(parsing: room, record: fields.record) })
        } else if let venue = try fields.optionalString("venue") {
            scope = .venue(try fields.at("venue") { try Slug(validating: venue, record: fields.record, field: "venue") })
        }
        let closure = try fields.validated {
            try Closure(scope: scope, firstDay: from, lastDay: to, hours: hours, reason: reason)
        }
        return Located(closure, at: fields.location)
    }

    func group(_ node: Node) throws -> Located<SetupGroup> {
        let fields = try YAMLFields(node, file: file, record: named(node, kind: "group"),
                                    known: ["slug", "name", "kind", "contact", "email", "phone", "language", "token"])
        let slug = try slug(fields)
        let name = try fields.string("name"), kind = try fields.optionalString("kind") ?? "society"
        let contact = try fields.optionalString("contact") ?? "", email = try fields.optionalString("email") ?? ""
        let phone = try fields.optionalString("phone") ?? ""
        let language = try fields.optionalString("language") ?? "sl"
        let token = try fields.optionalString("token")
        let group = try fields.validated {
            try Group(slug: slug, name: name, kind: kind, contactName: contact, email: email, phone: phone, language: language,
                      token: token ?? Group.newToken())
        }
        return Located(SetupGroup(group: group, tokenIsFromFile: token != nil), at: fields.location)
    }
}

/// A file that is not well-formed YAML (or CSV), with the parser's own words.
public struct MalformedFile: Error, Equatable, CustomStringConvertible {
    public var problem: String
    public var description: String { "not a well-formed file: \(problem)" }
}

extension YamlError {
    var line: Int {
        switch self {
        // At the end of the file, the line to fix is where the unfinished token began, such as the
        // opening quote of a quoted scalar: the scanner's context.
        case .scanner(let context?, let problem, _, _) where problem.contains("end of stream"): context.mark.line
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        case .duplicatedKeysInMapping(_, let context): context.mark.line
        // The reader (a control character, bad UTF-8) gives an offset, no line: this was "FILE:0:" (found by
        // fuzzing). libyaml counts the offset in characters, not bytes, so a line after a non-ASCII letter is
        // found by counting characters.
        case .reader(_, let offset?, _, let yaml): 1 + yaml.unicodeScalars.prefix(offset).lazy.filter { $0 == "\n" }.count
        default: 1
        }
    }

    var problem: String {
        switch self {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _),
             .composer(let context, let problem, _, _):
            [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
        case .duplicatedKeysInMapping(let duplicates, _):
            "a field is given twice: \(duplicates.joined(separator: ", "))"
        case .reader(let problem, _, let value, _) where value >= 0:
            "\(problem) (character U+\(String(format: "%04X", value)))"
        case .reader(let problem, _, _, _): problem
        default: description
        }
    }
}
