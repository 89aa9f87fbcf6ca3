/// The words of the pages in one language; templates read them as `{{t.name}}`.
struct Texts: Sendable {
    var siteName = "Prostor"
    var tagline: String
    var venues: String
    var venuesIntro: String
    var rooms: String
    var week: String
    var month: String
    var printProgramme: String
    var previousWeek: String
    var nextWeek: String
    var thisWeek: String
    var previousMonth: String
    var nextMonth: String
    var thisMonth: String
    var today: String
    var time: String
    var day: String
    var activity: String
    var group: String
    var room: String
    var status: String
    var tentative: String
    var approved: String
    var moved: String
    /// Said of a date that does not take place, before its reason: "odpade — Prešernov dan".
    var cancelled: String
    /// Before a closure: "Zaprto: 8. 2. 2027 — Prešernov dan".
    var closed: String
    var booked: String
    var nothingBooked: String
    var subscribe: String
    var subscribeHelp: String
    var subscribeCalendarApp: String
    var downloadICS: String
    var capacity: String
    var features: String
    var openingHours: String
    var people: String
    var askForSlot: String
    var otherLanguage: String
    var otherLanguageName: String
    var programmeOf: String
    var printedOn: String
    var notFound: String
    var badRequest: String
    var tooLarge: String
    var forbidden: String
    var serverError: String
    var conflict: String
    var busy: String
    var backHome: String
    var skipToContent: String
    var weekdays: [String]
    var weekdaysShort: [String]
    var months: [String]
    var form: FormTexts
    /// Names of room features; a feature without one shows as its slug.
    var featureNames: [String: String]
}

extension Texts {
    static let slovenian = Texts(
        tagline: "Prostori krajevnih skupnosti",
        venues: "Krajevne skupnosti", venuesIntro: "Izberite krajevno skupnost in si oglejte, kaj se dogaja v njenih prostorih.",
        rooms: "Prostori", week: "Teden", month: "Mesec", printProgramme: "Program za oglasno desko",
        previousWeek: "Prejšnji teden", nextWeek: "Naslednji teden", thisWeek: "Ta teden",
        previousMonth: "Prejšnji mesec", nextMonth: "Naslednji mesec", thisMonth: "Ta mesec",
        today: "danes", time: "Ura", day: "Dan", activity: "Dejavnost", group: "Skupina", room: "Prostor",
        status: "Stanje", tentative: "predlog, še ni potrjeno", approved: "potrjeno", moved: "prestavljeno",
        cancelled: "odpade", closed: "Zaprto",
        booked: "Zasedeno", nothingBooked: "Ni dejavnosti.",
        subscribe: "Naroči se na koledar", subscribeHelp: "Dodajte koledar v svojo aplikacijo in bo vedno ažuren.",
        subscribeCalendarApp: "v aplikaciji za koledar", downloadICS: "datoteka .ics",
        capacity: "Sedežev", features: "Oprema", openingHours: "Odprto", people: "oseb",
        askForSlot: "Prosite za termin", otherLanguage: "English", otherLanguageName: "en",
        programmeOf: "Program", printedOn: "Natisnjeno",
        notFound: "Strani ni mogoče najti.", badRequest: "Naslov ni pravilen.",
        tooLarge: "Poslani podatki so preobsežni.", forbidden: "Obrazec je potekel ali ni bil poslan s te strani. Poskusite znova.",
        serverError: "Prišlo je do napake na strežniku.",
        conflict: "Tega ni mogoče storiti, ker je medtem nekdo drug spremenil iste podatke.",
        busy: "Sistem je trenutno zaseden. Poskusite znova čez nekaj sekund.", backHome: "Na začetno stran", skipToContent: "Preskoči na vsebino",
        weekdays: ["ponedeljek", "torek", "sreda", "četrtek", "petek", "sobota", "nedelja"],
        weekdaysShort: ["pon", "tor", "sre", "čet", "pet", "sob", "ned"],
        months: ["januar", "februar", "marec", "april", "maj", "junij", "julij", "avgust", "september",
                 "oktober", "november", "december"],
        form: .slovenian,
        featureNames: ["stage": "oder", "piano": "klavir", "sound-system": "ozvočenje", "projector": "projektor",
                       "step-free": "dostop brez stopnic", "tables": "mize", "whiteboard": "tabla", "kitchen": "kuhinja",
                       "sports-floor": "športna podlaga", "mirrors": "ogledala", "wifi": "brezžični internet"])

    static let english = Texts(
        tagline: "Rooms of the community halls",
        venues: "Community halls", venuesIntro: "Choose a community hall (krajevna skupnost) to see what is on in its rooms.",
        rooms: "Rooms", week: "Week", month: "Month", printProgramme: "Programme for the notice board",
        previousWeek: "Previous week", nextWeek: "Next week", thisWeek: "This week",
        previousMonth: "Previous month", nextMonth: "Next month", thisMonth: "This month",
        today: "today", time: "Time", day: "Day", activity: "Activity", group: "Group", room: "Room",
        status: "Status", tentative: "tentative, not yet approved", approved: "approved", moved: "moved",
        cancelled: "cancelled", closed: "Closed",
        booked: "Booked", nothingBooked: "Nothing booked.",
        subscribe: "Subscribe to the calendar", subscribeHelp: "Add the calendar to your app and it stays up to date.",
        subscribeCalendarApp: "in a calendar app", downloadICS: ".ics file",
        capacity: "Seats", features: "Equipment", openingHours: "Open", people: "people",
        askForSlot: "Ask for a time slot", otherLanguage: "Slovensko", otherLanguageName: "sl",
        programmeOf: "Programme", printedOn: "Printed",
        notFound: "The page cannot be found.", badRequest: "The address is not valid.",
        tooLarge: "The data sent is too large.", forbidden: "The form has expired or was not sent from this site. Please try again.",
        serverError: "Something went wrong on the server.",
        conflict: "This cannot be done: someone else changed the same data meanwhile.",
        busy: "The system is busy right now. Please try again in a few seconds.", backHome: "To the start page", skipToContent: "Skip to content",
        weekdays: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        weekdaysShort: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
        months: ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                 "October", "November", "December"],
        form: .english,
        featureNames: ["stage": "stage", "piano": "piano", "sound-system": "sound system", "projector": "projector",
                       "step-free": "step-free access", "tables": "tables", "whiteboard": "whiteboard", "kitchen": "kitchen",
                       "sports-floor": "sports floor", "mirrors": "mirrors", "wifi": "Wi-Fi"])
}
