extension RecurrenceRule {
    /// The largest INTERVAL accepted. A hall's programme repeats at most yearly, so even a daily rule
    /// "once a year" needs only 366; the bound keeps period arithmetic far from integer overflow
    /// (INTERVAL=9223372036854775807 used to crash the expansion).
    public static let maximumInterval = 1_000

    /// The largest COUNT accepted: ten thousand occurrences is a daily activity for 27 years, and keeps
    /// every expansion of a finite rule (feeds, agenda, conflict checks) short.
    public static let maximumCount = 10_000
}
