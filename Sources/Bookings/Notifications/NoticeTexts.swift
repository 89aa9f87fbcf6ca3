import CivilTime
import Foundation

/// What each message says, in Slovenian or English, in the words of a volunteer rather than the
/// scheduler's: which activity, when and where, what changed and why, and what happens next.
struct NoticeTexts {
    /// A message's words before it is addressed.
    struct Draft {
        var event: OutboxMessage.Event
        var subject: String
        var body: String
        var pagePath: String?

        func message(at now: Date, to group: Group) -> OutboxMessage {
            OutboxMessage(createdAt: now, event: event, recipient: group.email,
                          recipientName: group.contactName.isEmpty ? group.name : group.contactName,
                          language: group.language, group: group.slug, subject: subject, body: body, pagePath: pagePath)
        }
    }

    let words: NoticeWords

    init(language: String) {
        words = NoticeWords(language)
    }

    private func say(_ sl: String, _ en: String) -> String { words.say(sl, en) }

    private func greeting(_ group: Group) -> String {
        let name = group.contactName.isEmpty ? group.name : group.contactName
        return say("Pozdravljeni, \(name)!", "Hello \(name),")
    }

    private var signature: String {
        say("Lep pozdrav,\nProstor — prostori krajevnih skupnosti\n(To sporočilo je poslano samodejno; na njegov naslov ne odgovarjajte.)",
            "Kind regards,\nProstor — rooms of the local community halls\n(This message was sent automatically; please do not reply to it.)")
    }

    /// The greeting, the paragraphs and the signature. A last paragraph that ends with a colon leads
    /// to the group's page: the page's address goes on the line after it when the message is sent
    /// (`OutboxMessage.pageMarker`), since only the sender knows the site's address.
    func letter(_ group: Group, _ paragraphs: [String]) -> String {
        var kept = paragraphs.filter { !$0.isEmpty }
        if let last = kept.last, last.hasSuffix(":") { kept[kept.count - 1] = last + "\n" + OutboxMessage.pageMarker }
        return ([greeting(group)] + kept + [signature]).joined(separator: "\n\n")
    }

    static func pagePath(_ group: Group) -> String { "/groups/\(group.token)" }

    // MARK: Requests

    func received(_ request: Request, group: Group, term: Term?) -> Draft? {
        guard let id = request.id else { return nil }
        let when = request.windows.map(\.description).joined(separator: "; ")
        let body = letter(group, [
            say("prejeli smo prošnjo skupine \(group.name) za dejavnost »\(request.title)«\(term.map { " (\($0.name))" } ?? "").",
                "we have received the request of \(group.name) for “\(request.title)”\(term.map { " (\($0.name))" } ?? "")."),
            say("Številka prošnje: \(id). Navedite jo, ko pišete krajevni skupnosti.",
                "Reference number: \(id). Please quote it when you write to the community hall."),
            say("Želeni čas: \(when). Trajanje: \(request.durationMinutes) minut. Udeležencev: \(request.audience).",
                "Times asked for: \(when). Length: \(request.durationMinutes) minutes. People: \(request.audience)."),
            say("Kaj sledi: prošnjo bomo uvrstili v razpored prostorov. Ko bo dejavnost dobila prostor in čas, vam bomo pisali znova. Stanje prošnje je vedno na strani vaše skupine:",
                "What happens next: the request goes into the rooms' schedule. When the activity has a room and a time, we will write again. Your group's page always shows where the request stands:"),
        ])
        return Draft(event: .requestReceived, subject: say("Prejeli smo vašo prošnjo št. \(id): \(request.title)",
                                                           "We received your request no. \(id): \(request.title)"),
                     body: body, pagePath: Self.pagePath(group))
    }

    func forVenueSubject(_ request: Request, group: Group) -> String {
        "Nova prošnja št. \(request.id ?? 0): \(request.title) (\(group.name))"
    }

    /// For the venue's administrators, who may see the group's contact details.
    func forVenue(_ request: Request, group: Group, venue: Venue, term: Term?) -> String {
        let contact = [group.contactName, group.email, group.phone].filter { !$0.isEmpty }.joined(separator: ", ")
        return [
            "Pozdravljeni!",
            "Skupina \(group.name) (\(group.kind)) je oddala prošnjo št. \(request.id ?? 0) za dejavnost »\(request.title)«\(term.map { " v obdobju \($0.name)" } ?? ""), ki lahko poteka v \(venue.name)\(request.venues.isEmpty ? " ali drugi krajevni skupnosti" : "").",
            "Želeni čas: \(request.windows.map(\.description).joined(separator: "; ")). Trajanje: \(request.durationMinutes) minut. Udeležencev: \(request.audience)." + (request.features.isEmpty ? "" : " Oprema: \(request.features.joined(separator: ", ")).") + (request.description.isEmpty ? "" : "\nOpis: \(request.description)"),
            "Stik: \(contact.isEmpty ? "ni naveden" : contact)",
            "Prošnjo si ogledate z ukazom: prostor request show \(request.id ?? 0)",
            signature,
        ].joined(separator: "\n\n")
    }

    func ended(_ request: Request, group: Group, reason: String, event: OutboxMessage.Event) -> Draft {
        let id = request.id ?? 0
        let rejected = event == .requestRejected
        let why = reason.trimmingWhitespace().isEmpty ? "" : say("Razlog: \(reason)", "The reason: \(reason)")
        let body = letter(group, [
            rejected
                ? say("prošnja št. \(id) za dejavnost »\(request.title)« je bila zavrnjena.",
                      "request no. \(id) for “\(request.title)” has been turned down.")
                : say("prošnjo št. \(id) za dejavnost »\(request.title)« smo umaknili, kot ste želeli.",
                      "request no. \(id) for “\(request.title)” has been withdrawn, as you asked."),
            why,
            say("Termini, ki jih je dejavnost že imela, od danes naprej odpadejo; prostor je spet prost za druge. Novo prošnjo lahko oddate na strani vaše skupine:",
                "Any dates the activity already had are cancelled from today on, and the room is free for others again. You can send a new request from your group's page:"),
        ])
        return Draft(event: event,
                     subject: rejected ? say("Prošnja št. \(id) zavrnjena: \(request.title)", "Request no. \(id) turned down: \(request.title)")
                         : say("Prošnja št. \(id) umaknjena: \(request.title)", "Request no. \(id) withdrawn: \(request.title)"),
                     body: body, pagePath: Self.pagePath(group))
    }

    func withdrawnForVenueSubject(_ request: Request, group: Group) -> String {
        "Umaknjena prošnja št. \(request.id ?? 0): \(request.title) (\(group.name))"
    }

    func withdrawnForVenue(_ request: Request, group: Group, reason: String) -> String {
        ["Pozdravljeni!",
         "Skupina \(group.name) je umaknila prošnjo št. \(request.id ?? 0) za dejavnost »\(request.title)«." +
            (reason.isEmpty ? "" : " Razlog: \(reason)"),
         "Njeni predlagani termini so odstranjeni, potrjeni termini od danes naprej odpadejo.",
         signature].joined(separator: "\n\n")
    }

    func notPlaced(_ request: Request, group: Group, outcome: PlanOutcome, rooms: [RoomRef: String]) -> Draft {
        let id = request.id ?? 0
        var paragraphs = [say("za dejavnost »\(request.title)« (prošnja št. \(id)) v razporedu za zdaj ni prostega termina, ki bi ustrezal vsem vašim željam.",
                              "the schedule has no room and time yet for “\(request.title)” (request no. \(id)) that meets all you asked for.")]
        for unplaced in outcome.unplaced.prefix(5) {
            let head = unplaced.date.map { words.dayAndDate($0) + ": " } ?? ""
            let reasons = unplaced.reasons.prefix(3).map { PlainReason.reason($0, in: words.language) }
            paragraphs.append(head + say("Zakaj: ", "Why: ") + (reasons.isEmpty ? say("ni prostega prostora", "no room is free") : reasons.joined(separator: "; ")) + ".")
            let alternatives = unplaced.alternatives.prefix(3).map { alternative in
                let place = rooms[alternative.room] ?? alternative.room.description
                let time = words.hours(alternative.day, alternative.hours)
                let gives = alternative.givesUp.map { PlainReason.wish($0, in: words.language) }.joined(separator: ", ")
                return "  – \(time), \(place)" + (gives.isEmpty ? "" : " (\(gives))")
            }
            if !alternatives.isEmpty {
                paragraphs.append(say("Prosto bi bilo:", "These would be free:") + "\n" + alternatives.joined(separator: "\n"))
            }
        }
        paragraphs.append(say("Če vam kateri od teh terminov ustreza, ga izberite na strani vaše skupine, ki pripravi novo prošnjo zanj:",
                              "If one of these suits you, choose it on your group's page, which prepares a new request for it:"))
        return Draft(event: .notPlaced, subject: say("Za »\(request.title)« še ni termina", "No time yet for “\(request.title)”"),
                     body: letter(group, paragraphs), pagePath: Self.pagePath(group))
    }

    func link(_ group: Group) -> Draft {
        Draft(event: .groupLink, subject: say("Povezava do strani skupine \(group.name)", "The link to the page of \(group.name)"),
              body: letter(group, [say("nekdo (upamo, da vi) je prosil za povezavo do strani vaše skupine. Na njej so vaše prošnje, termini in obrazec za novo prošnjo. Povezave ne delite z drugimi: kdor jo ima, lahko oddaja prošnje v imenu skupine.",
                                       "someone (we hope you) asked for the link to your group's page. It shows your requests and dates and has the form for a new request. Do not share the link: whoever has it can send requests in your group's name."),
                                   say("Stran skupine:", "Your group's page:")]),
              pagePath: Self.pagePath(group))
    }
}
