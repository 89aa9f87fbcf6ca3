import Bookings

/// What the request form template shows: each field with its value, its error and its options.
/// Only stored properties: Mustache reads values through `Mirror`, which does not see computed ones.
struct RequestFormPage {
    struct Field {
        let value: String
        let error: String?
        let hasError: Bool
    }

    struct Option {
        let value: String
        let label: String
        let selected: Bool
    }

    struct Fields {
        let title, description, groupName, contactName, email, phone, audience: Field
        let duration, sessions, repeats, dates, when, term, venue, kind, features: Field
    }

    let page: PageFrame
    let action: String
    let csrfToken: String
    let hasErrors: Bool
    let notice: String?
    let f: Fields
    let kinds: [Option]
    let repeats: [Option]
    let terms: [Option]
    let venues: [Option]
    let features: [Option]
    let isPublic: Bool
    /// On a group's own page: the group's name, and no group fields.
    let fixedGroup: String?
    let g: GroupTexts
    /// The name or e-mail typed matched a known group: the form offers to send the group its link.
    let linkOffer: LinkOffer?
    /// A room the group prefers, filled in when it came from a free time (`/venues/V/free`).
    let preferredRoom: String
    let hasPreferredRoom: Bool
    let roomLabel: String

    struct LinkOffer {
        let action: String
        let csrfToken: String
        let name: String
        let email: String
    }

    init(form: RequestForm, language: Language, csrfToken: String, terms: [Term], venues: [Venue], features: [String],
         path: String = "/request", fixedGroup: String? = nil, offerLink: Bool = false) {
        let texts = language.texts
        page = PageFrame(title: texts.form.title, language: language, path: path)
        action = Link.to(path, language: language)
        self.fixedGroup = fixedGroup
        g = GroupTexts.of(language)
        linkOffer = offerLink ? LinkOffer(action: Link.to("/groups/link", language: language), csrfToken: csrfToken,
                                          name: form["groupName"], email: form["email"]) : nil
        self.csrfToken = csrfToken
        hasErrors = !form.errors.isEmpty
        notice = form.notice
        func field(_ name: String) -> Field {
            Field(value: form[name], error: form.errors[name], hasError: form.errors[name] != nil)
        }
        f = Fields(title: field("title"), description: field("description"), groupName: field("groupName"),
                   contactName: field("contactName"), email: field("email"), phone: field("phone"),
                   audience: field("audience"), duration: field("duration"), sessions: field("sessions"),
                   repeats: field("repeats"), dates: field("dates"), when: field("when"), term: field("term"),
                   venue: field("venue"), kind: field("kind"), features: field("features"))
        kinds = RequestForm.kinds.map { Option(value: $0, label: texts.form.kinds[$0] ?? $0, selected: form["kind"] == $0) }
        repeats = RequestForm.repeatWords.map {
            Option(value: $0, label: texts.form.repeatWords[$0] ?? $0, selected: form["repeats"] == $0)
        }
        let chosenTerm = form["term"].isEmpty ? terms.last?.slug.value ?? "" : form["term"]
        self.terms = terms.map { Option(value: $0.slug.value, label: $0.name, selected: $0.slug.value == chosenTerm) }
        self.venues = [Option(value: "", label: texts.form.anyVenue, selected: form["venue"].isEmpty)]
            + venues.map { Option(value: $0.slug.value, label: $0.name, selected: $0.slug.value == form["venue"]) }
        self.features = features.map { Option(value: $0, label: texts.featureNames[$0] ?? $0, selected: form.features.contains($0)) }
        isPublic = form.isPublic
        preferredRoom = form["room"]
        hasPreferredRoom = !form["room"].isEmpty
        roomLabel = language.openTexts.preferredRoom
    }
}
