/// The words of the pages that show what is free, how the halls are used and what became of the
/// requests; kept apart from `Texts` so that those pages can grow without touching every other page.
struct OpenTexts: Sendable {
    var freeTimes: String
    var freeIntro: String
    var usage: String
    var usageIntro: String
    var search: String
    var people: String
    var duration: String
    var durationHelp: String
    var days: String
    var from: String
    var to: String
    var date: String
    var dateHelp: String
    var features: String
    var weekly: String
    var onDate: String
    var room: String
    var day: String
    var free: String
    var dates: String
    var onlyFor: String
    var ask: String
    var noneFree: String
    var noTerm: String
    var badQuery: String
    var share: String
    var openHours: String
    var bookedHours: String
    var groups: String
    var activities: String
    var heatMap: String
    var heatMapHelp: String
    var hour: String
    var weeksTaken: String
    var total: String
    var week: String
    var kindNames: [String: String]
    var preferredRoom: String
    var outcomes: String
    var outcomesIntro: String
    var figure: String
    var storedPlan: String
    var firstFit: String
    var asked: String
    var placed: String
    var notPlaced: String
    var hoursPlaced: String
    var worstShare: String
    var meanShare: String
    var blocks: String

    static let slovenian = OpenTexts(
        freeTimes: "Prosti termini",
        freeIntro: "Sobe in ure, ki so odprte in proste vsak teden do konca obdobja (ali na izbrani dan). Upoštevani so vse potrjene in predlagane rezervacije, prazniki in druge zapore ter premor med rezervacijami.",
        usage: "Raba prostorov",
        usageIntro: "Kolikšen del odprtih ur je bil zaseden s potrjenimi dejavnostmi, po sobah in tednih.",
        search: "Poišči", people: "Število ljudi", duration: "Trajanje",
        durationHelp: "npr. 90m, 2h ali 1h30", days: "Dnevi", from: "Od", to: "Do", date: "Na dan",
        dateHelp: "prazno: vsak teden do konca obdobja", features: "Oprema", weekly: "Vsak teden", onDate: "Na dan",
        room: "Soba", day: "Dan", free: "Prosto", dates: "Število datumov", onlyFor: "Samo za",
        ask: "Zaprosi", noneFree: "Ni prostih terminov, ki bi ustrezali iskanju.",
        noTerm: "Ni obdobja, ki bi trajalo danes ali se začelo pozneje; izberite dan.",
        badQuery: "Iskanja ni bilo mogoče razumeti. Popravite označeno polje.",
        share: "Zasedenost", openHours: "Odprte ure", bookedHours: "Zasedene ure", groups: "Skupine",
        activities: "Dejavnosti", heatMap: "Zasedenost po dnevih in urah",
        heatMapHelp: "V vsaki celici je število tednov, v katerih je bila ura zasedena; temnejša celica pomeni pogostejšo rabo.",
        hour: "Ura", weeksTaken: "tednov zasedeno", total: "Skupaj", week: "Teden",
        kindNames: ["initiative": "pobude", "society": "društva", "club": "klubi", "ngo": "nevladne organizacije", "school": "šole",
                    "public-body": "javni zavodi"],
        preferredRoom: "Želena soba",
        outcomes: "Kaj je bilo s prošnjami",
        outcomesIntro: "Prošnje tega obdobja (umaknjene in zavrnjene niso štete) in kaj jim je dal shranjeni razpored, ob razporedu »kdor prej pride, prej melje« (prošnje po vrsti, vsaka v prvo prosto sobo in prvi prosti čas) iz istih prošenj. Pravičnost je delež želenega časa srečanj, ki ga je skupina dobila; skupina z najmanjšim deležem je navedena le z vrsto. Bloki so ločena obdobja rabe sobe na teden, od katerih so odvisni stroški ogrevanja in razsvetljave.",
        figure: "Podatek", storedPlan: "Shranjeni razpored", firstFit: "Kdor prej pride",
        asked: "Prošnje", placed: "Umeščene", notPlaced: "Neumeščene", hoursPlaced: "Umeščene ure v obdobju",
        worstShare: "Najmanjši delež skupine", meanShare: "Povprečni delež skupin", blocks: "Bloki rabe sob na teden")

    static let english = OpenTexts(
        freeTimes: "Free times",
        freeIntro: "Rooms and hours that are open and free every week until the end of the term (or on a chosen day). Every approved and proposed booking, the public holidays and other closures, and the gap between bookings are taken into account.",
        usage: "How the rooms are used",
        usageIntro: "The share of the open hours taken by approved activities, by room and by week.",
        search: "Search", people: "People", duration: "Length",
        durationHelp: "e.g. 90m, 2h or 1h30", days: "Days", from: "From", to: "To", date: "On a day",
        dateHelp: "empty: every week until the end of the term", features: "Equipment", weekly: "Every week", onDate: "On a day",
        room: "Room", day: "Day", free: "Free", dates: "Dates", onlyFor: "Only for",
        ask: "Ask for it", noneFree: "No free times match the search.",
        noTerm: "No term runs today or starts later; choose a day.",
        badQuery: "The search could not be understood. Correct the marked field.",
        share: "Used", openHours: "Open hours", bookedHours: "Booked hours", groups: "Groups",
        activities: "Activities", heatMap: "Use by day and hour",
        heatMapHelp: "Each cell holds the number of weeks in which the hour was taken; a darker cell means more use.",
        hour: "Hour", weeksTaken: "weeks taken", total: "Total", week: "Week",
        kindNames: ["initiative": "initiatives", "society": "societies", "club": "clubs", "ngo": "NGOs", "school": "schools",
                    "public-body": "public bodies"],
        preferredRoom: "Preferred room",
        outcomes: "What became of the requests",
        outcomesIntro: "The requests of this term (withdrawn and rejected ones not counted) and what the stored plan gave them, beside a first-come, first-fit placement (requests in order, each in the first free room and time) of the same requests. Fairness is the share of the session time asked for that a group got; the worst-off group is named only by its kind. Blocks are the separate periods a room is in use in a week, which heating and lighting cost.",
        figure: "Figure", storedPlan: "Stored plan", firstFit: "First come, first fit",
        asked: "Requests", placed: "Placed", notPlaced: "Not placed", hoursPlaced: "Hours placed in the term",
        worstShare: "Worst-off group's share", meanShare: "Mean share of the groups", blocks: "Blocks of room use a week")
}

extension Language {
    var openTexts: OpenTexts { self == .sl ? .slovenian : .english }
}
