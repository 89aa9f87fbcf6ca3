/// Cases of libical's suite whose instances rest on behaviour RFC 5545 leaves open (or states only in
/// passing), keyed by the line of their RRULE, with the text of the RFC behind the choice Prostor makes.
enum LibicalChoices {
    static let unsynchronizedStart = """
        RFC 5545 §3.8.5.3: "The recurrence set generated with a "DTSTART" property value not synchronized with \
        the recurrence rule is undefined." Prostor follows libical: such a DTSTART is not an occurrence and \
        does not count towards COUNT.
        """
    static let monthFromStart = """
        RFC 5545 §3.3.10: "Information, not contained in the rule, necessary to determine the various \
        recurrence instance start time and dates are derived from the Start Time ("DTSTART") component \
        attribute." FREQ=YEARLY;BYMONTHDAY names no month, so the month is DTSTART's, as in libical.
        """
    static let dateOnlyStart = """
        RFC 5545 §3.3.10: "The BYSECOND, BYMINUTE and BYHOUR rule parts MUST NOT be specified when the \
        associated "DTSTART" property has a DATE value type. These rule parts MUST be ignored in RECUR value \
        that violate the above requirement."
        """
    static let weekYearInterval = """
        RFC 5545 §3.3.10 numbers weeks ("Week number one of the calendar year is the first week that contains \
        at least four (4) days in that calendar year") but does not say from which year INTERVAL counts when \
        DTSTART lies in a week of the neighbouring year. Prostor follows libical: a BYWEEKNO period is a \
        week-numbering year, counted from DTSTART's week-numbering year when DTSTART is an occurrence and \
        from its calendar year otherwise.
        """

    static let byLine: [Int: String] = [
        38: unsynchronizedStart, 113: unsynchronizedStart, 354: unsynchronizedStart, 359: unsynchronizedStart,
        369: unsynchronizedStart, 415: unsynchronizedStart, 590: unsynchronizedStart, 661: unsynchronizedStart,
        671: unsynchronizedStart,
        390: monthFromStart, 395: monthFromStart,
        400: dateOnlyStart,
        681: unsynchronizedStart + " " + weekYearInterval, 686: unsynchronizedStart + " " + weekYearInterval,
        725: weekYearInterval, 730: weekYearInterval, 735: weekYearInterval, 740: weekYearInterval,
    ]
}
