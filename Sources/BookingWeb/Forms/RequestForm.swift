import Bookings
import Foundation

/// The request form's values as the reader typed them, and the message for each field that is wrong.
/// The values go back into the form when it is shown again; Mustache escapes them there.
struct RequestForm: Sendable {
    static let fieldNames = ["title", "description", "groupName", "contactName", "email", "phone", "kind", "audience",
                             "duration", "sessions", "repeats", "dates", "when", "term", "venue", "room"]
    static let kinds = ["initiative", "society", "club", "ngo", "school"]
    static let repeatWords = ["weekly", "fortnightly", "first-of-month", "second-of-month", "third-of-month",
                              "fourth-of-month", "last-of-month", "dates"]

    var values: [String: String] = [:]
    var features: Set<String> = []
    var isPublic = true
    var errors: [String: String] = [:]
    /// A message about the whole form rather than one field (the database was busy).
    var notice: String?

    init() {
        isPublic = true
        values["kind"] = "initiative"
        values["sessions"] = "1"
        values["repeats"] = "weekly"
        values["duration"] = "90m"
    }

    init(_ fields: FormFields) {
        for name in Self.fieldNames { values[name] = fields[name] }
        features = Set(fields.all("features").map { Slug(folding: $0).value }.filter { !$0.isEmpty })
        isPublic = fields["public"] == "yes"
    }

    subscript(_ name: String) -> String { values[name] ?? "" }

    /// The `when` textarea, one window a line.
    var windowLines: [String] {
        self["when"].split(whereSeparator: \.isNewline).map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    /// The domain's submission and the group to create if none has its name, or nil with `errors`
    /// filled in. Empty required fields and numbers are checked here; everything else by the domain,
    /// through the same `RequestSubmission` as `prostor request add`.
    ///
    /// With `group` (the form on a group's own page) the request is that group's and the group fields
    /// are neither shown nor read; the returned group is nil then, since there is none to create.
    mutating func prepare(messages: FormMessages, group known: Group? = nil) -> (RequestSubmission, Group?)? {
        let required = known == nil ? ["title", "groupName", "email", "audience", "duration", "when", "term"]
            : ["title", "audience", "duration", "when", "term"]
        for name in required where self[name].isEmpty {
            errors[name] = messages.required(name)
        }
        let audience = Int(self["audience"])
        if audience == nil && errors["audience"] == nil {
            errors["audience"] = messages.message(for: InvalidValue(record: "", field: "audience", value: self["audience"],
                                                                    rule: "must be a positive number"))
        }
        let sessions = Int(self["sessions"].isEmpty ? "1" : self["sessions"])
        if sessions == nil {
            errors["sessions"] = messages.message(for: InvalidValue(record: "", field: "sessions", value: self["sessions"],
                                                                    rule: "must be between 1 and 7"))
        }
        if known == nil && !Self.kinds.contains(self["kind"]) {
            errors["kind"] = messages.message(for: InvalidValue(record: "", field: "kind", value: self["kind"],
                                                                rule: "must be one of \(Self.kinds.joined(separator: ", "))"))
        }
        // The same parsers RequestSubmission uses, run here too so that every field's error shows at once
        // rather than one at a time.
        if errors["duration"] == nil {
            do { _ = try DurationText.minutes(self["duration"]) } catch { errors["duration"] = messages.message(for: error) }
        }
        if errors["when"] == nil {
            for line in windowLines {
                do { _ = try TimeWindow(parsing: line) } catch {
                    errors["when"] = messages.message(for: error)
                    break
                }
            }
        }
        var group: Group? = known
        if known == nil {
            do {
                group = try Group(name: self["groupName"], kind: self["kind"], contactName: self["contactName"],
                                  email: self["email"], phone: self["phone"], language: messages.language.rawValue,
                                  token: Group.newToken())
            } catch {
                let field = RequestFormFields.field(for: error.field)
                if errors[field] == nil { errors[field] = messages.message(for: error) }
            }
        }
        guard errors.isEmpty, let audience, let sessions, let group else { return nil }
        var submission = RequestSubmission(group: group.slug.value, term: self["term"], title: self["title"],
                                           audience: audience, duration: self["duration"], when: windowLines)
        submission.description = self["description"]
        submission.features = features.sorted()
        submission.sessionsPerWeek = sessions
        if self["repeats"] == "dates" {
            submission.repeats = "dates"
            submission.dates = self["dates"]
        } else {
            submission.repeats = self["repeats"].isEmpty ? nil : self["repeats"]
        }
        submission.venues = self["venue"].isEmpty ? [] : [self["venue"]]
        submission.preferredRooms = self["room"].isEmpty ? [] : [self["room"]]
        submission.isPublic = isPublic
        do {
            _ = try submission.request()
        } catch {
            errors[RequestFormFields.field(for: error.field)] = messages.message(for: error)
            return nil
        }
        return (submission, known == nil ? group : nil)
    }
}

/// The message beside a field, in the reader's language. The domain's rules are English sentences for
/// administrators; a resident gets a short instruction per field in Slovenian, the rule itself in English.
struct FormMessages: Sendable {
    let language: Language

    func required(_ field: String) -> String {
        language == .sl ? "To polje je obvezno." : "This field is required."
    }

    func message(for error: InvalidValue) -> String {
        guard language == .sl else {
            let rule = error.rule.prefix(1).uppercased() + error.rule.dropFirst()
            return error.value.isEmpty ? "\(rule)." : "\(rule) (got “\(error.value)”)."
        }
        return Self.slovenian[RequestFormFields.field(for: error.field)] ?? "Vrednost ni pravilna."
    }

    func busy() -> String {
        language == .sl
            ? "Strežnik je trenutno zaseden, zato prošnja še ni shranjena. Vaši podatki so ostali v obrazcu: čez nekaj trenutkov ga pošljite znova."
            : "The server is busy right now, so the request has not been saved yet. What you typed is still in the form: send it again in a moment."
    }

    func duplicateTitle() -> String {
        language == .sl ? "Ta skupina je za to obdobje že oddala prošnjo s tem imenom dejavnosti."
            : "This group has already sent a request with this title for this term."
    }

    func notFound(_ error: NotFound) -> String {
        language == .sl ? "Izberite eno od ponujenih možnosti." : "Choose one of the options offered."
    }

    static let slovenian: [String: String] = [
        "title": "Vpišite ime dejavnosti.",
        "groupName": "Vpišite ime skupine.",
        "email": "Vpišite e-naslov, npr. ime@primer.si.",
        "kind": "Izberite vrsto skupine.",
        "audience": "Vpišite število udeležencev (celo število, večje od 0).",
        "features": "Izberite opremo s seznama.",
        "description": "Opis naj ima največ 2000 znakov.",
        "duration": "Vpišite trajanje, npr. 90m, 2h ali 1h30, in naj bo krajše od vsakega časovnega okna.",
        "sessions": "Število srečanj na teden mora biti med 1 in 7 in ne večje od števila ponujenih dni.",
        "repeats": "Izberite, kako pogosto, ali pa izberite »na izbrane datume«.",
        "dates": "Datume vpišite v obliki 2027-03-08, ločene z vejico; vsi naj bodo v izbranem obdobju in na dneve, ki ste jih navedli pri času.",
        "when": "Vsaka vrstica naj ima dneve in uro, npr. »tor, čet 17.00-21.00«.",
        "term": "Izberite obdobje.",
        "venue": "Izberite krajevno skupnost.",
    ]
}

/// Which form field a domain error belongs to: `InvalidValue.field` names the domain's field.
enum RequestFormFields {
    static func field(for domainField: String) -> String {
        switch domainField {
        case "name", "group": "groupName"
        case "prefer", "when": "when"
        case "venue", "prefer-room": "venue"
        case "email", "kind", "title", "description", "audience", "features", "duration", "sessions", "repeats", "dates", "term":
            domainField
        default: "title"
        }
    }
}
