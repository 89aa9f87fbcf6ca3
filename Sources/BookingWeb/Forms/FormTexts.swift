/// The words of the request form in one language; templates read them as `{{t.form.name}}`.
struct FormTexts: Sendable {
    var title: String
    var intro: String
    var errorsFound: String
    var aboutActivity: String
    var activityTitle: String
    var description: String
    var audience: String
    var features: String
    var aboutGroup: String
    var groupName: String
    var groupNameHint: String
    var contactName: String
    var email: String
    var phone: String
    var kind: String
    var aboutTime: String
    var duration: String
    var durationHint: String
    var sessions: String
    var repeats: String
    var dates: String
    var datesHint: String
    var when: String
    var whenHint: String
    var term: String
    var venue: String
    var anyVenue: String
    var isPublic: String
    var publicHint: String
    var send: String
    var sentTitle: String
    var sentText: String
    var optional: String
    var kinds: [String: String]
    var repeatWords: [String: String]
}

extension FormTexts {
    static let slovenian = FormTexts(
        title: "Prošnja za termin",
        intro: "Skupine, društva in pobude lahko prosijo za redni termin v prostorih krajevnih skupnosti. Prošnjo pregleda upravljavec in vas obvesti po e-pošti.",
        errorsFound: "Prošnje še ni mogoče oddati: popravite označena polja.",
        aboutActivity: "Dejavnost", activityTitle: "Ime dejavnosti", description: "Kratek opis",
        audience: "Število udeležencev", features: "Potrebna oprema",
        aboutGroup: "Skupina in stik", groupName: "Ime skupine ali društva",
        groupNameHint: "Če skupina še ni vpisana, jo vpišemo s temi podatki.",
        contactName: "Kontaktna oseba", email: "E-naslov", phone: "Telefon", kind: "Vrsta skupine",
        aboutTime: "Čas", duration: "Trajanje srečanja", durationHint: "npr. 90m, 2h ali 1h30",
        sessions: "Srečanj na teden", repeats: "Kako pogosto", dates: "Datumi",
        datesHint: "Samo za »na izbrane datume«: 2027-03-08, 2027-04-12",
        when: "Kdaj lahko (dnevi in ure)", whenHint: "Vsako možnost v svojo vrstico, npr. »tor, čet 17.00-21.00«.",
        term: "Obdobje", venue: "Krajevna skupnost", anyVenue: "katera koli",
        isPublic: "Dejavnost je javna", publicHint: "Javne dejavnosti so vidne v programu z imenom; zasebne le kot »zasedeno«.",
        send: "Oddaj prošnjo", sentTitle: "Prošnja je oddana",
        sentText: "Hvala. Upravljavec bo prošnjo pregledal in vas obvestil na navedeni e-naslov.",
        optional: "neobvezno",
        kinds: ["initiative": "pobuda", "society": "društvo", "club": "klub", "ngo": "nevladna organizacija", "school": "šola"],
        repeatWords: ["weekly": "vsak teden", "fortnightly": "vsak drugi teden", "first-of-month": "prvič v mesecu",
                      "second-of-month": "drugič v mesecu", "third-of-month": "tretjič v mesecu",
                      "fourth-of-month": "četrtič v mesecu", "last-of-month": "zadnjič v mesecu", "dates": "na izbrane datume"])

    static let english = FormTexts(
        title: "Ask for a time slot",
        intro: "Groups, societies and initiatives can ask for a regular slot in the rooms of the community halls. An administrator reviews the request and replies by e-mail.",
        errorsFound: "The request cannot be sent yet: please correct the marked fields.",
        aboutActivity: "Activity", activityTitle: "Name of the activity", description: "Short description",
        audience: "Number of people", features: "Equipment needed",
        aboutGroup: "Group and contact", groupName: "Name of the group or society",
        groupNameHint: "A group not yet known is registered with these details.",
        contactName: "Contact person", email: "E-mail", phone: "Phone", kind: "Kind of group",
        aboutTime: "Time", duration: "Length of a session", durationHint: "e.g. 90m, 2h or 1h30",
        sessions: "Sessions a week", repeats: "How often", dates: "Dates",
        datesHint: "Only for “on chosen dates”: 2027-03-08, 2027-04-12",
        when: "When you can (days and hours)", whenHint: "One option per line, e.g. “tue, thu 17:00-21:00”.",
        term: "Term", venue: "Community hall", anyVenue: "any",
        isPublic: "The activity is public", publicHint: "Public activities show in the programme by name; private ones only as “booked”.",
        send: "Send the request", sentTitle: "Request sent",
        sentText: "Thank you. An administrator will review the request and reply to the e-mail address given.",
        optional: "optional",
        kinds: ["initiative": "initiative", "society": "society", "club": "club", "ngo": "NGO", "school": "school"],
        repeatWords: ["weekly": "every week", "fortnightly": "every other week", "first-of-month": "first in the month",
                      "second-of-month": "second in the month", "third-of-month": "third in the month",
                      "fourth-of-month": "fourth in the month", "last-of-month": "last in the month", "dates": "on chosen dates"])
}
