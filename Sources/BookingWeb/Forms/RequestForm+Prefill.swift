extension RequestForm {
    /// The form as a link fills it in: the free-times page links here with the venue, the room, the
    /// weekly window (`when`), the length and how it repeats (or the date). Anything else in the query
    /// is ignored; nothing is saved until the group sends the form.
    init(prefill query: String?) {
        self.init()
        let fields = FormFields(urlEncoded: query ?? "")
        for name in ["venue", "room", "when", "duration", "repeats", "dates", "term"] where !fields[name].isEmpty {
            values[name] = fields[name]
        }
    }
}
