/// The words of a group's own page and of the link form, in one language.
struct GroupTexts: Sendable {
    var intro: String
    var keepPrivate: String
    var requests: String
    var noRequests: String
    var reference: String
    var waiting: String
    var placedAs: String
    var notPlacedYet: String
    var why: String
    var couldTake: String
    var askForThis: String
    var refusedPlace: String
    var rejected: String
    var withdrawn: String
    var reason: String
    var dates: String
    var noBookings: String
    var tentative: String
    var approved: String
    var rejectedBooking: String
    var cancelledBooking: String
    var movedTo: String
    var newRequest: String
    var newRequestFor: String
    var sent: String
    var linkTitle: String
    var linkIntro: String
    var linkButton: String
    var linkSent: String
    var knownName: String
    var knownEmail: String

    static func of(_ language: Language) -> GroupTexts { language == .sl ? slovenian : english }

    static let slovenian = GroupTexts(
        intro: "To je stran vaše skupine: vaše prošnje, njihovo stanje in vaši termini.",
        keepPrivate: "Naslova te strani ne delite: kdor ga ima, lahko oddaja prošnje v imenu skupine.",
        requests: "Prošnje", noRequests: "Skupina še ni oddala nobene prošnje.", reference: "Prošnja št.",
        waiting: "Čaka na razpored prostorov.", placedAs: "Ima termin (spodaj).",
        notPlacedYet: "Za zdaj ni termina, ki bi ustrezal vsem željam.", why: "Zakaj", couldTake: "Prosto bi bilo",
        askForThis: "Zaprosi za ta termin", refusedPlace: "Upravitelj je zavrnil", rejected: "Prošnja je zavrnjena.",
        withdrawn: "Prošnja je umaknjena.", reason: "Razlog",
        dates: "Termini", noBookings: "Skupina še nima terminov.", tentative: "predlog, še ni potrjeno", approved: "potrjeno",
        rejectedBooking: "ni potrjeno", cancelledBooking: "odpovedano", movedTo: "prestavljeno na",
        newRequest: "Oddaj novo prošnjo", newRequestFor: "Prošnjo oddajate za skupino",
        sent: "Prošnjo smo prejeli. Številka prošnje:",
        linkTitle: "Povezava do strani skupine",
        linkIntro: "Za skupino, ki je že prijavljena, prošnjo oddate na strani skupine. Povezavo do nje dobite pri svoji krajevni skupnosti, ali pa jo pošljemo na e-naslov, ki ga ima skupina pri nas.",
        linkButton: "Pošlji povezavo na e-naslov skupine",
        linkSent: "Če ima skupina pri nas e-naslov, smo nanj poslali povezavo do njene strani. Če je ne dobite v nekaj minutah, preverite nezaželeno pošto ali se obrnite na krajevno skupnost.",
        knownName: "Skupina s tem imenom je že prijavljena. Prošnjo zanjo oddajte na strani skupine.",
        knownEmail: "Ta e-naslov že ima prijavljena skupina. Prošnjo zanjo oddajte na strani skupine.")

    static let english = GroupTexts(
        intro: "This is your group's page: your requests, where they stand, and your dates.",
        keepPrivate: "Do not share this page's address: whoever has it can send requests in your group's name.",
        requests: "Requests", noRequests: "The group has not sent any request yet.", reference: "Request no.",
        waiting: "Waiting for the rooms' schedule.", placedAs: "Has a time (below).",
        notPlacedYet: "No time yet that meets everything asked for.", why: "Why", couldTake: "These would be free",
        askForThis: "Ask for this time", refusedPlace: "Turned down by an administrator", rejected: "The request was turned down.",
        withdrawn: "The request was withdrawn.", reason: "Reason",
        dates: "Dates", noBookings: "The group has no dates yet.", tentative: "proposed, not confirmed yet", approved: "confirmed",
        rejectedBooking: "turned down", cancelledBooking: "cancelled", movedTo: "moved to",
        newRequest: "Send a new request", newRequestFor: "You are sending a request for",
        sent: "We have received the request. Its reference number:",
        linkTitle: "The link to your group's page",
        linkIntro: "A group that is already registered sends its requests from its own page. Your community hall can give you the link, or we send it to the e-mail address the group has with us.",
        linkButton: "Send the link to the group's e-mail address",
        linkSent: "If the group has an e-mail address with us, the link to its page is on its way there. If it does not arrive within a few minutes, look in the spam folder or ask your community hall.",
        knownName: "A group with this name is already registered. Send its request from the group's page.",
        knownEmail: "A registered group already has this e-mail address. Send its request from the group's page.")
}
