/// The scheduler's rule names in the words a volunteer uses, in Slovenian and English. Outcomes are
/// stored with the rule names, so that the words can improve, and a page can choose its language,
/// without rewriting what was stored.
public enum PlainReason {
    public enum Language: String, Sendable { case sl, en }

    /// Why a room and time were refused, for the rules the scheduler reports.
    public static func reason(_ rule: String, in language: Language) -> String {
        guard let words = reasons[rule] else { return rule }
        return language == .sl ? words.sl : words.en
    }

    /// What an alternative gives up of the group's wishes: `time`, `room`, `weeks`.
    public static func wish(_ wish: String, in language: Language) -> String {
        guard let words = wishes[wish] else { return wish }
        return language == .sl ? words.sl : words.en
    }

    static let reasons: [String: (sl: String, en: String)] = [
        "allowed start times": ("zunaj časov, ki jih je skupina navedla", "outside the times the group asked for"),
        "candidate rooms": ("ni med prostori, ki jih skupina lahko uporablja", "not among the rooms the group can use"),
        "room capacity": ("prostor je premajhen za toliko ljudi", "the room is too small for that many people"),
        "required features": ("prostor nima opreme, ki jo dejavnost potrebuje", "the room lacks what the activity needs"),
        "room clash": ("prostor je takrat že zaseden", "the room is taken then"),
        "room clash with buffer": ("prostor je takrat zaseden ali ga je treba pred naslednjim pospraviti",
                                   "the room is taken then, or needs its gap between bookings"),
        "conflict-set clash": ("skupina ima takrat drugo dejavnost", "the group has another activity then"),
        "closures and unavailability": ("prostor je takrat zaprt", "the room is closed then"),
        "refused places": ("upravitelj je ta prostor in čas že zavrnil", "an administrator turned this room and time down"),
        "weekly hours limit": ("skupina bi presegla tedensko omejitev ur v tej dvorani",
                               "the group would go over the venue's limit of hours a week"),
        "no time at all": ("ob dnevih in urah zahteve ni nobenega prostega termina",
                           "no room and time fits the days and hours asked for"),
    ]

    static let wishes: [String: (sl: String, en: String)] = [
        "time": ("drug čas", "another time"),
        "room": ("drug prostor", "another room"),
        "weeks": ("ne vsak teden", "not every week"),
    ]
}
